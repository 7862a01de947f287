//! The HTTP side of `/miccsdk/signalr/*`, checked in SignalR 2's order: the `sessionid`
//! token (401, empty body), the hubs of `connectionData` (unknown or duplicate: the
//! exception's 500), `negotiate` and `ping`, then the `transport` (400 "Protocol error:
//! Unknown transport."), the connection token (missing or not ours: 400; another user's:
//! 403), then the endpoint, recognised by the last path segment as SignalR's `EndsWith`
//! checks do. A `reconnect` rejoins the groups of its `groupsToken` (query, or the form of
//! a long poll) and only those.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio::sync::mpsc;

use super::conn::{Conn, TransportKind};
use super::hubs::{HubId, HubSet};
use super::invoke::{Reply, invoke};
use super::protocol::{self, messages};
use super::transport::{self, Chunk, ForeverStream};
use super::{identity, proxy};
use crate::AppState;
use crate::auth::Principal;

/// Largest invocation a WebSocket accepts (`MaxIncomingWebSocketMessageSize`, 64 KiB).
const MAX_WS_MESSAGE: usize = 64 * 1024;

/// Marks answers the compression layer must leave alone: SignalR disables IIS compression
/// and buffering so streams and keep-alives reach the client as written.
#[derive(Debug, Clone, Copy)]
pub struct Uncompressed;

/// The compression layer's predicate: everything but the answers marked [`Uncompressed`].
pub fn compressible(
    _: StatusCode,
    _: axum::http::Version,
    _: &axum::http::HeaderMap,
    extensions: &axum::http::Extensions,
) -> bool {
    extensions.get::<Uncompressed>().is_none()
}

/// The headers SignalR puts on every answer of its own, and the mark that keeps the
/// compression layer away.
fn with_signalr_headers(mut r: Response) -> Response {
    r.headers_mut().insert(
        header::HeaderName::from_static("x-content-type-options"),
        HeaderValue::from_static("nosniff"),
    );
    r.extensions_mut().insert(Uncompressed);
    r
}

fn json(body: String) -> Response {
    with_signalr_headers(
        (
            [(header::CONTENT_TYPE, "application/json; charset=UTF-8")],
            body,
        )
            .into_response(),
    )
}

/// `FailResponse`: a status and the message as the body.
fn fail(status: StatusCode, message: &str) -> Response {
    with_signalr_headers(
        (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            message.to_owned(),
        )
            .into_response(),
    )
}

fn stream(content_type: &'static str, rx: mpsc::Receiver<Chunk>) -> Response {
    let chunks = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    });
    with_signalr_headers(
        (
            [(header::CONTENT_TYPE, content_type)],
            Body::from_stream(chunks),
        )
            .into_response(),
    )
}

/// The request's query, decoded; names match case-insensitively as in ASP.NET.
struct Query(Vec<(String, String)>);

