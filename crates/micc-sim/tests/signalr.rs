//! The real-time channel against the wire behaviour of classic ASP.NET SignalR 2: negotiate,
//! connect over WebSockets, server-sent events and long polling, hub invocations and their
//! errors, events after REST writes and admin actions, reconnects with a cursor, abort,
//! keep-alives, expiry, authentication and the faults. HTTP requests go into the router
//! in-process; WebSockets need a socket, so each test also serves the same state on
//! 127.0.0.1:0.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::{Answer, Sim};
use futures::{SinkExt, StreamExt};
use http_body_util::BodyExt;
use micc_sim::Config;
use micc_sim::wire::WireForm;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};
use tower::ServiceExt;

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

const QUEUE_HUB: &str = r#"[{"name":"queuehub"}]"#;
const ALL_HUBS: &str = r#"[{"name":"queuehub"},{"name":"employeehub"},{"name":"agenthub"}]"#;
const WAIT: Duration = Duration::from_secs(5);

/// `encodeURIComponent`, as the jQuery client encodes query values.
fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A simulator served in-process and on a loopback socket.
struct Live {
    sim: Sim,
    addr: SocketAddr,
}

async fn live(config: Config) -> Live {
    let sim = Sim::new(config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = sim.router.clone();
    tokio::spawn(async move { axum::serve(listener, router).await });
    Live { sim, addr }
}

fn frozen() -> Config {
    Config {
        speed: 0.0,
        ..Config::default()
    }
}

/// One SignalR client's identity: its `sessionid` token, hubs and connection token.
#[derive(Clone)]
struct Client {
    bearer: String,
    hubs: String,
    token: String,
    id: String,
}

impl Client {
    fn query(&self, transport: &str) -> String {
        format!(
            "transport={transport}&clientProtocol=2.1&sessionid={}&connectionToken={}&connectionData={}",
            enc(&format!("Bearer {}", self.bearer)),
            enc(&self.token),
            enc(&self.hubs)
        )
    }

    fn path(&self, endpoint: &str, transport: &str) -> String {
        format!("/miccsdk/signalr/{endpoint}?{}", self.query(transport))
    }
}

impl Live {
    async fn get(&self, uri: &str) -> Answer {
        self.sim.send(Method::GET, uri, &[], None).await
    }

    async fn post_form(&self, uri: &str, form: &str) -> Answer {
        self.sim
            .send(
                Method::POST,
                uri,
                &[(
                    "content-type",
                    "application/x-www-form-urlencoded; charset=UTF-8",
                )],
                Some(form.to_owned()),
            )
            .await
    }

    async fn negotiate(&self, bearer: &str, hubs: &str) -> Client {
        let a = self
            .get(&format!(
                "/miccsdk/signalr/negotiate?clientProtocol=2.1&sessionid={}&connectionData={}",
                enc(&format!("Bearer {bearer}")),
                enc(hubs)
            ))
            .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
        let n = a.json();
        Client {
            bearer: bearer.to_owned(),
            hubs: hubs.to_owned(),
            token: n["ConnectionToken"].as_str().unwrap().to_owned(),
            id: n["ConnectionId"].as_str().unwrap().to_owned(),
        }
    }

    async fn start(&self, c: &Client, transport: &str) {
        let a = self.get(&c.path("start", transport)).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
        assert_eq!(a.text, "{ \"Response\": \"started\" }");
    }

    async fn ws(&self, c: &Client, endpoint: &str, extra: &str) -> Ws {
        let url = format!(
            "ws://{}/miccsdk/signalr/{endpoint}?{}{extra}",
            self.addr,
            c.query("webSockets")
        );
        tokio_tungstenite::connect_async(url).await.unwrap().0
    }

    /// Negotiates, connects over WebSockets, checks the init frame and starts.
    async fn ws_connected(&self, bearer: &str, hubs: &str) -> (Client, Ws, String) {
        let c = self.negotiate(bearer, hubs).await;
        let mut ws = self.ws(&c, "connect", "").await;
        let init = next_json(&mut ws).await;
        assert_eq!(init["S"], 1, "{init}");
        assert_eq!(init["M"], json!([]));
        let cursor = init["C"].as_str().unwrap().to_owned();
        self.start(&c, "webSockets").await;
        (c, ws, cursor)
    }

    async fn send(&self, c: &Client, transport: &str, invocation: Value) -> Answer {
        self.post_form(
            &c.path("send", transport),
            &format!("data={}", enc(&invocation.to_string())),
        )
        .await
    }

    async fn supervisor(&self) -> String {
        self.sim.password_token("supervisor", "supervisor").await
    }

    async fn connections(&self) -> Vec<Value> {
        let a = self.get("/admin/signalr/connections").await;
        a.json().as_array().unwrap().clone()
    }

    fn queue_id(&self, q: usize) -> String {
        self.sim.state.world.lock().unwrap().queues[q].id.clone()
    }
}

async fn next_text(ws: &mut Ws) -> String {
    loop {
        let msg = timeout(WAIT, ws.next())
            .await
            .expect("no frame in time")
            .expect("socket closed")
            .expect("socket error");
        if let Message::Text(t) = msg {
            return t.to_string();
        }
    }
}

async fn next_json(ws: &mut Ws) -> Value {
    serde_json::from_str(&next_text(ws).await).unwrap()
}

/// The next persistent response with messages (skipping keep-alives and hub answers).
async fn next_messages(ws: &mut Ws) -> (String, Vec<Value>) {
    loop {
        let v = next_json(ws).await;
        if let Some(m) = v
            .get("M")
            .and_then(Value::as_array)
            .filter(|m| !m.is_empty())
        {
            return (v["C"].as_str().unwrap().to_owned(), m.clone());
        }
    }
}

/// The hub answer to invocation `id` (skipping keep-alives).
async fn answer(ws: &mut Ws, id: &str) -> Value {
    loop {
        let v = next_json(ws).await;
        if v.get("I").and_then(Value::as_str) == Some(id) {
            return v;
        }
        assert!(
            v.get("M").is_none() || v["M"] == json!([]),
            "unexpected {v}"
        );
    }
}

async fn invoke(ws: &mut Ws, hub: &str, method: &str, args: Value, id: u32) -> Value {
    let call = json!({ "H": hub, "M": method, "A": args, "I": id });
    ws.send(Message::Text(call.to_string().into()))
        .await
        .unwrap();
    answer(ws, &id.to_string()).await
}

#[tokio::test]
async fn negotiate_answers_like_signalr_2() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let base = format!(
        "/miccsdk/signalr/negotiate?sessionid=Bearer%20{t}&connectionData={}",
        enc(QUEUE_HUB)
    );
    let a = l
        .get(&format!("{base}&clientProtocol=2.1&_=1700000000000"))
        .await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.headers["content-type"], "application/json; charset=UTF-8");
    assert_eq!(a.headers["x-content-type-options"], "nosniff");
    let n = a.json();
    let keys: Vec<&str> = n.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "Url",
            "ConnectionToken",
            "ConnectionId",
            "KeepAliveTimeout",
            "DisconnectTimeout",
            "ConnectionTimeout",
            "TryWebSockets",
            "ProtocolVersion",
            "TransportConnectTimeout",
            "LongPollDelay"
        ]
    );
    assert_eq!(n["Url"], "/miccsdk/signalr");
    assert_eq!(n["ProtocolVersion"], "1.5");
    assert_eq!(n["TryWebSockets"], true);
    assert_eq!(n["KeepAliveTimeout"], 20.0);
    assert_eq!(n["DisconnectTimeout"], 30.0);
    assert_eq!(n["ConnectionTimeout"], 110.0);
    assert_eq!(n["TransportConnectTimeout"], 5.0);
    assert_eq!(n["LongPollDelay"], 0.0);
    assert!(a.text.contains("\"KeepAliveTimeout\":20.0"), "{}", a.text);
    let id = n["ConnectionId"].as_str().unwrap();
    assert_eq!(id.len(), 36);
    assert_ne!(n["ConnectionToken"], n["ConnectionId"]);
    // Versions are clamped; none at all resolves to 1.2, which 2.x clients refuse.
    let v = |q: &str| {
        let uri = format!("{base}{q}");
        let l = &l;
        async move { l.get(&uri).await.json()["ProtocolVersion"].clone() }
    };
    assert_eq!(v("").await, "1.2");
    assert_eq!(v("&clientProtocol=1.4").await, "1.4");
    assert_eq!(v("&clientProtocol=banana").await, "1.2");
    // Any casing of the path; the Url echoes it (minus "/negotiate").
    let a = l
        .get(&format!(
            "/MiccSdk/SignalR/negotiate?clientProtocol=1.5&sessionid=Bearer+{t}"
        ))
        .await;
    assert_eq!(a.json()["Url"], "/MiccSdk/SignalR");
}

