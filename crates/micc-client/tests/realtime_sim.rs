//! The core against the real simulator: a minimal threaded driver (std only: blocking HTTP
//! and WebSocket over `TcpStream`, one thread per request or socket reader) carries out the
//! machine's IO against a `micc-sim` process. Proves that the URLs, forms and frames the core
//! builds and reads are the ones the simulator speaks, over WebSockets and long polling,
//! including a dropped WebSocket and its reconnect.
//!
//! Needs the simulator binary: `MICC_SIM_BIN`, or `target/debug/micc-sim` (which `cargo test
//! --workspace` builds, because micc-sim has integration tests). Without it the tests say so
//! and pass.
#![cfg(not(target_arch = "wasm32"))]

use micc_client::realtime::connection::{
    Event, HttpFailure, HttpResponse, Io, SocketEvent, SocketId, Topic,
};
use micc_client::realtime::{Connection, ConnectionConfig, HubEvent, Instant, State, Transport};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

struct Sim {
    child: Child,
    base: String,
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sim() -> Sim {
    let bin = std::env::var("MICC_SIM_BIN")
        .unwrap_or_else(|_| format!("{}/../../target/debug/micc-sim", env!("CARGO_MANIFEST_DIR")));
    // `cargo test --workspace` builds the simulator's binary before it runs any test; a run of
    // this crate alone needs it built first. A missing binary fails, it is never a skip.
    assert!(
        std::path::Path::new(&bin).exists(),
        "no simulator at {bin}: run `cargo build -p micc-sim` or set MICC_SIM_BIN"
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(bin)
        // A fixed start in the center's opening hours (2026-01-01 10:00 UTC): with the
        // default (now) the simulated day follows the wall clock, and from late evening
        // the test's queue gets no arrivals when the clock is advanced (seen at 21:49).
        .args([
            "--port",
            &port.to_string(),
            "--speed",
            "0",
            "--seed",
            "7",
            "--start-time",
            "1767261600000",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let sim = Sim {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..100 {
        if http("GET", &format!("{}/admin/health", sim.base), None, &[]).is_ok() {
            return sim;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("micc-sim did not start");
}

/// `http://host:port/path?query` split into the address and the request target.
fn split(url: &str) -> (String, String) {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("ws://"))
        .unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    (
        host.to_string(),
        if path.is_empty() {
            "/".into()
        } else {
            path.to_string()
        },
    )
}

/// A blocking HTTP/1.1 request (`Connection: close`, chunked answers decoded).
fn http(
    method: &str,
    url: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Result<(u16, String), String> {
    let (host, path) = split(url);
    let mut s = TcpStream::connect(&host).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(130))).ok();
    let body = body.unwrap_or("");
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").ok_or("no header end")?;
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    Ok((status, body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].strip_prefix("\r\n").unwrap_or(&rest[n..]);
    }
    out
}

enum Input {
    Http(
        micc_client::realtime::connection::RequestId,
        Result<HttpResponse, HttpFailure>,
    ),
    Socket(SocketId, SocketEvent),
}

/// Opens a WebSocket; a reader thread reports its frames.
fn open_ws(url: &str, id: SocketId, tx: Sender<Input>) -> Option<TcpStream> {
    let (host, path) = split(url);
    let mut s = TcpStream::connect(&host).ok()?;
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    );
    s.write_all(req.as_bytes()).ok()?;
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if s.read(&mut b).ok()? == 0 {
            return None;
        }
        head.push(b[0]);
    }
    if !String::from_utf8_lossy(&head).starts_with("HTTP/1.1 101") {
        return None;
    }
    let mut r = s.try_clone().ok()?;
    let _ = tx.send(Input::Socket(id, SocketEvent::Opened));
    std::thread::spawn(move || {
        let mut exact = |n: usize| -> Option<Vec<u8>> {
            let mut buf = vec![0u8; n];
            r.read_exact(&mut buf).ok()?;
            Some(buf)
        };
        let mut message = Vec::new();
        while let Some(h) = exact(2) {
            let mut n = u64::from(h[1] & 0x7f);
            if n == 126 {
                let Some(e) = exact(2) else { break };
                n = u64::from(u16::from_be_bytes([e[0], e[1]]));
            } else if n == 127 {
                let Some(e) = exact(8) else { break };
                n = u64::from_be_bytes(e.try_into().unwrap());
            }
            let Some(payload) = exact(n as usize) else {
                break;
            };
            match h[0] & 0x0f {
                8 => break,
                9 | 10 => continue,
                _ => message.extend_from_slice(&payload),
            }
            if h[0] & 0x80 != 0 {
                let text = String::from_utf8_lossy(&std::mem::take(&mut message)).into_owned();
                let _ = tx.send(Input::Socket(id, SocketEvent::Text(text)));
            }
        }
        let _ = tx.send(Input::Socket(
            id,
            SocketEvent::Closed {
                code: None,
                reason: String::new(),
            },
        ));
    });
    Some(s)
}

fn ws_send(s: &mut TcpStream, text: &str) {
    let p = text.as_bytes();
    let mut frame = vec![0x81u8];
    match p.len() {
        n if n < 126 => frame.push(0x80 | n as u8),
        n if n < 65536 => {
            frame.push(0x80 | 126);
            frame.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            frame.push(0x80 | 127);
            frame.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    let mask = [0x12u8, 0x34, 0x56, 0x78];
    frame.extend_from_slice(&mask);
    frame.extend(p.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    let _ = s.write_all(&frame);
}

struct Driver {
    conn: Connection,
    t0: std::time::Instant,
    tx: Sender<Input>,
    rx: Receiver<Input>,
    sockets: HashMap<SocketId, TcpStream>,
    seen: Vec<Event>,
}

impl Driver {
    fn new(conn: Connection) -> Self {
        let (tx, rx) = channel();
        Driver {
            conn,
            t0: std::time::Instant::now(),
            tx,
            rx,
            sockets: HashMap::new(),
            seen: Vec::new(),
        }
    }

    fn now(&self) -> Instant {
        Instant::from_millis(self.t0.elapsed().as_millis() as u64)
    }

    fn carry_out(&mut self) {
        while let Some(io) = self.conn.poll_io() {
            match io {
                Io::Http(r) => {
                    let tx = self.tx.clone();
                    std::thread::spawn(move || {
                        let form = [(
                            "Content-Type",
                            "application/x-www-form-urlencoded; charset=UTF-8",
                        )];
                        let answer = http(
                            r.method.as_str(),
                            &r.url,
                            r.body.as_deref(),
                            if r.body.is_some() { &form } else { &[] },
                        )
                        .map(|(status, body)| HttpResponse { status, body })
                        .map_err(HttpFailure);
                        let _ = tx.send(Input::Http(r.id, answer));
                    });
                }
                Io::OpenSocket { id, url } => match open_ws(&url, id, self.tx.clone()) {
                    Some(s) => {
                        self.sockets.insert(id, s);
                    }
                    None => {
                        let _ = self.tx.send(Input::Socket(
                            id,
                            SocketEvent::Closed {
                                code: None,
                                reason: "refused".into(),
                            },
                        ));
                    }
                },
                Io::SendSocket { id, text } => {
                    if let Some(s) = self.sockets.get_mut(&id) {
                        ws_send(s, &text);
                    }
                }
                Io::CloseSocket { id } => {
                    if let Some(s) = self.sockets.remove(&id) {
                        let _ = s.shutdown(std::net::Shutdown::Both);
                    }
                }
                Io::CancelHttp(_) => {} // its answer will be ignored
            }
        }
    }

    /// Runs the machine until `until` matches an event (true) or `limit` passes (false).
    fn run(&mut self, limit: Duration, mut until: impl FnMut(&Event) -> bool) -> bool {
        let end = std::time::Instant::now() + limit;
        loop {
            self.carry_out();
            let mut hit = false;
            while let Some(e) = self.conn.poll_event() {
                hit |= until(&e);
                self.seen.push(e);
            }
            if hit {
                return true;
            }
            if std::time::Instant::now() >= end {
                return false;
            }
            let wait = self
                .conn
                .poll_timeout()
                .map(|t| {
                    Duration::from_millis(t.as_millis().saturating_sub(self.now().as_millis()))
                })
                .unwrap_or(Duration::from_millis(50))
                .min(Duration::from_millis(50));
            match self.rx.recv_timeout(wait) {
                Ok(Input::Http(id, a)) => self.conn.handle_http(self.now(), id, a),
                Ok(Input::Socket(id, e)) => self.conn.handle_socket(self.now(), id, e),
                Err(_) => {}
            }
            self.conn.handle_timeout(self.now());
        }
    }
}

fn token(sim: &Sim) -> String {
    let (status, body) = http(
        "POST",
        &format!("{}/authorizationserver/token", sim.base),
        Some("grant_type=password&username=supervisor&password=supervisor"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
    )
    .unwrap();
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["access_token"].as_str().unwrap().to_string()
}

fn first_queue(sim: &Sim, token: &str) -> String {
    let auth = format!("Bearer {token}");
    let (_, body) = http(
        "GET",
        &format!("{}/miccsdk/api/v1/queues/state", sim.base),
        None,
        &[("Authorization", &auth)],
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let q = &v["_embedded"]["items"][0];
    q.get("id")
        .or_else(|| q.get("Id"))
        .and_then(|i| i.as_str())
        .unwrap()
        .to_string()
}

fn advance_clock(sim: &Sim) {
    let (status, _) = http(
        "POST",
        &format!("{}/admin/clock/advance", sim.base),
        Some(r#"{"seconds":300}"#),
        &[("Content-Type", "application/json")],
    )
    .unwrap();
    assert_eq!(status, 200);
}

fn is_queue_event(e: &Event) -> bool {
    matches!(
        e,
        Event::Hub {
            event: HubEvent::QueueStateChanged(_),
            ..
        }
    )
}

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn websocket_connect_subscribe_events_drop_and_reconnect_against_the_simulator() {
    let sim = sim();
    let token = token(&sim);
    let queue = first_queue(&sim, &token);
    let mut d = Driver::new(Connection::new(ConnectionConfig::new(&sim.base, &token)).unwrap());
    d.conn
        .subscribe(d.now(), Topic::QueueState, &[queue.as_str()])
        .unwrap();
    d.conn.start(d.now()).unwrap();
    assert!(
        d.run(
            WAIT,
            |e| matches!(e, Event::SnapshotNeeded(s) if s.ids == [queue.clone()])
        ),
        "{:?}",
        d.seen
    );
    assert_eq!(d.conn.transport(), Some(Transport::WebSockets));
    assert!(
        !d.seen
            .iter()
            .any(|e| matches!(e, Event::TransportFallback { .. } | Event::Warning(_))),
        "{:?}",
        d.seen
    );
    advance_clock(&sim);
    assert!(d.run(WAIT, is_queue_event), "{:?}", d.seen);
    // The simulator drops every WebSocket: the machine reconnects the same connection.
    let (status, _) = http(
        "POST",
        &format!("{}/admin/signalr/drop", sim.base),
        Some("{}"),
        &[("Content-Type", "application/json")],
    )
    .unwrap();
    assert_eq!(status, 200);
    assert!(
        d.run(WAIT, |e| matches!(e, Event::Reconnected { .. })),
        "{:?}",
        d.seen
    );
    assert_eq!(d.conn.state(), State::Connected);
    // Without a groups token (the simulator may not send one yet) the groups are not
    // restored: the monitor is added again and a snapshot asked for.
    if d.seen.contains(&Event::Reconnected { restored: false }) {
        assert!(
            d.run(WAIT, |e| matches!(e, Event::SnapshotNeeded(_))),
            "{:?}",
            d.seen
        );
    }
    advance_clock(&sim);
    d.seen.clear();
    assert!(d.run(WAIT, is_queue_event), "{:?}", d.seen);
    d.conn.stop(d.now());
    d.run(Duration::from_millis(300), |_| false);
    assert_eq!(d.conn.state(), State::Disconnected);
}

#[test]
fn long_polling_connect_subscribe_and_events_against_the_simulator() {
    let sim = sim();
    let token = token(&sim);
    let queue = first_queue(&sim, &token);
    let mut config = ConnectionConfig::new(&sim.base, &token);
    config.transports = vec![Transport::LongPolling];
    let mut d = Driver::new(Connection::new(config).unwrap());
    d.conn
        .subscribe(d.now(), Topic::QueueState, &[queue.as_str()])
        .unwrap();
    d.conn
        .subscribe(d.now(), Topic::Me, &[] as &[&str])
        .unwrap();
    d.conn.start(d.now()).unwrap();
    assert!(
        d.run(
            WAIT,
            |e| matches!(e, Event::SnapshotNeeded(s) if s.topic == Topic::Me)
        ),
        "{:?}",
        d.seen
    );
    // The queue's monitor must be in place before the clock moves, or its changes are made
    // before the server would send them (a slow machine answers the two monitors apart).
    if !d
        .seen
        .iter()
        .any(|e| matches!(e, Event::SnapshotNeeded(s) if s.topic == Topic::QueueState))
    {
        assert!(
            d.run(
                WAIT,
                |e| matches!(e, Event::SnapshotNeeded(s) if s.topic == Topic::QueueState)
            ),
            "{:?}",
            d.seen
        );
    }
    assert_eq!(d.conn.transport(), Some(Transport::LongPolling));
    advance_clock(&sim);
    assert!(d.run(WAIT, is_queue_event), "{:?}", d.seen);
    assert!(
        !d.seen.iter().any(|e| matches!(e, Event::Warning(_))),
        "{:?}",
        d.seen
    );
    d.conn.stop(d.now());
}
