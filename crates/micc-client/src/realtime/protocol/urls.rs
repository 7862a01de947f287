//! The URLs of the SignalR endpoints, as the jQuery client 2.x builds them, plus the
//! MiCC's authentication parameter `sessionid=Bearer <token>` (browsers cannot set headers
//! on a WebSocket, so the token rides in the query string of every request).

use super::{CLIENT_PROTOCOL, Transport};
use micc_wire::percent::encode_component;

/// Path of the SignalR endpoints under the server URL (`/miccsdk` + the default `/signalr`).
pub const SIGNALR_PATH: &str = "/miccsdk/signalr";

/// A SignalR endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// `GET negotiate`: connection token, id and timing.
    Negotiate,
    /// `connect`: opens the transport (WebSocket upgrade, or the first long poll).
    Connect,
    /// `GET start`: confirms the transport once the init frame arrived (protocol >= 1.4).
    Start,
    /// `reconnect`: reopens a transport of the same connection, replaying from `messageId`.
    Reconnect,
    /// `poll`: the next long poll.
    Poll,
    /// `POST send`: a hub invocation over long polling (body `data=<json>`).
    Send,
    /// `POST abort`: ends the connection on the server.
    Abort,
    /// `GET ping`: keeps the server session alive.
    Ping,
}

impl Endpoint {
    pub const fn path(self) -> &'static str {
        match self {
            Endpoint::Negotiate => "negotiate",
            Endpoint::Connect => "connect",
            Endpoint::Start => "start",
            Endpoint::Reconnect => "reconnect",
            Endpoint::Poll => "poll",
            Endpoint::Send => "send",
            Endpoint::Abort => "abort",
            Endpoint::Ping => "ping",
        }
    }

    /// The HTTP method the jQuery client uses (its long polls are POSTs, as are send and abort).
    pub const fn method(self) -> Method {
        match self {
            Endpoint::Negotiate | Endpoint::Start | Endpoint::Ping => Method::Get,
            Endpoint::Connect
            | Endpoint::Reconnect
            | Endpoint::Poll
            | Endpoint::Send
            | Endpoint::Abort => Method::Post,
        }
    }
}

/// The HTTP methods (the SignalR endpoints use GET and POST): the API description's enum.
pub use micc_api::Method;

/// The parameters of one request beyond the endpoint. Empty ones are left out.
#[derive(Debug, Clone, Copy, Default)]
pub struct UrlParams<'a> {
    pub transport: Option<Transport>,
    pub connection_token: Option<&'a str>,
    /// The last cursor (`C`) received: the server replays what came after it.
    pub message_id: Option<&'a str>,
    /// The last groups token (`G`): the server rejoins the groups it lists.
    pub groups_token: Option<&'a str>,
    /// The jQuery client's cache-busting transport id (`tid`), sent on connect/reconnect.
    pub tid: Option<u32>,
}

/// Builds the URLs of one server and set of hubs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalrUrls {
    /// `{server}/miccsdk/signalr`, without a trailing slash.
    base: String,
    /// `connectionData`: `[{"name":"queuehub"},...]`, the hubs in lower case as the jQuery
    /// client writes them.
    connection_data: String,
}

/// Why a server URL was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadServerUrl(pub String);

impl std::fmt::Display for BadServerUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "server must be http(s)://host[:port][/path], got {:?}",
            self.0
        )
    }
}

impl std::error::Error for BadServerUrl {}

impl SignalrUrls {
    /// `server` is `http(s)://host[:port]`, optionally with a path prefix when a reverse proxy
    /// serves the SDK below one (`https://proxy/contact-center`); a trailing slash is ignored.
    pub fn new<S: AsRef<str>>(server: &str, hubs: &[S]) -> Result<Self, BadServerUrl> {
        let trimmed = server.trim().trim_end_matches('/');
        let rest = trimmed
            .strip_prefix("https://")
            .or_else(|| trimmed.strip_prefix("http://"))
            .ok_or_else(|| BadServerUrl(server.to_string()))?;
        let (host, path) = match rest.find('/') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        let host_ok = !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b".-:[]_".contains(&b));
        // A path prefix of plain segments: no query, fragment, spaces or dot segments.
        let path_ok = path.split('/').skip(1).all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~%!$&'()*+,;=:@".contains(&b))
        });
        if !host_ok || !path_ok {
            return Err(BadServerUrl(server.to_string()));
        }
        let hubs: Vec<serde_json::Value> = hubs
            .iter()
            .map(|h| serde_json::json!({ "name": h.as_ref().to_ascii_lowercase() }))
            .collect();
        Ok(SignalrUrls {
            base: format!("{trimmed}{SIGNALR_PATH}"),
            connection_data: serde_json::Value::Array(hubs).to_string(),
        })
    }

    /// `{server}/miccsdk/signalr`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The `connectionData` JSON (before URL encoding).
    pub fn connection_data(&self) -> &str {
        &self.connection_data
    }

    /// The URL of `endpoint`, authenticated with `access_token`. WebSocket endpoints
    /// (connect and reconnect with [`Transport::WebSockets`]) get a `ws:`/`wss:` scheme.
    pub fn url(&self, endpoint: Endpoint, params: &UrlParams<'_>, access_token: &str) -> String {
        let websocket = params.transport == Some(Transport::WebSockets)
            && matches!(endpoint, Endpoint::Connect | Endpoint::Reconnect);
        let base = if websocket {
            match self.base.strip_prefix("https://") {
                Some(rest) => format!("wss://{rest}"),
                None => format!(
                    "ws://{}",
                    self.base.strip_prefix("http://").unwrap_or(&self.base)
                ),
            }
        } else {
            self.base.clone()
        };
        let mut url = format!("{base}/{}", endpoint.path());
        let mut sep = '?';
        let mut push = |url: &mut String, name: &str, value: &str| {
            url.push(sep);
            sep = '&';
            url.push_str(name);
            url.push('=');
            url.push_str(&encode_component(value));
        };
        if let Some(t) = params.transport {
            push(&mut url, "transport", t.name());
        }
        push(&mut url, "clientProtocol", CLIENT_PROTOCOL);
        if let Some(token) = params.connection_token.filter(|s| !s.is_empty()) {
            push(&mut url, "connectionToken", token);
        }
        if let Some(id) = params.message_id.filter(|s| !s.is_empty()) {
            push(&mut url, "messageId", id);
        }
        if let Some(g) = params.groups_token.filter(|s| !s.is_empty()) {
            push(&mut url, "groupsToken", g);
        }
        if endpoint != Endpoint::Ping {
            push(&mut url, "connectionData", &self.connection_data);
        }
        if let Some(tid) = params.tid {
            push(&mut url, "tid", &tid.to_string());
        }
        push(&mut url, "sessionid", &format!("Bearer {access_token}"));
        url
    }
}

/// The form body of a `send` request: `data=<invocation JSON>`, URL-encoded.
pub fn send_body(invocation_json: &str) -> String {
    format!("data={}", encode_component(invocation_json))
}

/// The `Content-Type` of `send` and `abort` bodies.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=UTF-8";
