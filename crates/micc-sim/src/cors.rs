//! CORS as the Mitel server is deployed.
//!
//! The API (REST, the token endpoint, `api/account`, every SignalR endpoint) answers by
//! `--cors`:
//! - `any` (the default): SignalR 2's usual `CorsOptions.AllowAll`, which is what standalone
//!   sample pages need. Any `Origin` is echoed, `null` (a `file://` page) included, with
//!   `Access-Control-Allow-Credentials: true` (the jQuery client sends cross-domain requests
//!   `withCredentials`, which only works with an echoed origin and that header); preflights
//!   are granted the method and headers they ask for.
//! - `allow-list`: the same, for the `--allow-origin` origins only.
//! - `none`: no CORS headers at all; a same-origin proxy is the only way in.
//!
//! WebSocket upgrades are not covered by CORS, so the SignalR endpoints check their `Origin`
//! themselves: a foreign one (neither allowed nor the request's own host) gets 403.
//!
//! The admin endpoint and the static files keep the development rule: loopback origins (any
//! port) and `--allow-origin`, without credentials.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// The `--cors` modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CorsMode {
    /// Any origin, `null` included, with credentials (`CorsOptions.AllowAll`).
    #[default]
    Any,
    /// Only the `--allow-origin` origins.
    AllowList,
    /// No CORS at all.
    None,
}

/// Who may call a part of the surface from another origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Policy {
    /// Every origin, with credentials.
    Any,
    /// These origins, with credentials.
    List(Vec<String>),
    /// Nobody: no CORS headers.
    Closed,
    /// The development rule of the admin endpoint and static files: loopback origins and
    /// these, without credentials.
    Loopback(Vec<String>),
}

impl Policy {
    /// The API's policy for a mode and the `--allow-origin` list.
    pub fn api(mode: CorsMode, listed: &[String]) -> Policy {
        match mode {
            CorsMode::Any => Policy::Any,
            CorsMode::AllowList => Policy::List(listed.to_vec()),
            CorsMode::None => Policy::Closed,
        }
    }

    pub fn allows(&self, origin: &str) -> bool {
        match self {
            Policy::Any => true,
            Policy::List(list) => list.iter().any(|o| same_origin_text(o, origin)),
            Policy::Closed => false,
            Policy::Loopback(list) => {
                is_loopback_origin(origin) || list.iter().any(|o| same_origin_text(o, origin))
            }
        }
    }

    fn credentials(&self) -> bool {
        matches!(self, Policy::Any | Policy::List(_))
    }
}

/// Origins compare as ASCII case-insensitive text, without a trailing slash (a common
/// spelling on command lines).
fn same_origin_text(listed: &str, origin: &str) -> bool {
    listed.trim_end_matches('/').eq_ignore_ascii_case(origin)
}

/// Whether a path is part of the API (the mode applies) rather than admin or static files.
pub fn is_api_path(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    p.starts_with("/miccsdk/")
        || p == "/authorizationserver/token"
        || p == "/authorizationserver/api/account"
        || p == "/demo/token"
}

fn is_signalr_path(path: &str) -> bool {
    path.to_ascii_lowercase().starts_with("/miccsdk/signalr/")
}

/// Whether `origin` names the host the request was sent to (`Host`), i.e. is not foreign.
fn is_same_origin(origin: &str, headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let authority = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .unwrap_or("");
    let default_port = |a: &str, port: &str| a.strip_suffix(port).map(str::to_owned);
    let normalise = |a: &str| {
        default_port(a, ":80")
            .filter(|_| origin.starts_with("http://"))
            .or_else(|| default_port(a, ":443").filter(|_| origin.starts_with("https://")))
            .unwrap_or_else(|| a.to_owned())
    };
    !authority.is_empty() && normalise(authority).eq_ignore_ascii_case(&normalise(host))
}

fn is_websocket_upgrade(headers: &HeaderMap) -> bool {
    headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
}

const ALLOW_METHODS: &str = "GET, POST, PUT, DELETE, PATCH, OPTIONS";
const LOOPBACK_HEADERS: &str = "authorization, content-type, accept, impersonate";
/// Clients must be able to read these to back off and to renew.
const EXPOSE: &str = "retry-after, www-authenticate";

fn put(headers: &mut HeaderMap, name: HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        headers.insert(name, v);
    }
}

fn vary_origin(headers: &mut HeaderMap) {
    headers.append(header::VARY, HeaderValue::from_static("origin"));
}

