//! The client core: turns an operation and its arguments into requests, with the token
//! lifecycle, timeouts, retries and decoding. Resource groups (`client.queues()`, ...) live
//! in [`crate::api`].

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::api::ops::Op;
use crate::auth::{self, AccessToken, Credentials, TokenState};
use crate::error::{Error, Result, excerpt_redacted};
use crate::flight::{Flight, Role};
use crate::http::{Platform, Request, Response, SendError};
use crate::odata::encode_component;
use crate::retry::{Outcome, RetryPolicy};

/// Base path of the REST API under the server URL.
pub const API_BASE: &str = "/miccsdk/api/v1";

/// How a client talks to one server.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Scheme and authority, e.g. `https://micc.example.com` (a trailing `/` is ignored).
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
    credentials: Credentials,
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
            .field("credentials", &self.inner.credentials)
            .finish_non_exhaustive()
    }
}

/// Checks and normalises a server URL: http(s), an authority, no path/query/fragment.
pub fn normalize_server(server: &str) -> Result<String> {
    let server = server.trim().trim_end_matches('/');
    let rest = server
        .strip_prefix("https://")
        .or_else(|| server.strip_prefix("http://"))
        .ok_or_else(|| Error::invalid(format!("server must be an http(s) URL, got {server:?}")))?;
    let valid = !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]_".contains(&b));
    if !valid {
        return Err(Error::invalid(format!(
            "server must be scheme://host[:port], got {server:?}"
        )));
    }
    Ok(server.to_owned())
}

impl<P: Platform + 'static> MiccClient<P> {
    pub fn new(config: ClientConfig, platform: P) -> Result<Self> {
        Ok(Self {
            inner: Rc::new(Inner {
                server: normalize_server(&config.server)?,
                platform,
                credentials: config.credentials,
                retry: config.retry,
                timeout: config.timeout,
                tokens: RefCell::new(TokenState::default()),
                renewal: Flight::default(),
            }),
        })
    }

    pub fn server(&self) -> &str {
        &self.inner.server
    }

    pub fn platform(&self) -> &P {
        &self.inner.platform
    }

    /// A usable bearer token (renewing it first if it is missing or about to lapse), or
    /// `None` with [`Credentials::None`].
    pub async fn bearer(&self) -> Result<Option<String>> {
        let now = self.inner.platform.now_ms();
        if let Some(t) = self.inner.tokens.borrow().usable(now) {
            return Ok(Some(t.token.expose().to_owned()));
        }
        match &self.inner.credentials {
            Credentials::None => return Ok(None),
            // A fixed token is used until the server refuses it.
            Credentials::Token(t) => return Ok(Some(t.expose().to_owned())),
            _ => {}
        }
        let token = self.renew().await?;
        Ok(Some(token.token.expose().to_owned()))
    }

    /// Obtains a new token; concurrent callers share one request.
    async fn renew(&self) -> Result<AccessToken> {
        loop {
            match self.inner.renewal.join() {
                Role::Lead(lead) => {
                    let result = self.fetch_token().await;
                    if let Ok(t) = &result {
                        self.inner.tokens.borrow_mut().set(t.clone());
                    }
                    lead.finish(result.clone());
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

    async fn fetch_token(&self) -> Result<AccessToken> {
        let inner = &self.inner;
        if let Credentials::Provider(p) = &inner.credentials {
            let provided = p.token().await.map_err(|e| Error::Auth {
                message: format!("the token provider failed: {e}"),
            })?;
            return auth::from_provided(provided, inner.platform.now_ms());
        }
        let Some(mut request) = auth::token_request(&inner.server, &inner.credentials) else {
            return Err(Error::Auth {
                message: "these credentials cannot be renewed".into(),
            });
        };
        request.timeout = inner.timeout;
        let secrets = inner.credentials.secrets();
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
                    auth::parse_token_response(&r, inner.platform.now_ms()).map_err(|e| match e {
                        Error::Auth { message } => Error::Auth {
                            message: excerpt_redacted(&message, &secrets),
                        },
                        other => other,
                    })
                }
                Err(SendError::Timeout) => Err(Error::Auth {
                    message: format!(
                        "the token endpoint did not answer within {} ms",
                        timeout_ms(inner.timeout)
                    ),
                }),
                Err(SendError::Network(m)) => Err(Error::Auth {
                    message: format!("the token endpoint is unreachable: {m}"),
                }),
            };
        }
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
    /// on a 401, retries transient failures under the retry policy.
    pub(crate) async fn execute(
        &self,
        op: &Op,
        url: String,
        body: Option<String>,
    ) -> Result<Response> {
        let inner = &self.inner;
        let idempotent = op.idempotent();
        let mut retry = 0;
        let mut renewed = false;
        loop {
            let token = self.bearer().await?;
            let mut headers = vec![("Accept".to_owned(), "application/json".to_owned())];
            if let Some(t) = &token {
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
                    if !renewed && inner.credentials.can_renew() {
                        renewed = true;
                        continue;
                    }
                    let message = if inner.credentials.can_renew() {
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
                    .delay(retry, &o, idempotent, inner.platform.random())
            };
            match delay {
                Some(d) => inner.platform.sleep(d).await,
                None => return Err(self.failure_error(failure, token.as_deref())),
            }
        }
    }

    fn failure_error(&self, failure: Failure, token: Option<&str>) -> Error {
        match failure {
            Failure::Status(r) => {
                let mut secrets = self.inner.credentials.secrets();
                secrets.extend(token);
                Error::Status {
                    status: r.status,
                    excerpt: excerpt_redacted(&r.body, &secrets),
                }
            }
            Failure::Send(SendError::Timeout) => Error::Timeout {
                after_ms: timeout_ms(self.inner.timeout),
            },
            Failure::Send(SendError::Network(message)) => Error::Network { message },
        }
    }

    /// Runs `op` and decodes its answer as `T`.
    pub(crate) async fn call<T: DeserializeOwned>(
        &self,
        op: &Op,
        url: String,
        body: Option<String>,
    ) -> Result<T> {
        let response = self.execute(op, url, body).await?;
        decode_body(&response.body, &self.inner.credentials.secrets())
    }
}

enum Failure {
    Status(Response),
    Send(SendError),
}

fn timeout_ms(t: Option<Duration>) -> u64 {
    t.map_or(0, |d| d.as_millis().try_into().unwrap_or(u64::MAX))
}

/// Decodes a body as `T` with the tolerant decoder; errors carry the JSON path and a
/// bounded excerpt.
pub(crate) fn decode_body<T: DeserializeOwned>(body: &str, secrets: &[&str]) -> Result<T> {
    crate::decode::from_str(body).map_err(|e| Error::Decode {
        path: e.path,
        message: e.message,
        excerpt: excerpt_redacted(body, secrets),
    })
}
