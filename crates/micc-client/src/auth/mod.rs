//! Credentials and the token lifecycle.
//!
//! The decisions are sans-IO ([`TokenState`], [`token_request`], [`parse_token_response`]);
//! the client runs them with its [`crate::http::Platform`]. Secrets never appear in `Debug`
//! output, logs or error messages.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

mod answer;

use crate::error::{Error, Result};
use crate::http::{Method, Request, Response, check_header_value};

/// A string that never shows itself in `Debug` or `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    /// The secret itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A token the host hands over, with its lifetime if known.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvidedToken {
    pub token: Secret,
    /// Seconds until it expires; `None` when unknown (then it is used until a 401).
    pub expires_in: Option<f64>,
}

/// The future a [`TokenProvider`] returns.
pub type TokenFuture = Pin<Box<dyn Future<Output = std::result::Result<ProvidedToken, String>>>>;

/// A host callback that returns a fresh token: how a CRM iframe hands over a token
/// without the widget ever seeing a password. Its failure (an `Err`, or no answer within
/// the client's timeout) is an [`Error::Auth`]; concurrent requests share one call.
pub trait TokenProvider {
    fn token(&self) -> TokenFuture;
}

/// A closure as a [`TokenProvider`]: `provider_fn(|| async { Ok(ProvidedToken { .. }) })`.
pub fn provider_fn<F, Fut>(f: F) -> Rc<dyn TokenProvider>
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = std::result::Result<ProvidedToken, String>> + 'static,
{
    struct FnProvider<F>(F);
    impl<F, Fut> TokenProvider for FnProvider<F>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = std::result::Result<ProvidedToken, String>> + 'static,
    {
        fn token(&self) -> TokenFuture {
            Box::pin((self.0)())
        }
    }
    Rc::new(FnProvider(f))
}

/// How the client obtains its bearer tokens.
#[derive(Clone)]
pub enum Credentials {
    /// No token: for servers or endpoints that need none.
    None,
    /// OAuth resource-owner password grant.
    Password { username: String, password: Secret },
    /// OAuth client credentials, optionally acting as a user (`Impersonate` header).
    ClientCredentials {
        client_id: String,
        client_secret: Secret,
        impersonate: Option<String>,
    },
    /// A fixed token from the host; it cannot be renewed.
    Token(Secret),
    /// A host callback asked for a fresh token whenever one is needed.
    Provider(Rc<dyn TokenProvider>),
    /// A token the host already has, used first; `provider` is asked when it lapses or is
    /// refused.
    Refreshing {
        token: ProvidedToken,
        provider: Rc<dyn TokenProvider>,
    },
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::None => f.write_str("None"),
            Credentials::Password { username, .. } => f
                .debug_struct("Password")
                .field("username", username)
                .field("password", &"<redacted>")
                .finish(),
            Credentials::ClientCredentials {
                client_id,
                impersonate,
                ..
            } => f
                .debug_struct("ClientCredentials")
                .field("client_id", client_id)
                .field("client_secret", &"<redacted>")
                .field("impersonate", impersonate)
                .finish(),
            Credentials::Token(_) => f.write_str("Token(<redacted>)"),
            Credentials::Provider(_) => f.write_str("Provider(..)"),
            Credentials::Refreshing { .. } => f.write_str("Refreshing(<redacted>, ..)"),
        }
    }
}

impl Credentials {
    pub fn password(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credentials::Password {
            username: username.into(),
            password: Secret::new(password),
        }
    }

    pub fn client(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        Credentials::ClientCredentials {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
            impersonate: None,
        }
    }

    pub fn impersonating(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        user: impl Into<String>,
    ) -> Self {
        Credentials::ClientCredentials {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
            impersonate: Some(user.into()),
        }
    }

    pub fn token(token: impl Into<String>) -> Self {
        Credentials::Token(Secret::new(token))
    }

