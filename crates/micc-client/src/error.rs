//! One error type whose variants say what happened. No variant ever carries a credential or
//! a token: excerpts of bodies are bounded and have known secrets redacted.

use std::fmt;

/// Longest excerpt of a response body kept in an error, so a huge body never bloats one.
pub const EXCERPT_LIMIT: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The request never got an HTTP answer (DNS, connection refused, CORS, offline).
    Network { message: String },
    /// No answer within the configured timeout; the request was aborted.
    Timeout { after_ms: u64 },
    /// The server answered with a status outside 2xx.
    Status { status: u16, excerpt: String },
    /// The body did not have the shape the operation promises.
    Decode {
        path: String,
        message: String,
        excerpt: String,
    },
    /// No usable token: the token endpoint refused the credentials, the host's token
    /// provider failed, or the server refused a freshly renewed token.
    Auth { message: String },
    /// The caller passed something the API cannot take; nothing was sent.
    InvalidArgument { message: String },
}

impl Error {
    /// A short machine-readable name of the variant (also the JS error's `kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Network { .. } => "network",
            Error::Timeout { .. } => "timeout",
            Error::Status { .. } => "status",
            Error::Decode { .. } => "decode",
            Error::Auth { .. } => "auth",
            Error::InvalidArgument { .. } => "invalid-argument",
        }
    }

    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Error::InvalidArgument {
            message: message.into(),
        }
    }

    /// The HTTP status, for [`Error::Status`].
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Status { status, .. } => Some(*status),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Network { message } => write!(f, "network error: {message}"),
            Error::Timeout { after_ms } => write!(f, "no answer within {after_ms} ms"),
            Error::Status { status, excerpt } => write!(f, "HTTP {status}: {excerpt}"),
            Error::Decode {
                path,
                message,
                excerpt,
            } => {
                write!(
                    f,
                    "cannot decode the answer at {path}: {message} (body starts: {excerpt})"
                )
            }
            Error::Auth { message } => write!(f, "authentication failed: {message}"),
            Error::InvalidArgument { message } => write!(f, "invalid argument: {message}"),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Longest message an error carries (arguments and host texts echoed in it included).
pub const MESSAGE_LIMIT: usize = 1024;

/// `text` cut to at most `limit` characters (plus an ellipsis), on a character boundary.
pub fn bounded(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A bounded excerpt of a body, cut on a character boundary.
pub fn excerpt(body: &str) -> String {
    excerpt_redacted(body, &[])
}

/// A bounded excerpt with every occurrence of `secrets` replaced, so a server that echoes
/// a token or password never puts it into an error message.
pub fn excerpt_redacted(body: &str, secrets: &[&str]) -> String {
    let mut text = body.to_owned();
    for s in secrets.iter().filter(|s| s.len() >= 4) {
        text = text.replace(*s, "<redacted>");
    }
    bounded(&text, EXCERPT_LIMIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_bounded_and_cuts_on_char_boundaries() {
        let long = "é".repeat(10_000);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_LIMIT + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(excerpt("short"), "short");
    }

    #[test]
    fn excerpts_never_show_secrets() {
        let body = r#"{"message":"bad token abcd1234efgh","echo":"abcd1234efgh"}"#;
        let e = excerpt_redacted(body, &["abcd1234efgh"]);
        assert!(!e.contains("abcd1234efgh"));
        assert_eq!(e.matches("<redacted>").count(), 2);
    }

    #[test]
    fn kinds_name_every_variant() {
        let all = [
            Error::Network {
                message: String::new(),
            },
            Error::Timeout { after_ms: 1 },
            Error::Status {
                status: 500,
                excerpt: String::new(),
            },
            Error::Decode {
                path: "$".into(),
                message: String::new(),
                excerpt: String::new(),
            },
            Error::Auth {
                message: String::new(),
            },
            Error::InvalidArgument {
                message: String::new(),
            },
        ];
        let kinds: Vec<_> = all.iter().map(Error::kind).collect();
        assert_eq!(
            kinds,
            [
                "network",
                "timeout",
                "status",
                "decode",
                "auth",
                "invalid-argument"
            ]
        );
    }
}

/// `text` in double quotes, as `{:?}` shows a string for the texts the client meets
/// (`"`, `\`, and control characters escaped), without linking the Unicode tables `{:?}`
/// needs for the rest (a few KB of every wasm page).
pub(crate) struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if c.is_control() => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

#[cfg(test)]
mod quoted_tests {
    use super::Quoted;

    #[test]
    fn quoted_matches_debug_for_the_texts_the_client_meets() {
        for s in [
            "plain",
            "ftp://x",
            "a\"b\\c",
            "tab\there\nnl\r\0",
            "\u{7f}\u{1b}",
            "Zürich 東京",
        ] {
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"), "{s}");
        }
    }
}
