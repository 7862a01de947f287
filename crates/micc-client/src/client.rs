//! The client core: turns an operation and its arguments into requests, with the token
//! lifecycle, timeouts, retries and decoding. Resource groups (`client.queues()`, ...) live
//! in [`crate::api`].

use crate::error::Quoted;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use futures_util::future::{Either, select};
use serde::de::DeserializeOwned;

use crate::api::ops::Op;
use crate::auth::{self, AccessToken, Credentials, ProvidedToken, Secret, TokenState};
use crate::error::{Error, MESSAGE_LIMIT, Result, excerpt_redacted};
use crate::flight::{Flight, Role};
use crate::http::{
    MAX_TIMER, MAX_TIMER_MS, Platform, Request, Response, SendError, check_header_value,
};
use crate::odata::encode_component;
use crate::retry::{Outcome, RetryPolicy};

/// Base path of the REST API under the server URL.
pub const API_BASE: &str = "/miccsdk/api/v1";

/// How a client talks to one server.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Scheme and authority, e.g. `https://micc.example.com`, optionally with the path
    /// prefix of a reverse proxy (`https://intranet/mitel`); a trailing `/` is ignored.
    pub server: String,
    pub credentials: Credentials,
    pub retry: RetryPolicy,
    /// Per-request timeout; `None` waits as long as the platform does.
    pub timeout: Option<Duration>,
}

impl ClientConfig {
    pub fn new(server: impl Into<String>, credentials: Credentials) -> Self {
        Self {
            server: server.into(),
            credentials,
            retry: RetryPolicy::default(),
            timeout: Some(Duration::from_secs(30)),
        }
    }
}

pub(crate) struct Inner<P> {
    server: String,
    platform: P,
    credentials: RefCell<Credentials>,
    /// Bumped whenever the credentials change: a renewal begun with older ones keeps its
    /// outcome to itself.
    epoch: Cell<u64>,
    /// The token endpoint refused these credentials: the error is reported on every call
    /// and they are not sent again until they change (a directory account locks after a
    /// few failed logins).
    refused: RefCell<Option<Error>>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    tokens: RefCell<TokenState>,
    /// The renewal in flight: concurrent requests share it instead of each asking.
    renewal: Flight<Result<AccessToken>>,
}

/// A client of one Mitel CX SDK server. Cheap to clone; clones share the token.
pub struct MiccClient<P> {
    pub(crate) inner: Rc<Inner<P>>,
}

impl<P> Clone for MiccClient<P> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
        }
    }
}

/// Never prints credentials or tokens.
impl<P> std::fmt::Debug for MiccClient<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MiccClient")
            .field("server", &self.inner.server)
            .field("credentials", &*self.inner.credentials.borrow())
            .finish_non_exhaustive()
    }
}

/// Checks and normalises a server URL: `http(s)://host[:port]`, optionally followed by a
/// path prefix (`https://intranet/mitel/`, for a same-origin reverse proxy), without
/// query, fragment or user info. A trailing `/` is dropped.
pub fn normalize_server(server: &str) -> Result<String> {
    let server = server.trim();
    let shown = crate::error::bounded(server, 200);
    let (scheme, rest) = if let Some(rest) = server.strip_prefix("https://") {
        ("https://", rest)
    } else if let Some(rest) = server.strip_prefix("http://") {
        ("http://", rest)
    } else {
        return Err(Error::invalid(format!(
            "server must be an http(s) URL, got {}",
            Quoted(&shown)
        )));
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let authority_ok = !authority.is_empty()
        && authority
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]_".contains(&b));
    if !authority_ok {
        return Err(Error::invalid(format!(
            "server must be scheme://host[:port][/prefix], got {}",
            Quoted(&shown)
        )));
    }
    let mut prefix = String::new();
    for segment in path.trim_end_matches('/').split('/').skip(1) {
        let segment_ok = !segment.is_empty()
            && segment != "."
            && segment != ".."
            && segment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%!$&'()*+,;=".contains(&b));
        if !segment_ok {
            return Err(Error::invalid(format!(
                "server's path prefix must be plain path segments, got {}",
                Quoted(&shown)
            )));
        }
        prefix.push('/');
        prefix.push_str(segment);
    }
    Ok(format!("{scheme}{authority}{prefix}"))
}