#[tokio::test]
async fn ping_start_and_abort_answer_like_signalr_2() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let a = l
        .get(&format!("/miccsdk/signalr/ping?sessionid=Bearer+{t}"))
        .await;
    assert_eq!(a.text, "{ \"Response\": \"pong\" }");
    let c = l.negotiate(&t, QUEUE_HUB).await;
    l.start(&c, "longPolling").await;
    let a = l.post_form(&c.path("abort", "longPolling"), "").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.text, "");
    assert_eq!(a.headers["content-type"], "text/plain");
}

#[tokio::test]
async fn requests_without_a_valid_sessionid_get_401() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    let no_session = format!(
        "/miccsdk/signalr/negotiate?clientProtocol=2.1&connectionData={}",
        enc(QUEUE_HUB)
    );
    for uri in [
        no_session.clone(),
        format!("{no_session}&sessionid=Bearer%20nope"),
        format!("{no_session}&sessionid={t}"),
        "/miccsdk/signalr/ping".to_owned(),
    ] {
        let a = l.get(&uri).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{uri}");
        assert_eq!(a.text, "", "{uri}");
    }
    // The Authorization header does not count: browsers cannot set it on a WebSocket.
    let a = l
        .sim
        .send(
            Method::GET,
            &no_session,
            &[("authorization", &format!("Bearer {t}"))],
            None,
        )
        .await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);

    // Expired and revoked tokens fail every request of an existing connection.
    l.sim.admin("/tokens/expire", json!({})).await;
    let a = l.get(&c.path("start", "longPolling")).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    let t2 = l.supervisor().await;
    let c2 = l.negotiate(&t2, QUEUE_HUB).await;
    l.sim
        .admin("/tokens/revoke", json!({ "user": "supervisor" }))
        .await;
    let a = l.post_form(&c2.path("connect", "longPolling"), "").await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    // A WebSocket upgrade is refused before it happens.
    let url = format!("ws://{}{}", l.addr, c2.path("connect", "webSockets"));
    match tokio_tungstenite::connect_async(url).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(r)) => assert_eq!(r.status(), 401),
        other => panic!("expected 401, got {:?}", other.map(|_| ())),
    }
}