    /// An initial token (with its lifetime in seconds, if known) and the callback that
    /// renews it.
    pub fn refreshing(
        token: impl Into<String>,
        expires_in: Option<f64>,
        provider: Rc<dyn TokenProvider>,
    ) -> Self {
        Credentials::Refreshing {
            token: ProvidedToken {
                token: Secret::new(token),
                expires_in,
            },
            provider,
        }
    }

    /// Whether these credentials include a password or a client secret (which must not
    /// travel over plain `http://`).
    pub fn sends_secret(&self) -> bool {
        matches!(
            self,
            Credentials::Password { .. } | Credentials::ClientCredentials { .. }
        )
    }

    /// Refuses values no request could carry: an `Impersonate` name or a token a browser
    /// would refuse as a header value, an empty token.
    pub(crate) fn check(&self) -> Result<()> {
        let token = match self {
            Credentials::ClientCredentials {
                impersonate: Some(user),
                ..
            } => {
                return check_header_value("Impersonate", user).map_err(Error::invalid);
            }
            Credentials::Token(t) => t.expose(),
            Credentials::Refreshing { token, .. } => token.token.expose(),
            _ => return Ok(()),
        };
        if token.is_empty() {
            return Err(Error::invalid("the token is empty"));
        }
        check_header_value("Authorization", token).map_err(Error::invalid)
    }

    /// Whether a new token can be had when the current one is refused.
    pub fn can_renew(&self) -> bool {
        !matches!(self, Credentials::None | Credentials::Token(_))
    }

    /// Strings that must never appear in an error message.
    pub(crate) fn secrets(&self) -> Vec<&str> {
        match self {
            Credentials::Password { password, .. } => vec![password.expose()],
            Credentials::ClientCredentials { client_secret, .. } => vec![client_secret.expose()],
            Credentials::Token(t) => vec![t.expose()],
            Credentials::Refreshing { token, .. } => vec![token.token.expose()],
            Credentials::None | Credentials::Provider(_) => Vec::new(),
        }
    }
}

/// A bearer token and when it stops working (milliseconds since the epoch).
#[derive(Debug, Clone, PartialEq)]
pub struct AccessToken {
    pub token: Secret,
    pub expires_at_ms: Option<f64>,
    /// When it was obtained: the renewal margin is a share of its lifetime.
    pub obtained_at_ms: f64,
}

impl AccessToken {
    /// Renew this long before expiry: a tenth of the lifetime, at most a minute, so a
    /// request never leaves with a token about to lapse in flight.
    fn margin_ms(&self) -> f64 {
        match self.expires_at_ms {
            Some(exp) => ((exp - self.obtained_at_ms) / 10.0).clamp(0.0, 60_000.0),
            None => 0.0,
        }
    }

    /// Usable for a request starting at `now_ms`.
    pub fn fresh_at(&self, now_ms: f64) -> bool {
        self.expires_at_ms
            .is_none_or(|exp| now_ms < exp - self.margin_ms())
    }
}

/// What the client holds: the current token, if any. Renewal itself is single-flight in the
/// client; this is the part that decides.
#[derive(Debug, Default, Clone)]
pub struct TokenState {
    current: Option<AccessToken>,
}

impl TokenState {
    /// The token to use at `now_ms`, or `None` when a renewal is needed first.
    pub fn usable(&self, now_ms: f64) -> Option<&AccessToken> {
        self.current.as_ref().filter(|t| t.fresh_at(now_ms))
    }

    /// The token held, fresh or not.
    pub fn current(&self) -> Option<&AccessToken> {
        self.current.as_ref()
    }

    pub fn set(&mut self, token: AccessToken) {
        self.current = Some(token);
    }

    /// Forget the token (the server refused it).
    pub fn invalidate(&mut self, refused: &str) {
        if self
            .current
            .as_ref()
            .is_some_and(|t| t.token.expose() == refused)
        {
            self.current = None;
        }
    }
}