impl Query {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The hubs named in `connectionData`, or the message of the exception SignalR throws.
fn hubs_of(query: &Query) -> Result<HubSet, String> {
    let Some(data) = query.get("connectionData").filter(|d| !d.is_empty()) else {
        return Ok(HubSet::default());
    };
    protocol::parse_connection_data(data)?
        .iter()
        .map(|name| HubId::resolve(name).ok_or_else(|| messages::hub_not_resolved(name)))
        .collect()
}

/// Entry point for every request under `/miccsdk/signalr` (any casing).
pub async fn handle(State(state): State<Arc<AppState>>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    let query = Query(crate::rest::parse_query(req.uri().query().unwrap_or("")));
    let endpoint = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();

    if state.signalr.faults().block_signalr {
        return fail(StatusCode::NOT_FOUND, "Not Found");
    }
    if endpoint == "hubs" || endpoint == "js" {
        let trimmed = path.trim_end_matches('/');
        let base = trimmed.get(..trimmed.len() - endpoint.len()).unwrap_or("");
        return with_signalr_headers(proxy::response(base.trim_end_matches('/')));
    }

    let principal = match state.tokens.check(query.get("sessionid")) {
        Ok(p) => p,
        Err(reason) => {
            tracing::debug!(?reason, "SignalR request without a valid sessionid");
            return with_signalr_headers(StatusCode::UNAUTHORIZED.into_response());
        }
    };
    let hubs = match hubs_of(&query) {
        Ok(h) => h,
        Err(message) => return fail(StatusCode::INTERNAL_SERVER_ERROR, &message),
    };
    state.signalr.ensure_started(&state);

    match endpoint.as_str() {
        "negotiate" => return negotiate(&state, &path, &query, &principal),
        "ping" => return json(protocol::PONG.to_owned()),
        _ => {}
    }
    let Some(kind) = query.get("transport").and_then(TransportKind::parse) else {
        return fail(StatusCode::BAD_REQUEST, messages::UNKNOWN_TRANSPORT);
    };
    let Some(token) = query.get("connectionToken").filter(|t| !t.is_empty()) else {
        return fail(StatusCode::BAD_REQUEST, messages::MISSING_TOKEN);
    };
    let Some(claims) = state.signalr.verify_token(token) else {
        return fail(StatusCode::BAD_REQUEST, messages::BAD_TOKEN);
    };
    if !claims.user.eq_ignore_ascii_case(identity(&principal)) {
        return fail(StatusCode::FORBIDDEN, messages::OTHER_USER);
    }

    match (endpoint.as_str(), kind) {
        ("start", _) => {
            state.signalr.connection(&state, &claims, &principal, None);
            json(protocol::STARTED.to_owned())
        }
        ("abort", _) => {
            state.signalr.abort(&claims.connection_id);
            with_signalr_headers(([(header::CONTENT_TYPE, "text/plain")], "").into_response())
        }
        // Everything else on WebSockets must be an upgrade (even `send`: SignalR's
        // WebSocket transport only accepts sockets).
        (_, TransportKind::WebSockets) => {
            let conn = state
                .signalr
                .connection(&state, &claims, &principal, Some(hubs));
            if endpoint == "reconnect" {
                state
                    .signalr
                    .rejoin(&state, &conn, query.get("groupsToken"));
            }
            websocket(state, req, conn, principal, endpoint == "connect", &query).await
        }
        ("send", _) => {
            let conn = state.signalr.connection(&state, &claims, &principal, None);
            send(&state, req, &conn, &principal, &query).await
        }
        (_, TransportKind::ServerSentEvents) => {
            let conn = state
                .signalr
                .connection(&state, &claims, &principal, Some(hubs));
            let init = endpoint == "connect";
            let Some(at) = conn.resume_point(query.get("messageId")) else {
                return fail(StatusCode::INTERNAL_SERVER_ERROR, messages::INVALID_CURSOR);
            };
            if endpoint == "reconnect" {
                state
                    .signalr
                    .rejoin(&state, &conn, query.get("groupsToken"));
            }
            let lease = conn.attach(kind);
            let (tx, rx) = mpsc::channel(16);
            tokio::spawn(transport::forever(
                state.clone(),
                lease,
                ForeverStream::EventStream(tx),
                principal,
                init,
                at,
            ));
            stream("text/event-stream", rx)
        }
        (_, TransportKind::LongPolling) => {
            let conn = state
                .signalr
                .connection(&state, &claims, &principal, Some(hubs));
            long_poll(state, req, conn, &endpoint, &query).await
        }
    }
}

fn negotiate(state: &AppState, path: &str, query: &Query, principal: &Principal) -> Response {
    let (id, token) = state.signalr.new_connection_token(principal);
    // `LocalPath.Replace("/negotiate", "")`: case-sensitive, as in SignalR.
    let url = path.replace("/negotiate", "");
    let protocol = protocol::resolve_protocol(query.get("clientProtocol"));
    json(protocol::negotiate_body(
        &url,
        &token,
        &id,
        &state.signalr.settings.timing(),
        true,
        &protocol,
    ))
}

async fn websocket(
    state: Arc<AppState>,
    req: Request,
    conn: Arc<Conn>,
    principal: Principal,
    init: bool,
    query: &Query,
) -> Response {
    if state.signalr.faults().refuse_websockets {
        // What SignalR answers when a proxy stripped the upgrade headers.
        return fail(StatusCode::BAD_REQUEST, messages::NOT_WEBSOCKET);
    }
    let (mut parts, _body) = req.into_parts();
    let Ok(upgrade) = WebSocketUpgrade::from_request_parts(&mut parts, &()).await else {
        return fail(StatusCode::BAD_REQUEST, messages::NOT_WEBSOCKET);
    };
    let Some(at) = conn.resume_point(query.get("messageId")) else {
        return fail(StatusCode::INTERNAL_SERVER_ERROR, messages::INVALID_CURSOR);
    };
    let response = upgrade
        .max_message_size(MAX_WS_MESSAGE)
        .on_upgrade(move |socket| {
            let lease = conn.attach(TransportKind::WebSockets);
            transport::forever(
                state,
                lease,
                ForeverStream::WebSocket(Box::new(socket)),
                principal,
                init,
                at,
            )
        });
    with_signalr_headers(response)
}

async fn form_of(req: Request) -> Vec<(String, String)> {
    match axum::body::to_bytes(req.into_body(), crate::rest::MAX_BODY).await {
        Ok(bytes) => micc_wire::form::decode(&String::from_utf8_lossy(&bytes)),
        Err(_) => Vec::new(),
    }
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

async fn long_poll(
    state: Arc<AppState>,
    req: Request,
    conn: Arc<Conn>,
    endpoint: &str,
    query: &Query,
) -> Response {
    // The 2.x clients post the cursor and the groups token in the form; older ones put
    // them in the query (`LongPollingTransport` reads the query first).
    let form = form_of(req).await;
    let from_either = |name: &str| {
        query
            .get(name)
            .or_else(|| field(&form, name))
            .map(str::to_owned)
    };
    let cursor = from_either("messageId");
    let Some(at) = conn.resume_point(cursor.as_deref()) else {
        return fail(StatusCode::INTERNAL_SERVER_ERROR, messages::INVALID_CURSOR);
    };
    if endpoint == "reconnect" {
        let token = from_either("groupsToken");
        state.signalr.rejoin(&state, &conn, token.as_deref());
    }
    let init = endpoint == "connect";
    let lease = conn.attach(TransportKind::LongPolling);
    let (tx, rx) = mpsc::channel(16);
    tokio::spawn(transport::long_poll(state, lease, tx, init, at));
    stream("application/json; charset=UTF-8", rx)
}

async fn send(
    state: &AppState,
    req: Request,
    conn: &Arc<Conn>,
    principal: &Principal,
    query: &Query,
) -> Response {
    let form = form_of(req).await;
    let data = field(&form, "data")
        .or_else(|| query.get("data"))
        .unwrap_or("");
    match invoke(state, conn, principal, data) {
        Reply::Answer(answer) => json(answer),
        // The exception escapes `ProcessSendRequest`: the host answers 500.
        Reply::Unresolved(message) => fail(StatusCode::INTERNAL_SERVER_ERROR, &message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_data_resolves_hub_names_case_insensitively() {
        let q = |data: &str| Query(vec![("connectiondata".into(), data.into())]);
        let set = hubs_of(&q(r#"[{"name":"queuehub"},{"name":"AGENTHUB"}]"#)).unwrap();
        assert!(set.contains(HubId::Queue) && set.contains(HubId::Agent));
        assert!(!set.contains(HubId::Employee));
        assert_eq!(
            hubs_of(&q(r#"[{"name":"chathub"}]"#)).unwrap_err(),
            "'chathub' Hub could not be resolved."
        );
        assert_eq!(hubs_of(&Query(Vec::new())).unwrap(), HubSet::default());
    }
}