/// Whether a normalised server URL points at this machine (127.0.0.0/8, `::1`,
/// `localhost`), where plain `http://` does not cross a network.
pub fn is_loopback(server: &str) -> bool {
    let rest = server
        .strip_prefix("https://")
        .or_else(|| server.strip_prefix("http://"))
        .unwrap_or(server);
    let authority = rest.split('/').next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    if host.eq_ignore_ascii_case("localhost") || host == "::1" {
        return true;
    }
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts[0] == "127"
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
}

/// Refuses credentials a request to `server` must not carry: a password or client secret
/// over plain `http://` to another machine, values no header can hold.
fn check_credentials(server: &str, credentials: &Credentials) -> Result<()> {
    if credentials.sends_secret() && server.starts_with("http://") && !is_loopback(server) {
        return Err(Error::invalid(
            "passwords and client secrets are sent only over https:// (plain http:// only \
             to this machine); use https, or a token from your own backend",
        ));
    }
    credentials.check()
}

fn check_duration(name: &str, d: Duration) -> Result<()> {
    if d.is_zero() || d > MAX_TIMER {
        return Err(Error::invalid(format!(
            "{name} must be between 1 and {MAX_TIMER_MS} ms (the longest timer browsers keep)"
        )));
    }
    Ok(())
}

