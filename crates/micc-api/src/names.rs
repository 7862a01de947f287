//! JSON.NET's spelling of property names, which real servers use.

/// A property name as JSON.NET's `CamelCasePropertyNamesContractResolver` writes it
/// (`StringUtils.ToCamelCase`): the leading run of upper-case letters is lowered, except
/// the last one of a run followed by a lower-case letter (`URLValue` → `urlValue`,
/// `IsEnabledForSMS` → `isEnabledForSMS`, `ANI` → `ani`). Names not starting with an
/// upper-case letter (`id`, `_links`, `count`) are unchanged.
///
/// The one implementation: the simulator's wire forms, the model generator and the client's
/// JavaScript API all use it.
pub fn camel_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    if !chars.first().is_some_and(|c| c.is_uppercase()) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut lowering = true;
    for (i, &c) in chars.iter().enumerate() {
        if lowering {
            if i == 1 && !c.is_uppercase() {
                lowering = false;
            } else if i > 0
                && let Some(&next) = chars.get(i + 1)
                && !next.is_uppercase()
            {
                // "FOO bar" becomes "foo bar": a separator ends the word with this letter
                // lowered; a lower-case letter ends it before this letter.
                if is_separator(next) {
                    out.extend(c.to_lowercase());
                    lowering = false;
                    continue;
                }
                lowering = false;
            }
        }
        if lowering {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// .NET's `char.IsSeparator`: Unicode categories Zs, Zl and Zp.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

#[cfg(test)]
mod tests {
    use super::camel_case;

    #[test]
    fn camel_case_follows_json_net() {
        for (pascal, camel) in [
            ("WaitingConversations", "waitingConversations"),
            ("ANI", "ani"),
            ("DNIS", "dnis"),
            ("IsEnabledForSMS", "isEnabledForSMS"),
            ("URLValue", "urlValue"),
            ("Id", "id"),
            ("id", "id"),
            ("ID", "id"),
            ("_links", "_links"),
            ("count", "count"),
            ("CoacherDN", "coacherDN"),
            ("SX200ACD", "sX200ACD"),
            ("CTIServer", "ctiServer"),
            ("A", "a"),
            ("", ""),
            ("FOO bar", "foo bar"),
        ] {
            assert_eq!(camel_case(pascal), camel, "{pascal}");
        }
    }
}
