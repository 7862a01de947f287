//! Spelling rules: JSON.NET's camelCase, Rust's snake_case, and identifier checks.

pub use crate::names::camel_case;

/// A reference property name as a Rust field name: words split at case changes
/// (`CTIServer` → `cti_server`, `IsEnabledForSMS` → `is_enabled_for_sms`) and before digit
/// runs (`InTheLast15Minutes` → `in_the_last_15_minutes`), leading underscores dropped
/// (`_links` → `links`), keywords raw (`Type` → `r#type`).
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.trim_start_matches('_').chars().collect();
    let mut out = String::with_capacity(chars.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            None => false,
            Some(p) if c.is_ascii_uppercase() => {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            }
            Some(p) if c.is_ascii_digit() => p.is_ascii_alphabetic(),
            Some(_) => false,
        };
        if boundary && !out.ends_with('_') {
            out.push('_');
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    if is_keyword(&out) {
        format!("r#{out}")
    } else {
        out
    }
}

/// Rust's strict and reserved keywords (2024 edition) that can be raw identifiers.
fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "as" | "break"
            | "const"
            | "continue"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "static"
            | "struct"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

/// An ASCII identifier usable as a Rust type or variant name (and a TypeScript name).
pub fn is_type_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && !matches!(s, "Self")
}

/// A name TypeScript accepts as a bare property key.
pub fn is_ts_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_splits_words_acronyms_and_digits() {
        for (name, snake) in [
            ("WaitingConversations", "waiting_conversations"),
            ("_links", "links"),
            ("id", "id"),
            ("isDefault", "is_default"),
            ("Photourl", "photourl"),
            ("CTIServer", "cti_server"),
            ("IsEnabledForSMS", "is_enabled_for_sms"),
            ("ANI", "ani"),
            ("CoacherDN", "coacher_dn"),
            ("IsOSCMSRecorderEnabled", "is_oscms_recorder_enabled"),
            (
                "AbandonedConversationsInTheLast15Minutes",
                "abandoned_conversations_in_the_last_15_minutes",
            ),
            (
                "AnsweredConversationsByAgentGroup1Today",
                "answered_conversations_by_agent_group_1_today",
            ),
            ("Base64String", "base_64_string"),
            ("Type", "r#type"),
            ("String", "string"),
        ] {
            assert_eq!(snake_case(name), snake, "{name}");
        }
    }

    #[test]
    fn camel_case_follows_json_net() {
        for (pascal, camel) in [
            ("WaitingConversations", "waitingConversations"),
            ("ANI", "ani"),
            ("IsEnabledForSMS", "isEnabledForSMS"),
            ("URLValue", "urlValue"),
            ("ID", "id"),
            ("_links", "_links"),
            ("CoacherDN", "coacherDN"),
            ("SX200ACD", "sX200ACD"),
            ("FOO bar", "foo bar"),
            ("", ""),
        ] {
            assert_eq!(camel_case(pascal), camel, "{pascal}");
        }
    }
}
