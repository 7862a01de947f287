//! One error type whose variants say what happened.

/// Longest excerpt of a response body kept in an error, so a huge body never bloats one.
pub const EXCERPT_LIMIT: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request never got an HTTP answer (DNS, connection refused, CORS, offline).
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with a status outside 2xx.
    #[error("HTTP {status}: {excerpt}")]
    Status { status: u16, excerpt: String },
    /// The body did not have the shape the operation promises.
    #[error("cannot decode response: {message} (body starts: {excerpt})")]
    Decode { message: String, excerpt: String },
    /// The caller passed something the API cannot take; nothing was sent.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A bounded excerpt of a body, cut on a character boundary.
pub fn excerpt(body: &str) -> String {
    match body.char_indices().nth(EXCERPT_LIMIT) {
        Some((cut, _)) => format!("{}…", &body[..cut]),
        None => body.to_owned(),
    }
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
}
