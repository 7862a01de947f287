//! Plain request/response values and the one IO seam, [`Platform`]: sending a request,
//! reading the clock, sleeping and drawing jitter. On wasm it is the browser (or Node);
//! in tests it is a script.

use std::future::Future;
use std::time::Duration;

/// The HTTP methods: the API description's one enum.
pub use micc_api::Method;

/// One HTTP request. Its `Debug` hides header values, which carry the bearer token.
#[derive(Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    /// Abort if no answer arrives within this time.
    pub timeout: Option<Duration>,
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(k, _)| k.as_str()).collect();
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &names)
            .field("body_bytes", &self.body.as_ref().map(String::len))
            .finish()
    }
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP answer. Its `Debug` shows the body's length only: a token endpoint's answer
/// carries the access token.
#[derive(Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl std::fmt::Debug for Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(k, _)| k.as_str()).collect();
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &names)
            .field("body_bytes", &self.body.len())
            .finish()
    }
}

/// Whether a browser's `fetch` (and Node's) takes `value` as a header value: a
/// ByteString (no character above U+00FF) without NUL, CR, LF or other control
/// characters (horizontal tab is allowed). `Headers.set` throws on anything else, and an
/// exception thrown inside the wasm module would leave the client's state half-updated,
/// so every value is checked before it reaches the platform.
pub fn header_value_ok(value: &str) -> bool {
    value
        .chars()
        .all(|c| c == '\t' || (c >= ' ' && c != '\u{7f}' && c <= '\u{ff}'))
}

/// Why [`header_value_ok`] refuses `value`, naming the header but never the value (it may
/// be a token).
pub fn check_header_value(name: &str, value: &str) -> Result<(), String> {
    if header_value_ok(value) {
        Ok(())
    } else {
        Err(format!(
            "the {name} header cannot carry this value: a header value must be Latin-1 \
             text without control characters (CR, LF, NUL, ...)"
        ))
    }
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// The longest delay a timer can wait: browsers and Node keep `setTimeout` delays as
/// signed 32-bit milliseconds and fire a longer one at once. Timeouts and retry delays
/// beyond it are refused when a client is made.
pub const MAX_TIMER: Duration = Duration::from_millis(MAX_TIMER_MS);

/// [`MAX_TIMER`] in milliseconds: 2^31 - 1.
pub const MAX_TIMER_MS: u64 = i32::MAX as u64;

/// Why a request got no HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    Network(String),
    Timeout,
}

/// Everything the client needs from its environment.
///
/// The futures are not `Send`: on wasm everything runs on one thread.
#[allow(async_fn_in_trait)]
pub trait Platform {
    /// Sends one request and returns the answer, whatever its status.
    async fn send(&self, request: Request) -> Result<Response, SendError>;
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> f64;
    fn sleep(&self, duration: Duration) -> impl Future<Output = ()>;
    /// Uniform in [0, 1): jitter for retry delays.
    fn random(&self) -> f64;
}