/// The CORS middleware of the whole router: picks the policy by path, answers preflights,
/// decorates answers, and refuses WebSocket upgrades from foreign origins.
pub async fn middleware(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let api = is_api_path(path);
    let policy = if api {
        Policy::api(state.config.cors, &state.config.allowed_origins)
    } else {
        Policy::Loopback(state.config.allowed_origins.clone())
    };
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .map(str::to_owned);
    let Some(origin) = origin else {
        return next.run(req).await;
    };
    let allowed = policy.allows(&origin);

    if is_signalr_path(path)
        && is_websocket_upgrade(req.headers())
        && !allowed
        && !is_same_origin(&origin, req.headers())
    {
        tracing::debug!(%origin, "WebSocket upgrade from a foreign origin refused");
        return (StatusCode::FORBIDDEN, "Origin not allowed.").into_response();
    }

    let preflight = req.method() == Method::OPTIONS
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    if preflight && policy != Policy::Closed {
        // Owin's CORS answers a preflight itself, granted or not; a refused one simply
        // carries no CORS headers, and the browser stops there. AllowAnyMethod and
        // AllowAnyHeader grant what the preflight asks for.
        let asked = |name: HeaderName| {
            req.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (methods, headers) = if policy.credentials() {
            (
                asked(header::ACCESS_CONTROL_REQUEST_METHOD),
                asked(header::ACCESS_CONTROL_REQUEST_HEADERS),
            )
        } else {
            (
                Some(ALLOW_METHODS.to_owned()),
                Some(LOOPBACK_HEADERS.to_owned()),
            )
        };
        let mut res = Response::new(Body::empty());
        let h = res.headers_mut();
        if grant_origin(h, &policy, allowed, &origin) {
            if let Some(m) = methods {
                put(h, header::ACCESS_CONTROL_ALLOW_METHODS, &m);
            }
            if let Some(hs) = headers {
                put(h, header::ACCESS_CONTROL_ALLOW_HEADERS, &hs);
            }
        }
        return res;
    }

    let mut res = next.run(req).await;
    if policy == Policy::Closed {
        return res;
    }
    let h = res.headers_mut();
    if grant_origin(h, &policy, allowed, &origin) {
        put(h, header::ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSE);
    }
    res
}

/// Marks the answer as varying by `Origin` and, when the origin is allowed, grants it (with
/// credentials where the policy gives them). Returns whether it was granted.
fn grant_origin(h: &mut HeaderMap, policy: &Policy, allowed: bool, origin: &str) -> bool {
    vary_origin(h);
    if allowed {
        put(h, header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if policy.credentials() {
            put(h, header::ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        }
    }
    allowed
}

fn is_loopback_origin(origin: &str) -> bool {
    let Some(rest) = origin.strip_prefix("http://") else {
        return false;
    };
    let host = rest.rsplit_once(':').map_or(rest, |(host, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            host
        } else {
            ""
        }
    });
    matches!(host, "localhost" | "127.0.0.1" | "[::1]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_origins_pass_the_development_rule() {
        for ok in [
            "http://localhost",
            "http://localhost:5173",
            "http://127.0.0.1:9",
            "http://[::1]:80",
        ] {
            assert!(is_loopback_origin(ok), "{ok}");
        }
        for bad in [
            "http://localhost.evil.com",
            "https://example.com",
            "http://127.0.0.1.nip.io:80",
            "http://evil.com:localhost",
            "null",
        ] {
            assert!(!is_loopback_origin(bad), "{bad}");
        }
    }

    #[test]
    fn policies_follow_the_mode() {
        let listed = vec!["https://crm.example.com/".to_owned()];
        let any = Policy::api(CorsMode::Any, &listed);
        assert!(any.allows("null") && any.allows("https://evil.example"));
        let list = Policy::api(CorsMode::AllowList, &listed);
        assert!(list.allows("https://CRM.example.com"));
        assert!(!list.allows("http://localhost:3000") && !list.allows("null"));
        assert!(!Policy::api(CorsMode::None, &listed).allows("https://crm.example.com"));
        let dev = Policy::Loopback(listed);
        assert!(dev.allows("http://127.0.0.1:4000") && dev.allows("https://crm.example.com"));
        assert!(!dev.allows("null"));
    }

    #[test]
    fn same_origin_compares_with_the_host_header() {
        let host = |h: &str| {
            let mut m = HeaderMap::new();
            m.insert(header::HOST, HeaderValue::from_str(h).unwrap());
            m
        };
        assert!(is_same_origin(
            "http://127.0.0.1:8080",
            &host("127.0.0.1:8080")
        ));
        assert!(is_same_origin("http://Sim.local", &host("sim.local:80")));
        assert!(!is_same_origin(
            "http://localhost:8080",
            &host("127.0.0.1:8080")
        ));
        assert!(!is_same_origin("null", &host("127.0.0.1:8080")));
        assert!(!is_same_origin("http://127.0.0.1:8080", &HeaderMap::new()));
    }

    #[test]
    fn api_paths_are_recognised_in_any_casing() {
        for p in [
            "/miccsdk/api/v1/queues/state",
            "/MiccSdk/SignalR/negotiate",
            "/AuthorizationServer/Token",
            "/authorizationserver/api/account",
        ] {
            assert!(is_api_path(p), "{p}");
        }
        for p in ["/admin/faults", "/pkg/x.wasm", "/", "/index.html"] {
            assert!(!is_api_path(p), "{p}");
        }
    }
}