impl<P: Platform + 'static> MiccClient<P> {
    pub fn new(config: ClientConfig, platform: P) -> Result<Self> {
        let server = normalize_server(&config.server)?;
        if let Some(t) = config.timeout {
            check_duration("timeout", t)?;
        }
        config.retry.check().map_err(Error::invalid)?;
        let client = Self {
            inner: Rc::new(Inner {
                server,
                platform,
                credentials: RefCell::new(Credentials::None),
                epoch: Cell::new(0),
                refused: RefCell::new(None),
                retry: config.retry,
                timeout: config.timeout,
                tokens: RefCell::new(TokenState::default()),
                renewal: Flight::default(),
            }),
        };
        client.set_credentials(config.credentials)?;
        Ok(client)
    }

    pub fn server(&self) -> &str {
        &self.inner.server
    }

    pub fn platform(&self) -> &P {
        &self.inner.platform
    }

    /// Replaces the credentials (e.g. after the user typed a new password): the token of
    /// the old ones is dropped, and a refusal of the old ones is forgotten.
    pub fn set_credentials(&self, credentials: Credentials) -> Result<()> {
        check_credentials(&self.inner.server, &credentials)?;
        let now = self.inner.platform.now_ms();
        let (credentials, initial) = match credentials {
            Credentials::Refreshing { token, provider } => {
                (Credentials::Provider(provider), Some(token))
            }
            other => (other, None),
        };
        let mut tokens = TokenState::default();
        if let Some(t) = initial {
            tokens.set(auth::from_provided(t, now).map_err(|e| Error::invalid(e.to_string()))?);
        }
        self.inner.epoch.set(self.inner.epoch.get() + 1);
        *self.inner.credentials.borrow_mut() = credentials;
        *self.inner.refused.borrow_mut() = None;
        *self.inner.tokens.borrow_mut() = tokens;
        Ok(())
    }

    /// Uses `token` from now on (e.g. one the host's backend just renewed), for
    /// `expires_in` if known. With [`Credentials::Token`] it replaces the fixed token; with
    /// renewable credentials it is used until it lapses or is refused.
    pub fn set_token(&self, token: impl Into<String>, expires_in: Option<Duration>) -> Result<()> {
        let token = token.into();
        if token.is_empty() {
            return Err(Error::invalid("the token is empty"));
        }
        check_header_value("Authorization", &token).map_err(Error::invalid)?;
        let provided = ProvidedToken {
            token: Secret::new(token.clone()),
            expires_in: expires_in.map(|d| d.as_secs_f64()),
        };
        let access = auth::from_provided(provided, self.inner.platform.now_ms())?;
        {
            let mut credentials = self.inner.credentials.borrow_mut();
            if let Credentials::Token(_) = &*credentials {
                *credentials = Credentials::Token(Secret::new(token));
            }
        }
        self.inner.tokens.borrow_mut().set(access);
        Ok(())
    }

    /// A usable bearer token (renewing it first if it is missing or about to lapse), or
    /// `None` with [`Credentials::None`].
    pub async fn bearer(&self) -> Result<Option<String>> {
        let now = self.inner.platform.now_ms();
        if let Some(t) = self.inner.tokens.borrow().usable(now) {
            return Ok(Some(t.token.expose().to_owned()));
        }
        match &*self.inner.credentials.borrow() {
            Credentials::None => return Ok(None),
            // A fixed token is used until the server refuses it.
            Credentials::Token(t) => return Ok(Some(t.expose().to_owned())),
            _ => {}
        }
        if let Some(e) = self.inner.refused.borrow().clone() {
            return Err(e);
        }
        let token = self.renew().await?;
        Ok(Some(token.token.expose().to_owned()))
    }

    /// When the client stops using its current token and renews it (ms since the epoch),
    /// if it has one with a known lifetime: the real-time driver reconnects with the new
    /// token at that moment, before the old one lapses.
    pub(crate) fn token_fresh_until_ms(&self) -> Option<f64> {
        self.inner
            .tokens
            .borrow()
            .current()
            .and_then(crate::realtime::driver::fresh_until_ms)
    }

    /// The server refused `token` outside a REST call (the real-time channel): forget it so
    /// the next [`MiccClient::bearer`] renews.
    pub(crate) fn token_refused(&self, token: &str) {
        self.inner.tokens.borrow_mut().invalidate(token);
    }

    /// Obtains a new token; concurrent callers share one request.
    async fn renew(&self) -> Result<AccessToken> {
        loop {
            match self.inner.renewal.join() {
                Role::Lead(lead) => {
                    let epoch = self.inner.epoch.get();
                    let (result, refused) = self.fetch_token().await;
                    let current = self.inner.epoch.get() == epoch;
                    if current {
                        match &result {
                            Ok(t) => self.inner.tokens.borrow_mut().set(t.clone()),
                            Err(e) if refused => *self.inner.refused.borrow_mut() = Some(e.clone()),
                            Err(_) => {}
                        }
                    }
                    lead.finish(result.clone());
                    if !current {
                        // The credentials changed meanwhile: renew with the new ones.
                        continue;
                    }
                    return result;
                }
                // The leader was dropped before it finished: lead ourselves.
                Role::Wait(wait) => match wait.await {
                    Some(result) => return result,
                    None => continue,
                },
            }
        }
    }

    /// One renewal: the token and whether the token endpoint refused the credentials.
    async fn fetch_token(&self) -> (Result<AccessToken>, bool) {
        let inner = &self.inner;
        let credentials = inner.credentials.borrow().clone();
        if let Credentials::Provider(p) = &credentials {
            return (self.ask_provider(p.token()).await, false);
        }
        let Some(mut request) = auth::token_request(&inner.server, &credentials) else {
            return (
                Err(Error::Auth {
                    message: "these credentials cannot be renewed".into(),
                }),
                false,
            );
        };
        request.timeout = inner.timeout;
        let secrets = credentials.secrets();
        let mut retry = 0;
        loop {
            let outcome = inner.platform.send(request.clone()).await;
            let delay = match &outcome {
                Ok(r) if r.is_success() || !matches!(r.status, 429 | 502..=504) => None,
                Ok(r) => {
                    retry += 1;
                    let o = Outcome::Status {
                        status: r.status,
                        retry_after: r.header("Retry-After"),
                    };
                    inner.retry.delay(retry, &o, true, inner.platform.random())
                }
                Err(_) => {
                    retry += 1;
                    inner
                        .retry
                        .delay(retry, &Outcome::NoAnswer, true, inner.platform.random())
                }
            };
            if let Some(d) = delay {
                inner.platform.sleep(d).await;
                continue;
            }
            return match outcome {
                Ok(r) => {
                    let refused = auth::is_refusal(&r);
                    let result = auth::parse_token_response(&r, inner.platform.now_ms()).map_err(
                        |e| match e {
                            Error::Auth { message } if refused => Error::Auth {
                                message: format!(
                                    "the token endpoint refused the credentials (HTTP {}: {}); \
                                     they are not sent again until they are changed",
                                    r.status,
                                    excerpt_redacted(&message, &secrets)
                                ),
                            },
                            Error::Auth { message } => Error::Auth {
                                message: excerpt_redacted(&message, &secrets),
                            },
                            other => other,
                        },
                    );
                    (result, refused)
                }
                Err(SendError::Timeout) => (
                    Err(Error::Auth {
                        message: format!(
                            "the token endpoint did not answer within {} ms",
                            timeout_ms(inner.timeout)
                        ),
                    }),
                    false,
                ),
                Err(SendError::Network(m)) => (
                    Err(Error::Auth {
                        message: format!(
                            "the token endpoint is unreachable: {}",
                            crate::error::bounded(&m, MESSAGE_LIMIT)
                        ),
                    }),
                    false,
                ),
            };
        }
    }

    /// Waits for the host's token callback, at most the client's timeout: a callback that
    /// never settles must not hold every request of the client.
    async fn ask_provider(&self, asked: auth::TokenFuture) -> Result<AccessToken> {
        let inner = &self.inner;
        let answer = match inner.timeout {
            None => Some(asked.await),
            Some(t) => {
                let sleep = std::pin::pin!(inner.platform.sleep(t));
                match select(asked, sleep).await {
                    Either::Left((answer, _)) => Some(answer),
                    Either::Right(((), _)) => None,
                }
            }
        };
        match answer {
            None => Err(Error::Auth {
                message: format!(
                    "the token provider did not answer within {} ms",
                    timeout_ms(inner.timeout)
                ),
            }),
            Some(Err(e)) => Err(Error::Auth {
                message: format!("the token provider failed: {}", excerpt_redacted(&e, &[])),
            }),
            Some(Ok(provided)) => auth::from_provided(provided, inner.platform.now_ms()),
        }
    }

    /// Every secret an error text must not show: the credentials' and the token in use.
    fn secrets(&self, extra: Option<&str>) -> Vec<String> {
        let mut out: Vec<String> = self
            .inner
            .credentials
            .borrow()
            .secrets()
            .into_iter()
            .map(str::to_owned)
            .collect();
        if let Some(t) = self.inner.tokens.borrow().current() {
            out.push(t.token.expose().to_owned());
        }
        out.extend(extra.map(str::to_owned));
        out
    }

    /// A bounded excerpt of `body` without any secret of this client.
    pub(crate) fn excerpt(&self, body: &str, extra: Option<&str>) -> String {
        let secrets = self.secrets(extra);
        let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
        excerpt_redacted(body, &refs)
    }

    /// The absolute URL of `op` with `args` filled into its path and `query` appended.
    pub(crate) fn url(
        &self,
        op: &Op,
        args: &[String],
        query: &[(String, String)],
    ) -> Result<String> {
        let mut path = String::with_capacity(op.path.len() + 32);
        let mut args = args.iter();
        for segment in op.path.split('/').filter(|s| !s.is_empty()) {
            path.push('/');
            if segment.starts_with('{') {
                let value = args.next().ok_or_else(|| {
                    Error::invalid(format!("{} needs the path parameter {segment}", op.id))
                })?;
                if value.is_empty() {
                    return Err(Error::invalid(format!(
                        "{}: the path parameter {segment} is empty",
                        op.id
                    )));
                }
                // Browsers and proxies resolve `.` and `..` segments: the request would
                // reach another resource.
                if value == "." || value == ".." {
                    return Err(Error::invalid(format!(
                        "{}: the path parameter {segment} cannot be {}",
                        op.id,
                        Quoted(value)
                    )));
                }
                path.push_str(&encode_component(value));
            } else {
                path.push_str(segment);
            }
        }
        if args.next().is_some() {
            return Err(Error::invalid(format!(
                "{} got more path parameters than it has",
                op.id
            )));
        }
        let mut url = format!("{}{API_BASE}{path}", self.inner.server);
        for (i, (k, v)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&encode_component(k));
            url.push('=');
            url.push_str(&encode_component(v));
        }
        Ok(url)
    }

    /// Sends a request for `op` until it succeeds or fails for good: renews the token once
    /// on a 401, retries transient failures under the retry policy (only idempotent
    /// operations after failures that may have reached the server).
    pub(crate) async fn execute(
        &self,
        op: &Op,
        url: String,
        body: Option<String>,
    ) -> Result<Response> {
        let inner = &self.inner;
        let mut retry = 0;
        let mut renewed = false;
        loop {
            let token = self.bearer().await?;
            let mut headers = vec![("Accept".to_owned(), "application/json".to_owned())];
            if let Some(t) = &token {
                // Tokens are checked when they arrive; this guards every other path.
                check_header_value("Authorization", t)
                    .map_err(|message| Error::Auth { message })?;
                headers.push(("Authorization".to_owned(), format!("Bearer {t}")));
            }
            if body.is_some() {
                headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
            }
            let request = Request {
                method: op.method,
                url: url.clone(),
                headers,
                body: body.clone(),
                timeout: inner.timeout,
            };
            let outcome = inner.platform.send(request).await;
            let failure = match outcome {
                Ok(r) if r.is_success() => return Ok(r),
                Ok(r) if r.status == 401 => {
                    if let Some(t) = &token {
                        inner.tokens.borrow_mut().invalidate(t);
                    }
                    let can_renew = inner.credentials.borrow().can_renew();
                    if !renewed && can_renew {
                        renewed = true;
                        continue;
                    }
                    let message = if can_renew {
                        "the server refused a freshly renewed token (401)"
                    } else {
                        "the server refused the token (401) and these credentials cannot renew it"
                    };
                    return Err(Error::Auth {
                        message: message.into(),
                    });
                }
                Ok(r) => Failure::Status(r),
                Err(e) => Failure::Send(e),
            };
            retry += 1;
            let delay = {
                let o = match &failure {
                    Failure::Status(r) => Outcome::Status {
                        status: r.status,
                        retry_after: r.header("Retry-After"),
                    },
                    Failure::Send(_) => Outcome::NoAnswer,
                };
                inner
                    .retry
                    .delay(retry, &o, op.idempotent, inner.platform.random())
            };
            match delay {
                Some(d) => inner.platform.sleep(d).await,
                None => return Err(self.failure_error(failure, token.as_deref())),
            }
        }
    }

    fn failure_error(&self, failure: Failure, token: Option<&str>) -> Error {
        match failure {
            Failure::Status(r) => Error::Status {
                status: r.status,
                excerpt: self.excerpt(&r.body, token),
            },
            Failure::Send(SendError::Timeout) => Error::Timeout {
                after_ms: timeout_ms(self.inner.timeout),
            },
            Failure::Send(SendError::Network(message)) => Error::Network {
                message: self.excerpt(&message, token),
            },
        }
    }

    /// Runs `op` and decodes its answer as `T`. An operation that answers a string also
    /// succeeds with no content (204 or an empty body, as `""`) and with a bare `OK`.
    pub(crate) async fn call<T: DeserializeOwned>(
        &self,
        op: &Op,
        url: String,
        body: Option<String>,
    ) -> Result<T> {
        let response = self.execute(op, url, body).await?;
        match crate::decode::from_str(&response.body) {
            Ok(v) => Ok(v),
            Err(e) => {
                if let Some(text) = no_content_as_string(response.status, &response.body)
                    && let Ok(v) = crate::decode::from_str(text)
                {
                    return Ok(v);
                }
                Err(Error::Decode {
                    path: e.path,
                    message: e.message,
                    excerpt: self.excerpt(&response.body, None),
                })
            }
        }
    }
}

/// The JSON string a successful answer without JSON content stands for, for operations
/// that return a string: `""` for 204 or an empty body, `"OK"` for a bare `OK`.
pub(crate) fn no_content_as_string(status: u16, body: &str) -> Option<&'static str> {
    let body = body.trim();
    if status == 204 || body.is_empty() {
        Some("\"\"")
    } else if body.eq_ignore_ascii_case("ok") {
        Some("\"OK\"")
    } else {
        None
    }
}

enum Failure {
    Status(Response),
    Send(SendError),
}

fn timeout_ms(t: Option<Duration>) -> u64 {
    t.map_or(0, |d| d.as_millis().try_into().unwrap_or(u64::MAX))
}