#[tokio::test]
async fn connection_tokens_and_transports_are_checked() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    let session = enc(&format!("Bearer {t}"));
    let a = l
        .get(&format!(
            "/miccsdk/signalr/start?transport=longPolling&clientProtocol=2.1&sessionid={session}"
        ))
        .await;
    assert_eq!(
        (a.status, a.text.as_str()),
        (
            StatusCode::BAD_REQUEST,
            "Protocol error: Missing connection token."
        )
    );
    let bad = Client {
        token: "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA".into(),
        ..c.clone()
    };
    let a = l.get(&bad.path("start", "longPolling")).await;
    assert_eq!(
        (a.status, a.text.as_str()),
        (
            StatusCode::BAD_REQUEST,
            "The ConnectionId is in the incorrect format."
        )
    );
    // An unencoded token ('+' read as a space) is just as wrong.
    let raw = format!(
        "/miccsdk/signalr/start?transport=longPolling&clientProtocol=2.1&sessionid={session}&connectionToken={}",
        c.token
    );
    if c.token.contains('+') {
        assert_eq!(l.get(&raw).await.status, StatusCode::BAD_REQUEST);
    }
    for transport in ["", "carrierPigeon", "foreverFrame"] {
        let a = l.get(&c.path("start", transport)).await;
        assert_eq!(
            (a.status, a.text.as_str()),
            (
                StatusCode::BAD_REQUEST,
                "Protocol error: Unknown transport."
            ),
            "{transport}"
        );
    }
    // Transport names are case-insensitive.
    l.start(&c, "LONGPOLLING").await;
    // Another user's token: 403.
    let agent = l.sim.password_token("agent", "agent").await;
    let stolen = Client {
        bearer: agent,
        ..c.clone()
    };
    let a = l.get(&stolen.path("start", "longPolling")).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert_eq!(
        a.text,
        "Unrecognized user identity. The user identity cannot change during an active SignalR connection."
    );
    // WebSockets only accept upgrades.
    let a = l.get(&c.path("connect", "webSockets")).await;
    assert_eq!(
        (a.status, a.text.as_str()),
        (StatusCode::BAD_REQUEST, "Not a valid web socket request.")
    );
}

#[tokio::test]
async fn unknown_hubs_in_connection_data_fail_with_500() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    for (data, message) in [
        (
            r#"[{"name":"chathub"}]"#,
            "'chathub' Hub could not be resolved.",
        ),
        (
            r#"[{"name":"queuehub"},{"name":"QueueHub"}]"#,
            "Duplicate Hub names found.",
        ),
    ] {
        let a = l
            .get(&format!(
                "/miccsdk/signalr/negotiate?clientProtocol=2.1&sessionid=Bearer+{t}&connectionData={}",
                enc(data)
            ))
            .await;
        assert_eq!(a.status, StatusCode::INTERNAL_SERVER_ERROR, "{data}");
        assert_eq!(a.text, message);
    }
}

