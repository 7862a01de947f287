//! Who an agent is, as shown: the name, the initials standing in for a photo, and which
//! photo URLs may become an `<img src>` (pure).

use micc_client::models::AgentState;

fn part(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// "First Last"; either alone when the other is missing; else the reporting number, else
/// the id (a row always shows something).
pub fn display_name(a: &AgentState) -> String {
    match (part(&a.first_name), part(&a.last_name)) {
        (Some(f), Some(l)) => format!("{f} {l}"),
        (Some(n), None) | (None, Some(n)) => n.to_owned(),
        (None, None) => part(&a.reporting)
            .or(part(&a.id))
            .unwrap_or_default()
            .to_owned(),
    }
}

fn first_letter(s: &str) -> Option<String> {
    let c = s.chars().find(|&c| crate::format::alphanumeric(c))?;
    let mut buf = [0u8; 4];
    Some(crate::format::upper(c.encode_utf8(&mut buf)))
}

/// Up to two letters: of the first and the last name, or the first and last word of
/// whichever is given ("Ana María López" → "AL"); `?` when there is no letter at all.
pub fn initials(a: &AgentState) -> String {
    let first = part(&a.first_name);
    let last = part(&a.last_name);
    let words: Vec<&str> = match (first, last) {
        (Some(f), Some(l)) => vec![f, l],
        (Some(n), None) | (None, Some(n)) => n.split_whitespace().collect(),
        (None, None) => Vec::new(),
    };
    let mut out = String::new();
    if let Some(w) = words.first().and_then(|w| first_letter(w)) {
        out.push_str(&w);
    }
    if words.len() > 1
        && let Some(w) = words.last().and_then(|w| first_letter(w))
    {
        out.push_str(&w);
    }
    if out.is_empty() {
        out.push('?');
    }
    out
}

/// The photo URL when it may be loaded: absolute `http:` or `https:` with a host, and no
/// whitespace or control characters. Anything else (`javascript:`, `data:`, relative or
/// protocol-relative paths) shows the initials instead.
pub fn photo_url(a: &AgentState) -> Option<&str> {
    let url = a.photo_url.as_deref()?.trim();
    let rest = strip_scheme(url, "https://").or_else(|| strip_scheme(url, "http://"))?;
    let host_ok = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|h| !h.is_empty());
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (host_ok && clean).then_some(url)
}

fn strip_scheme<'a>(url: &'a str, scheme: &str) -> Option<&'a str> {
    let head = url.get(..scheme.len())?;
    head.eq_ignore_ascii_case(scheme)
        .then(|| url.get(scheme.len()..))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(first: Option<&str>, last: Option<&str>) -> AgentState {
        AgentState {
            first_name: first.map(Into::into),
            last_name: last.map(Into::into),
            ..AgentState::default()
        }
    }

    fn photo(url: &str) -> AgentState {
        AgentState {
            photo_url: Some(url.into()),
            ..AgentState::default()
        }
    }

    #[test]
    fn names_fall_back_to_the_reporting_number_then_the_id() {
        assert_eq!(
            display_name(&named(Some("Ada"), Some("Lovelace"))),
            "Ada Lovelace"
        );
        assert_eq!(display_name(&named(Some(" Ada "), Some(""))), "Ada");
        assert_eq!(display_name(&named(None, Some("Lovelace"))), "Lovelace");
        let mut a = named(None, None);
        a.id = Some("a-1".into());
        assert_eq!(display_name(&a), "a-1");
        a.reporting = Some("1001".into());
        assert_eq!(display_name(&a), "1001");
    }

    #[test]
    fn initials_take_first_and_last_letters_in_any_script() {
        assert_eq!(initials(&named(Some("ada"), Some("lovelace"))), "AL");
        assert_eq!(initials(&named(Some("Ana María López"), None)), "AL");
        assert_eq!(initials(&named(Some("Émile"), Some("Österreich"))), "ÉÖ");
        assert_eq!(initials(&named(Some("Cher"), None)), "C");
        assert_eq!(initials(&named(Some("<img src=x>"), None)), "IS");
        assert_eq!(initials(&named(None, None)), "?");
        assert_eq!(initials(&named(Some("  "), Some("--"))), "?");
    }

    #[test]
    fn only_absolute_http_and_https_photos_are_loaded() {
        assert_eq!(
            photo_url(&photo("https://cdn.example.com/a.png")),
            Some("https://cdn.example.com/a.png")
        );
        assert!(photo_url(&photo("HTTP://intranet/p/1.jpg")).is_some());
        assert!(photo_url(&photo(" https://x/y ")).is_some(), "trimmed");
        for bad in [
            "javascript:alert(1)",
            "data:image/png;base64,AAAA",
            "//evil.example/a.png",
            "/photos/1.png",
            "https://",
            "https:///path",
            "https://x/a b.png",
            "https://x/\u{0}",
            "ftp://x/a.png",
            "",
        ] {
            assert_eq!(photo_url(&photo(bad)), None, "{bad:?}");
        }
        assert_eq!(photo_url(&AgentState::default()), None);
    }
}