/// The token endpoint request for `credentials`, or `None` when they need no endpoint.
pub fn token_request(server: &str, credentials: &Credentials) -> Option<Request> {
    let form = |pairs: &[(&str, &str)]| micc_wire::form::encode(pairs.iter().copied());
    let (body, impersonate) = match credentials {
        Credentials::Password { username, password } => (
            form(&[
                ("grant_type", "password"),
                ("username", username),
                ("password", password.expose()),
            ]),
            None,
        ),
        Credentials::ClientCredentials {
            client_id,
            client_secret,
            impersonate,
        } => (
            form(&[
                ("grant_type", "client_credentials"),
                ("client_id", client_id),
                ("client_secret", client_secret.expose()),
            ]),
            impersonate.as_deref(),
        ),
        _ => return None,
    };
    let mut headers = vec![
        (
            "Content-Type".to_owned(),
            "application/x-www-form-urlencoded".to_owned(),
        ),
        ("Accept".to_owned(), "application/json".to_owned()),
    ];
    if let Some(user) = impersonate {
        headers.push(("Impersonate".to_owned(), user.to_owned()));
    }
    Some(Request {
        method: Method::Post,
        url: format!("{server}/authorizationserver/token"),
        headers,
        body: Some(body),
        timeout: None,
    })
}

/// Whether the token endpoint's answer refuses the credentials themselves (OAuth
/// `invalid_grant`, `invalid_client`, ...): sending them again cannot succeed and counts
/// as another failed login against the directory account.
pub fn is_refusal(response: &Response) -> bool {
    matches!(response.status, 400 | 401 | 403)
}

/// Reads the token endpoint's answer. Refusals become [`Error::Auth`] with the server's
/// OAuth error (never the credentials).
pub fn parse_token_response(response: &Response, now_ms: f64) -> Result<AccessToken> {
    let answer = answer::token_fields(&response.body);
    if !response.is_success() {
        let why = answer
            .as_ref()
            .and_then(|a| a.error_description.clone().or_else(|| a.error.clone()))
            .unwrap_or_else(|| format!("the token endpoint answered HTTP {}", response.status));
        return Err(Error::Auth { message: why });
    }
    let answer = answer.ok_or_else(|| Error::Auth {
        message: "the token endpoint's answer is not JSON".into(),
    })?;
    let token = answer
        .access_token
        .filter(|t| !t.is_empty())
        .ok_or_else(|| Error::Auth {
            message: "the token endpoint's answer has no access_token".into(),
        })?;
    check_header_value("Authorization", &token).map_err(|m| Error::Auth {
        message: format!("the token endpoint's access_token is unusable: {m}"),
    })?;
    let expires_in = answer
        .expires_in
        .filter(|s: &f64| s.is_finite() && *s > 0.0);
    Ok(AccessToken {
        token: Secret::new(token),
        expires_at_ms: expires_in.map(|s| now_ms + s * 1000.0),
        obtained_at_ms: now_ms,
    })
}