#[tokio::test]
async fn websockets_invoke_and_receive_queue_state_after_admin_dnd() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    let q = l.queue_id(2);
    let name = l.sim.state.world.lock().unwrap().queues[2].name.clone();
    let r = invoke(&mut ws, "queuehub", "addStateMonitor", json!([[name]]), 0).await;
    assert_eq!(r, json!({ "I": "0" }));
    let listed = l.connections().await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["connectionId"], c.id.as_str());
    assert_eq!(listed[0]["transport"], "webSockets");
    assert_eq!(listed[0]["queueStateMonitors"], json!([q]));

    l.sim
        .admin(&format!("/queues/{q}/dnd"), json!({ "on": true }))
        .await;
    let (cursor, messages) = next_messages(&mut ws).await;
    assert!(cursor.starts_with("d-"), "{cursor}");
    assert_eq!(messages.len(), 1);
    let m = &messages[0];
    assert_eq!(m["H"], "queueHub");
    assert_eq!(m["M"], "queueStateChanged");
    let rest = l.sim.get(&format!("/queues/{q}/state"), &t).await;
    assert_eq!(m["A"], json!([rest]));
    assert_eq!(m["A"][0]["isInDoNotDisturb"], true);

    // Other queues stay quiet; removing the monitor ends the events.
    l.sim
        .admin(
            &format!("/queues/{}/dnd", l.queue_id(3)),
            json!({ "on": true }),
        )
        .await;
    let r = invoke(&mut ws, "queueHub", "removeStateMonitor", json!([[q]]), 1).await;
    assert_eq!(r, json!({ "I": "1" }));
    l.sim
        .admin(&format!("/queues/{q}/dnd"), json!({ "on": false }))
        .await;
    assert!(
        timeout(Duration::from_millis(400), next_messages(&mut ws))
            .await
            .is_err()
    );
}

#[tokio::test]
async fn websocket_keep_alives_come_every_third_of_the_disconnect_timeout() {
    let l = live(Config {
        signalr_disconnect_timeout: 1.5,
        ..frozen()
    })
    .await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    let n = l
        .get(&format!(
            "/miccsdk/signalr/negotiate?clientProtocol=2.1&sessionid=Bearer+{t}"
        ))
        .await
        .json();
    assert_eq!(n["DisconnectTimeout"], 1.5);
    assert_eq!(n["KeepAliveTimeout"], 1.0);
    let mut ws = l.ws(&c, "connect", "").await;
    let init = next_json(&mut ws).await;
    assert_eq!(init["S"], 1);
    let mut last = Instant::now();
    for _ in 0..3 {
        assert_eq!(next_text(&mut ws).await, "{}");
        let gap = last.elapsed();
        assert!(
            (Duration::from_millis(250)..Duration::from_millis(1400)).contains(&gap),
            "{gap:?}"
        );
        last = Instant::now();
    }
}

