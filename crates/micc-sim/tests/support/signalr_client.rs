//! A minimal SignalR 2 client for the tests of groups, CORS and client generations: the
//! simulator served in-process and on a loopback socket (WebSockets need one), negotiate,
//! WebSocket connect/reconnect with any query, long polls and sends as forms.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::{Method, StatusCode};
use futures::{SinkExt, StreamExt};
use micc_sim::Config;
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::common::{Answer, Sim};

pub type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

pub const WAIT: Duration = Duration::from_secs(5);
/// How long "nothing arrives" is watched for.
pub const QUIET: Duration = Duration::from_millis(400);

/// `encodeURIComponent`, as the jQuery client encodes query values.
pub fn enc(s: &str) -> String {
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

pub fn frozen() -> Config {
    Config {
        speed: 0.0,
        ..Config::default()
    }
}

pub struct Live {
    pub sim: Sim,
    pub addr: SocketAddr,
}

pub async fn live(config: Config) -> Live {
    let sim = Sim::new(config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = sim.router.clone();
    tokio::spawn(async move { axum::serve(listener, router).await });
    Live { sim, addr }
}

/// One client's identity: bearer token, hubs (`connectionData`, may be empty), protocol.
#[derive(Clone)]
pub struct Client {
    pub bearer: String,
    pub hubs: String,
    pub protocol: String,
    pub token: String,
    pub id: String,
}

impl Client {
    pub fn query(&self, transport: &str) -> String {
        let mut q = format!(
            "transport={transport}&clientProtocol={}&sessionid={}&connectionToken={}",
            self.protocol,
            enc(&format!("Bearer {}", self.bearer)),
            enc(&self.token),
        );
        if !self.hubs.is_empty() {
            q.push_str(&format!("&connectionData={}", enc(&self.hubs)));
        }
        q
    }

    pub fn path(&self, endpoint: &str, transport: &str) -> String {
        format!("/miccsdk/signalr/{endpoint}?{}", self.query(transport))
    }
}

impl Live {
    pub async fn get(&self, uri: &str) -> Answer {
        self.sim.send(Method::GET, uri, &[], None).await
    }

    pub async fn post_form(&self, uri: &str, form: &str) -> Answer {
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

    pub async fn negotiate_with(&self, bearer: &str, hubs: &str, protocol: &str) -> Client {
        let mut uri = format!(
            "/miccsdk/signalr/negotiate?clientProtocol={protocol}&sessionid={}",
            enc(&format!("Bearer {bearer}"))
        );
        if !hubs.is_empty() {
            uri.push_str(&format!("&connectionData={}", enc(hubs)));
        }
        let a = self.get(&uri).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
        let n = a.json();
        assert_eq!(n["ProtocolVersion"], protocol_answer(protocol), "{n}");
        Client {
            bearer: bearer.to_owned(),
            hubs: hubs.to_owned(),
            protocol: protocol.to_owned(),
            token: n["ConnectionToken"].as_str().unwrap().to_owned(),
            id: n["ConnectionId"].as_str().unwrap().to_owned(),
        }
    }

    /// Negotiates as a 2.4 client (clientProtocol 2.1) with no hubs in `connectionData`,
    /// as a page that creates its proxies after `start()`.
    pub async fn negotiate(&self, bearer: &str) -> Client {
        self.negotiate_with(bearer, "", "2.1").await
    }

    pub async fn ws(&self, c: &Client, endpoint: &str, extra: &str) -> Ws {
        let url = format!(
            "ws://{}/miccsdk/signalr/{endpoint}?{}{extra}",
            self.addr,
            c.query("webSockets")
        );
        tokio_tungstenite::connect_async(url).await.unwrap().0
    }

    /// Connects over WebSockets; returns the socket and the init frame's cursor.
    pub async fn ws_connect(&self, c: &Client) -> (Ws, String) {
        let mut ws = self.ws(c, "connect", "").await;
        let init = next_json(&mut ws).await;
        assert_eq!(init["S"], 1, "{init}");
        (ws, init["C"].as_str().unwrap().to_owned())
    }

    pub async fn send(&self, c: &Client, transport: &str, invocation: Value) -> Answer {
        self.post_form(
            &c.path("send", transport),
            &format!("data={}", enc(&invocation.to_string())),
        )
        .await
    }

    pub async fn supervisor(&self) -> String {
        self.sim.password_token("supervisor", "supervisor").await
    }

    pub async fn agent(&self) -> String {
        self.sim.password_token("agent", "agent").await
    }

    pub async fn connection(&self, id: &str) -> Value {
        let a = self.get("/admin/signalr/connections").await;
        a.json()
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["connectionId"] == id)
            .cloned()
            .unwrap_or(Value::Null)
    }

    pub fn queue_id(&self, q: usize) -> String {
        self.sim.state.world.lock().unwrap().queues[q].id.clone()
    }

    pub async fn dnd(&self, queue: &str, on: bool) {
        self.sim
            .admin(&format!("/queues/{queue}/dnd"), json!({ "on": on }))
            .await;
    }

    /// Cuts the connection's WebSocket off the network.
    pub async fn drop_transport(&self, id: &str, all: bool) {
        let a = self
            .sim
            .admin(
                "/signalr/drop",
                json!({ "connectionId": id, "allTransports": all }),
            )
            .await;
        assert_eq!(a.json()["dropped"], 1, "{}", a.text);
    }
}

/// What negotiate answers a client protocol with (SignalR 2.2's range, 1.2..1.5).
fn protocol_answer(client: &str) -> &str {
    match client {
        "2.1" | "2.0" => "1.5",
        other => other,
    }
}

pub async fn next_text(ws: &mut Ws) -> String {
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

pub async fn next_json(ws: &mut Ws) -> Value {
    serde_json::from_str(&next_text(ws).await).unwrap()
}

/// The next persistent response with hub messages (skipping keep-alives, answers and
/// frames that only carry a groups token).
pub async fn next_messages(ws: &mut Ws) -> Vec<Value> {
    loop {
        let v = next_json(ws).await;
        if let Some(m) = v
            .get("M")
            .and_then(Value::as_array)
            .filter(|m| !m.is_empty())
        {
            return m.clone();
        }
    }
}

/// The next groups token a frame carries.
pub async fn next_groups_token(ws: &mut Ws) -> String {
    loop {
        let v = next_json(ws).await;
        if let Some(g) = v.get("G").and_then(Value::as_str) {
            assert!(v["C"].is_string(), "{v}");
            return g.to_owned();
        }
    }
}

/// Watches the socket for `QUIET`: every hub message that arrives.
pub async fn messages_within_quiet(ws: &mut Ws) -> Vec<Value> {
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + QUIET;
    while let Ok(Some(Ok(Message::Text(t)))) = tokio::time::timeout_at(deadline, ws.next()).await {
        let v: Value = serde_json::from_str(&t).unwrap();
        if let Some(m) = v.get("M").and_then(Value::as_array) {
            out.extend(m.iter().cloned());
        }
    }
    out
}

/// Invokes a hub method over the socket; returns its answer (skipping other frames).
pub async fn invoke(ws: &mut Ws, hub: &str, method: &str, args: Value, id: u32) -> Value {
    let call = json!({ "H": hub, "M": method, "A": args, "I": id });
    ws.send(Message::Text(call.to_string().into()))
        .await
        .unwrap();
    loop {
        let v = next_json(ws).await;
        if v.get("I").and_then(Value::as_str) == Some(id.to_string().as_str()) {
            return v;
        }
    }
}

/// Waits until the socket is cut (no close frame).
pub async fn wait_cut(ws: &mut Ws) {
    loop {
        match timeout(WAIT, ws.next()).await.expect("not cut in time") {
            None | Some(Err(_)) => return,
            Some(Ok(Message::Close(_))) => panic!("a close frame, not a cut"),
            Some(Ok(_)) => {}
        }
    }
}