/// A token from the host's provider.
pub fn from_provided(p: ProvidedToken, now_ms: f64) -> Result<AccessToken> {
    if p.token.expose().is_empty() {
        return Err(Error::Auth {
            message: "the token provider returned an empty token".into(),
        });
    }
    check_header_value("Authorization", p.token.expose()).map_err(|m| Error::Auth {
        message: format!("the token provider's token is unusable: {m}"),
    })?;
    let expires = p.expires_in.filter(|s| s.is_finite() && *s > 0.0);
    Ok(AccessToken {
        token: p.token,
        expires_at_ms: expires.map(|s| now_ms + s * 1000.0),
        obtained_at_ms: now_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: body.to_owned(),
        }
    }

    #[test]
    fn debug_output_never_shows_secrets() {
        let all = [
            Credentials::password("ann", "hunter2-pw"),
            Credentials::client("app", "s3cret-value"),
            Credentials::impersonating("app", "s3cret-value", "ann"),
            Credentials::token("tok-abcdef"),
        ];
        for c in all {
            let text = format!("{c:?}");
            for s in ["hunter2-pw", "s3cret-value", "tok-abcdef"] {
                assert!(!text.contains(s), "{text}");
            }
        }
        let t = AccessToken {
            token: Secret::new("tok-abcdef"),
            expires_at_ms: None,
            obtained_at_ms: 0.0,
        };
        assert!(!format!("{t:?}").contains("tok-abcdef"));
    }

    #[test]
    fn token_requests_for_each_grant() {
        let r = token_request(
            "https://cc.example",
            &Credentials::password("ann smith", "p&ss=1"),
        )
        .unwrap();
        assert_eq!(r.url, "https://cc.example/authorizationserver/token");
        assert_eq!(r.method, Method::Post);
        assert_eq!(
            r.body.as_deref(),
            Some("grant_type=password&username=ann+smith&password=p%26ss%3D1")
        );
        assert_eq!(
            r.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        let r = token_request(
            "https://cc.example",
            &Credentials::impersonating("app", "sec", "ann"),
        )
        .unwrap();
        assert_eq!(
            r.body.as_deref(),
            Some("grant_type=client_credentials&client_id=app&client_secret=sec")
        );
        assert_eq!(r.header("Impersonate"), Some("ann"));
        assert!(token_request("x", &Credentials::token("t")).is_none());
        assert!(token_request("x", &Credentials::None).is_none());
    }

    #[test]
    fn token_answers_and_refusals() {
        let t = parse_token_response(
            &response(
                200,
                r#"{"access_token":"abc","token_type":"bearer","expires_in":3600}"#,
            ),
            1000.0,
        )
        .unwrap();
        assert_eq!(t.token.expose(), "abc");
        assert_eq!(t.expires_at_ms, Some(3_601_000.0));
        let t = parse_token_response(
            &response(200, r#"{"access_token":"abc","expires_in":"60"}"#),
            0.0,
        )
        .unwrap();
        assert_eq!(t.expires_at_ms, Some(60_000.0));
        let t = parse_token_response(&response(200, r#"{"access_token":"abc"}"#), 0.0).unwrap();
        assert_eq!(t.expires_at_ms, None);
        let e = parse_token_response(
            &response(
                400,
                r#"{"error":"invalid_grant","error_description":"The user name or password is incorrect."}"#,
            ),
            0.0,
        );
        assert_eq!(
            e,
            Err(Error::Auth {
                message: "The user name or password is incorrect.".into()
            })
        );
        for bad in [
            response(200, "<html>"),
            response(200, "{}"),
            response(200, r#"{"access_token":""}"#),
            response(502, ""),
        ] {
            assert!(
                matches!(parse_token_response(&bad, 0.0), Err(Error::Auth { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn tokens_are_renewed_before_they_lapse() {
        let t = AccessToken {
            token: Secret::new("a"),
            expires_at_ms: Some(3_600_000.0),
            obtained_at_ms: 0.0,
        };
        assert!(t.fresh_at(0.0));
        assert!(t.fresh_at(3_539_999.0));
        assert!(!t.fresh_at(3_540_000.0), "a minute before expiry");
        let short = AccessToken {
            token: Secret::new("a"),
            expires_at_ms: Some(10_000.0),
            obtained_at_ms: 0.0,
        };
        assert!(
            short.fresh_at(8_999.0) && !short.fresh_at(9_000.0),
            "a tenth of a short lifetime"
        );
        let mut state = TokenState::default();
        assert!(state.usable(0.0).is_none());
        state.set(t.clone());
        assert!(state.usable(1.0).is_some());
        state.invalidate("other");
        assert!(
            state.usable(1.0).is_some(),
            "only the refused token is forgotten"
        );
        state.invalidate("a");
        assert!(state.usable(1.0).is_none());
    }
}