#[tokio::test]
async fn long_polling_delivers_employee_state_after_a_rest_write() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let hubs = r#"[{"name":"employeehub"}]"#;
    let c = l.negotiate(&t, hubs).await;
    let a = l.post_form(&c.path("connect", "longPolling"), "").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.headers["content-type"], "application/json; charset=UTF-8");
    let init = a.json();
    assert_eq!(init["S"], 1, "{init}");
    let cursor = init["C"].as_str().unwrap().to_owned();
    l.start(&c, "longPolling").await;
    let r = l
        .send(
            &c,
            "longPolling",
            json!({ "H": "employeehub", "M": "addSelfMonitor", "A": [], "I": 0 }),
        )
        .await;
    assert_eq!(
        (r.status, r.text.as_str()),
        (StatusCode::OK, "{\"I\":\"0\"}")
    );

    // The monitor changed the groups: the next poll answers at once with the new groups
    // token (and no messages), which the following polls carry.
    let a = l
        .post_form(
            &c.path("poll", "longPolling"),
            &format!("messageId={}", enc(&cursor)),
        )
        .await;
    let v: Value = serde_json::from_str(a.text.trim_start()).unwrap();
    assert!(v["G"].is_string() && v["M"] == json!([]), "{v}");
    let cursor = v["C"].as_str().unwrap().to_owned();

    // A poll waits until something happens.
    let poll = {
        let router = l.sim.router.clone();
        let uri = c.path("poll", "longPolling");
        let body = format!("messageId={}", enc(&cursor));
        tokio::spawn(async move {
            let req = Request::post(uri)
                .header(
                    "content-type",
                    "application/x-www-form-urlencoded; charset=UTF-8",
                )
                .body(Body::from(body))
                .unwrap();
            let res = router.oneshot(req).await.unwrap();
            let bytes = res.into_body().collect().await.unwrap().to_bytes();
            String::from_utf8(bytes.to_vec()).unwrap()
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!poll.is_finished());
    let a = l
        .sim
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "state": "Busy", "reason": "Lunch" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let text = timeout(WAIT, poll).await.unwrap().unwrap();
    let v: Value = serde_json::from_str(text.trim_start()).unwrap();
    assert_ne!(v["C"], cursor.as_str());
    let m = &v["M"][0];
    assert_eq!(
        (m["H"].as_str(), m["M"].as_str()),
        (Some("employeeHub"), Some("employeeStateChanged"))
    );
    let rest = l.sim.get("/employees/me/state", &t).await;
    assert_eq!(m["A"][0], rest);

    // Polling with the new cursor: nothing more until the connection timeout.
    let listed = l.connections().await;
    assert_eq!(listed[0]["selfMonitor"], rest["id"]);
}

#[tokio::test]
async fn long_polls_end_empty_after_the_connection_timeout_with_space_keep_alives() {
    let l = live(Config {
        signalr_disconnect_timeout: 0.9,
        signalr_connection_timeout: 1.0,
        ..frozen()
    })
    .await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    let init = l
        .post_form(&c.path("connect", "longPolling"), "")
        .await
        .json();
    let cursor = init["C"].as_str().unwrap();
    let started = Instant::now();
    let a = l
        .post_form(
            &c.path("poll", "longPolling"),
            &format!("messageId={}", enc(cursor)),
        )
        .await;
    let took = started.elapsed();
    assert!(
        (Duration::from_millis(900)..Duration::from_millis(2000)).contains(&took),
        "{took:?}"
    );
    // Keep-alives (every 0.3 s) are spaces before the answer.
    assert!(a.text.starts_with("  "), "{:?}", a.text);
    let v: Value = serde_json::from_str(a.text.trim_start()).unwrap();
    assert_eq!(v, json!({ "C": cursor, "M": [] }));
}

#[tokio::test]
async fn reconnect_with_a_cursor_after_a_drop_loses_nothing() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    let q = l.queue_id(1);
    invoke(&mut ws, "queuehub", "addStateMonitor", json!([[q]]), 0).await;
    // The monitor is a group: its token must come back with every reconnect.
    let groups = loop {
        let v = next_json(&mut ws).await;
        if let Some(g) = v["G"].as_str() {
            break format!("&groupsToken={}", enc(g));
        }
    };
    l.sim
        .admin(&format!("/queues/{q}/dnd"), json!({ "on": true }))
        .await;
    let (cursor, _) = next_messages(&mut ws).await;

    let dropped = l
        .sim
        .admin("/signalr/drop", json!({ "connectionId": c.id }))
        .await
        .json();
    assert_eq!(dropped["dropped"], 1);
    // The socket ends without a close frame.
    match timeout(WAIT, ws.next()).await.unwrap() {
        None | Some(Err(_)) => {}
        Some(Ok(m)) => panic!("expected a cut, got {m:?}"),
    }
    // Meanwhile the queue changes three times.
    for on in [false, true, false] {
        l.sim
            .admin(&format!("/queues/{q}/dnd"), json!({ "on": on }))
            .await;
    }
    // Delivery is asynchronous: wait until the connection buffered all four.
    let started = Instant::now();
    loop {
        let listed = l.connections().await;
        assert_eq!(listed[0]["transport"], Value::Null);
        if listed[0]["buffered"] == 4 {
            break;
        }
        assert!(started.elapsed() < WAIT, "{listed:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let mut ws = l
        .ws(
            &c,
            "reconnect",
            &format!("&messageId={}{groups}", enc(&cursor)),
        )
        .await;
    let mut seen = Vec::new();
    while seen.len() < 3 {
        let (_, messages) = next_messages(&mut ws).await;
        seen.extend(
            messages
                .iter()
                .map(|m| m["A"][0]["isInDoNotDisturb"].clone()),
        );
    }
    assert_eq!(seen, [false, true, false]);
    // Without a cursor a reconnect starts from the present.
    drop(ws);
    let mut ws = l.ws(&c, "reconnect", &groups).await;
    l.sim
        .admin(&format!("/queues/{q}/dnd"), json!({ "on": true }))
        .await;
    let (_, messages) = next_messages(&mut ws).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["A"][0]["isInDoNotDisturb"], true);
}

#[tokio::test]
async fn abort_forgets_the_connection_and_ends_its_transport() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    invoke(
        &mut ws,
        "queuehub",
        "addStateMonitor",
        json!([[l.queue_id(0)]]),
        0,
    )
    .await;
    let a = l.post_form(&c.path("abort", "webSockets"), "").await;
    assert_eq!(a.status, StatusCode::OK);
    // The server closes the socket cleanly.
    loop {
        match timeout(WAIT, ws.next()).await.unwrap() {
            Some(Ok(Message::Close(_))) | None => break,
            // Keep-alives, and the groups token frame of the monitor.
            Some(Ok(Message::Text(t))) => {
                let v: Value = serde_json::from_str(t.as_str()).unwrap();
                assert!(
                    v == json!({}) || v["G"].is_string() && v["M"] == json!([]),
                    "{v}"
                );
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(l.connections().await.is_empty());
    assert!(
        !l.sim
            .state
            .signalr
            .interested(&micc_sim::world::Change::QueueState(0))
    );
}

#[tokio::test]
async fn connections_that_stop_polling_expire() {
    let l = live(Config {
        signalr_disconnect_timeout: 0.6,
        signalr_connection_timeout: 0.5,
        ..frozen()
    })
    .await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    l.post_form(&c.path("connect", "longPolling"), "").await;
    l.start(&c, "longPolling").await;
    assert_eq!(l.connections().await.len(), 1);
    let started = Instant::now();
    while !l.connections().await.is_empty() {
        assert!(started.elapsed() < Duration::from_secs(3), "never expired");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(started.elapsed() >= Duration::from_millis(450));
    // The token stays valid (as SignalR's): a late poll gets a fresh connection.
    let a = l
        .post_form(&c.path("poll", "longPolling"), "messageId=d-1-B,0")
        .await;
    assert_eq!(a.status, StatusCode::OK);
}

#[tokio::test]
async fn invocation_errors_match_signalr() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (c, mut ws, _) = l.ws_connected(&t, ALL_HUBS).await;
    let r = invoke(&mut ws, "queuehub", "fly", json!([]), 0).await;
    assert_eq!(
        r,
        json!({ "I": "0", "E": "There was an error invoking Hub method 'queuehub.fly'." })
    );
    for (i, args) in [
        json!([]),
        json!(["q"]),
        json!([null]),
        json!([[["nested"]]]),
    ]
    .into_iter()
    .enumerate()
    {
        let id = i as u32 + 1;
        let r = invoke(&mut ws, "queuehub", "addStateMonitor", args.clone(), id).await;
        assert_eq!(
            r["E"], "There was an error invoking Hub method 'queuehub.addStateMonitor'.",
            "{args}"
        );
    }
    let r = invoke(
        &mut ws,
        "queuehub",
        "addConversationMonitor",
        json!([["no such queue"]]),
        9,
    )
    .await;
    assert_eq!(
        r,
        json!({ "I": "9", "H": true, "E": "Queue 'no such queue' was not found." })
    );
    // An unknown hub is an exception outside the hub pipeline: no answer at all...
    let call = json!({ "H": "chathub", "M": "send", "A": [], "I": 10 });
    ws.send(Message::Text(call.to_string().into()))
        .await
        .unwrap();
    ws.send(Message::Text("not json".into())).await.unwrap();
    let r = invoke(&mut ws, "employeehub", "addSelfMonitor", json!([]), 11).await;
    assert_eq!(r, json!({ "I": "11" }));
    // ...and on /send a 500.
    let a = l.send(&c, "longPolling", call).await;
    assert_eq!(
        (a.status, a.text.as_str()),
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            "'chathub' Hub could not be resolved."
        )
    );

    // A queue an agent does not serve, and a system token on employeeHub.
    let agent = l.sim.password_token("agent", "agent").await;
    let hidden = {
        let w = l.sim.state.world.lock().unwrap();
        let e = w.employee_by_key("agent").unwrap();
        let served: Vec<usize> = w.employees[e]
            .agents
            .iter()
            .flat_map(|&a| w.agent_queues(a).to_vec())
            .collect();
        (0..w.queues.len())
            .find(|q| !served.contains(q))
            .map(|q| w.queues[q].id.clone())
            .unwrap()
    };
    let ca = l.negotiate(&agent, QUEUE_HUB).await;
    let a = l
        .send(
            &ca,
            "longPolling",
            json!({ "H": "queuehub", "M": "addStateMonitor", "A": [[hidden]], "I": 0 }),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK);
    let v = a.json();
    assert_eq!(v["H"], true);
    assert_eq!(
        v["E"],
        "May view real-time information on the devices contained in this list only"
    );
    let system = l.sim.client_token(None).await;
    let cs = l.negotiate(&system, r#"[{"name":"employeehub"}]"#).await;
    let v = l
        .send(
            &cs,
            "longPolling",
            json!({ "H": "EmployeeHub", "M": "AddSelfMonitor", "A": [], "I": "x" }),
        )
        .await
        .json();
    assert_eq!(v["I"], "x");
    assert_eq!(v["H"], true);
    assert!(
        v["E"].as_str().unwrap().contains("token issued to a user"),
        "{v}"
    );
}

#[tokio::test]
async fn monitor_events_reach_hubs_missing_from_connection_data() {
    // Monitors are groups (wire-facts): the client only named queueHub, yet its self
    // monitor on employeeHub delivers.
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (_c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    let r = invoke(&mut ws, "employeehub", "addSelfMonitor", json!([]), 0).await;
    assert_eq!(r, json!({ "I": "0" }));
    let a = l
        .sim
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "state": "Busy", "reason": "Lunch" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK);
    let (_, messages) = next_messages(&mut ws).await;
    assert!(
        messages
            .iter()
            .any(|m| m["H"] == "employeeHub" && m["M"] == "employeeStateChanged"),
        "{messages:?}"
    );
}

#[tokio::test]
async fn agent_hub_pushes_the_agent_states_the_user_may_see() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (_c, mut ws, _) = l.ws_connected(&t, r#"[{"name":"agenthub"}]"#).await;
    l.sim
        .admin(
            "/employees/agent/state",
            json!({ "presence": "DoNotDisturb", "reason": "Training" }),
        )
        .await;
    let (_, messages) = next_messages(&mut ws).await;
    let m = &messages[0];
    assert_eq!(
        (m["H"].as_str(), m["M"].as_str()),
        (Some("agentHub"), Some("onAgentStateChanged"))
    );
    let id = m["A"][0]["id"].as_str().unwrap();
    let rest = l.sim.get(&format!("/agents/{id}/state"), &t).await;
    assert_eq!(m["A"][0], rest);
}

#[tokio::test]
async fn clock_advance_pushes_queue_conversations() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (_c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    let all: Vec<String> = (0..12).map(|q| l.queue_id(q)).collect();
    let r = invoke(
        &mut ws,
        "queuehub",
        "addConversationMonitor",
        json!([all]),
        0,
    )
    .await;
    assert_eq!(r, json!({ "I": "0" }));
    l.sim.advance(900.0).await;
    let (_, messages) = next_messages(&mut ws).await;
    let m = &messages[0];
    assert_eq!(m["H"], "queueHub");
    assert!(
        ["queueConversationChanged", "queueConversationRemoved"]
            .contains(&m["M"].as_str().unwrap()),
        "{m}"
    );
    // Arrays: of models when changed, of conversation ids when removed.
    let list = m["A"][0].as_array().expect("an array");
    assert_eq!(list.len(), 1, "{m}");
    if m["M"] == "queueConversationChanged" {
        assert!(list[0]["conversationId"].is_string(), "{m}");
    } else {
        assert!(list[0].is_string(), "{m}");
    }
}

#[tokio::test]
async fn events_use_the_configured_wire_form() {
    let l = live(Config {
        wire: WireForm::Pascal,
        ..frozen()
    })
    .await;
    let t = l.supervisor().await;
    let (_c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    let q = l.queue_id(0);
    invoke(&mut ws, "queuehub", "addStateMonitor", json!([[q]]), 0).await;
    l.sim
        .admin(&format!("/queues/{q}/dnd"), json!({ "on": true }))
        .await;
    let (_, messages) = next_messages(&mut ws).await;
    let state = &messages[0]["A"][0];
    assert_eq!(state["IsInDoNotDisturb"], true);
    assert!(state["MediaType"].is_i64(), "{state}");
}

#[tokio::test]
async fn server_sent_events_stream_frames() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    let req = Request::get(c.path("connect", "serverSentEvents"))
        .body(Body::empty())
        .unwrap();
    let res = l.sim.router.clone().oneshot(req).await.unwrap();
    assert_eq!(res.headers()["content-type"], "text/event-stream");
    let mut body = res.into_body();
    let mut text = String::new();
    while !text.contains("\"S\":1") {
        let frame = timeout(WAIT, body.frame()).await.unwrap().unwrap().unwrap();
        text.push_str(&String::from_utf8_lossy(frame.data_ref().unwrap()));
    }
    assert!(
        text.starts_with("data: initialized\n\ndata: {\"C\":"),
        "{text}"
    );
    l.start(&c, "serverSentEvents").await;
    let q = l.queue_id(0);
    let r = l
        .send(
            &c,
            "serverSentEvents",
            json!({ "H": "queuehub", "M": "addStateMonitor", "A": [[q]], "I": 0 }),
        )
        .await;
    assert_eq!(r.text, "{\"I\":\"0\"}");
    l.sim
        .admin(&format!("/queues/{q}/dnd"), json!({ "on": true }))
        .await;
    let mut text = String::new();
    while !text.contains("queueStateChanged") {
        let frame = timeout(WAIT, body.frame()).await.unwrap().unwrap().unwrap();
        text.push_str(&String::from_utf8_lossy(frame.data_ref().unwrap()));
    }
    assert!(
        text.starts_with("data: {\"C\":") && text.ends_with("\n\n"),
        "{text}"
    );
    l.post_form(&c.path("abort", "serverSentEvents"), "").await;
    assert!(timeout(WAIT, body.frame()).await.unwrap().is_none());
}

#[tokio::test]
async fn faults_refuse_upgrades_duplicate_and_delay() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let put = |body: Value| {
        let sim = &l.sim;
        async move {
            let a = sim
                .send(
                    Method::PUT,
                    "/admin/signalr/faults",
                    &[("content-type", "application/json")],
                    Some(body.to_string()),
                )
                .await;
            assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
        }
    };
    put(json!({ "refuseWebSockets": true })).await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    let url = format!("ws://{}{}", l.addr, c.path("connect", "webSockets"));
    match tokio_tungstenite::connect_async(url).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(r)) => assert_eq!(r.status(), 400),
        other => panic!("expected 400, got {:?}", other.map(|_| ())),
    }

    put(json!({ "duplicateRate": 1.0 })).await;
    let (_c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    let q = l.queue_id(0);
    invoke(&mut ws, "queuehub", "addStateMonitor", json!([[q]]), 0).await;
    l.sim
        .admin(&format!("/queues/{q}/dnd"), json!({ "on": true }))
        .await;
    let first = next_messages(&mut ws).await;
    let second = next_messages(&mut ws).await;
    assert_eq!(first, second);

    put(json!({ "pollDelayMs": 400 })).await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    let started = Instant::now();
    l.post_form(&c.path("connect", "longPolling"), "").await;
    assert!(started.elapsed() >= Duration::from_millis(400));

    // DELETE /admin/faults clears these too.
    let a = l.sim.send(Method::DELETE, "/admin/faults", &[], None).await;
    assert_eq!(a.status, StatusCode::NO_CONTENT);
    let f = l.get("/admin/signalr/faults").await.json();
    assert_eq!(f["pollDelayMs"], 0);
    assert_eq!(f["duplicateRate"], 0.0);
}

#[tokio::test]
async fn stalled_polls_hold_until_the_fault_is_lifted() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t, QUEUE_HUB).await;
    l.sim
        .send(
            Method::PUT,
            "/admin/signalr/faults",
            &[("content-type", "application/json")],
            Some(json!({ "stallPolls": true }).to_string()),
        )
        .await;
    let router = l.sim.router.clone();
    let uri = c.path("connect", "longPolling");
    let poll = tokio::spawn(async move {
        let req = Request::post(uri).body(Body::empty()).unwrap();
        let res = router.oneshot(req).await.unwrap();
        res.into_body().collect().await.unwrap().to_bytes()
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!poll.is_finished());
    let a = l.sim.send(Method::DELETE, "/admin/faults", &[], None).await;
    assert_eq!(a.status, StatusCode::NO_CONTENT);
    let body = timeout(WAIT, poll).await.unwrap().unwrap();
    let v: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["S"], 1);
}

#[tokio::test]
async fn the_hubs_proxy_script_is_served() {
    let l = live(frozen()).await;
    let a = l.get("/miccsdk/signalr/hubs").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        a.headers["content-type"],
        "application/javascript; charset=UTF-8"
    );
    assert!(
        a.text
            .contains("$.hubConnection(\"/miccsdk/signalr\", { useDefaultPath: false })")
    );
    assert!(a.text.contains("proxies['queueHub'].server = {"));
    assert!(a.text.contains("addStateMonitor: function (ids)"));
    assert!(a.headers.get("content-encoding").is_none());
}

#[tokio::test]
async fn the_fan_out_survives_lagging_behind_the_event_stream() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let (_c, mut ws, _) = l.ws_connected(&t, QUEUE_HUB).await;
    let all: Vec<String> = (0..12).map(|q| l.queue_id(q)).collect();
    invoke(&mut ws, "queuehub", "addStateMonitor", json!([all]), 0).await;
    invoke(
        &mut ws,
        "queuehub",
        "addConversationMonitor",
        json!([all]),
        1,
    )
    .await;
    // Two simulated days in one publish: far more events than the stream holds, and on
    // this single-threaded runtime the fan-out cannot read any of them meanwhile.
    l.sim.advance(86_400.0).await;
    // The fan-out re-sends every monitored queue's state after lagging.
    let started = Instant::now();
    while l.sim.state.signalr.resyncs() == 0 {
        assert!(started.elapsed() < WAIT, "the fan-out never lagged");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut states = std::collections::HashSet::new();
    while states.len() < all.len() {
        let (_, messages) = next_messages(&mut ws).await;
        for m in messages.iter().filter(|m| m["M"] == "queueStateChanged") {
            states.insert(m["A"][0]["id"].as_str().unwrap().to_owned());
        }
    }
    // And it keeps working afterwards.
    l.sim
        .admin(&format!("/queues/{}/dnd", all[0]), json!({ "on": true }))
        .await;
    loop {
        let (_, messages) = next_messages(&mut ws).await;
        if messages
            .iter()
            .any(|m| m["M"] == "queueStateChanged" && m["A"][0]["isInDoNotDisturb"] == true)
        {
            break;
        }
    }
}
