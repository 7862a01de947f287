//! A driver for the real-time state machine in tests: time is a number, IO is a queue the
//! test answers by hand.
#![allow(dead_code)]

use micc_client::realtime::connection::{
    ConnectionConfig, Event, HttpFailure, HttpRequest, HttpResponse, Io, RequestId, SocketEvent,
    SocketId,
};
use micc_client::realtime::reconnect::{ReconnectPolicy, ReconnectReason};
use micc_client::realtime::{Connection, Instant, State};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

pub const SERVER: &str = "http://127.0.0.1:8080";
pub const TOKEN: &str = "tok en";

/// The negotiate answer of micc-sim (fixtures/signalr/negotiate.json has a real one).
pub fn negotiate_body(keep_alive: &str, try_ws: bool) -> String {
    format!(
        r#"{{"Url":"/miccsdk/signalr","ConnectionToken":"AQ+/tok==","ConnectionId":"0b0b1f38-5a2e-4d1c-9a5c-2f7e8c1d0a11","KeepAliveTimeout":{keep_alive},"DisconnectTimeout":30.0,"ConnectionTimeout":110.0,"TryWebSockets":{try_ws},"ProtocolVersion":"1.5","TransportConnectTimeout":5.0,"LongPollDelay":0.0}}"#
    )
}

pub const STARTED: &str = r#"{ "Response": "started" }"#;
pub const INIT: &str = r#"{"C":"d-1,0|A,0|B,1","S":1,"M":[]}"#;

/// A policy that records what it was asked and answers from a script.
#[derive(Clone, Default)]
pub struct ScriptedPolicy {
    pub asked: Rc<RefCell<Vec<(u32, Duration, ReconnectReason)>>>,
    /// Delay for every attempt up to `give_up_after` (then `None`).
    pub delay: Duration,
    pub give_up_after: Option<u32>,
}

impl ReconnectPolicy for ScriptedPolicy {
    fn next_delay(
        &mut self,
        attempt: u32,
        elapsed: Duration,
        reason: &ReconnectReason,
    ) -> Option<Duration> {
        self.asked
            .borrow_mut()
            .push((attempt, elapsed, reason.clone()));
        match self.give_up_after {
            Some(n) if attempt > n => None,
            _ => Some(self.delay),
        }
    }
}

pub struct Harness {
    pub conn: Connection,
    pub now: Instant,
    pub io: Vec<Io>,
    pub events: Vec<Event>,
    pub policy: ScriptedPolicy,
}

impl Harness {
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    pub fn with(adjust: impl FnOnce(&mut ConnectionConfig)) -> Self {
        let policy = ScriptedPolicy {
            delay: Duration::from_millis(1000),
            ..ScriptedPolicy::default()
        };
        let mut config = ConnectionConfig::new(SERVER, TOKEN);
        config.reconnect_policy = Box::new(policy.clone());
        adjust(&mut config);
        Harness {
            conn: Connection::new(config).expect("valid server"),
            now: Instant::from_millis(1_000_000),
            io: Vec::new(),
            events: Vec::new(),
            policy,
        }
    }

    /// Moves IO and events out of the machine into the harness's lists.
    pub fn pump(&mut self) {
        while let Some(io) = self.conn.poll_io() {
            self.io.push(io);
        }
        while let Some(e) = self.conn.poll_event() {
            self.events.push(e);
        }
    }

    pub fn take_io(&mut self) -> Vec<Io> {
        self.pump();
        std::mem::take(&mut self.io)
    }

    pub fn take_events(&mut self) -> Vec<Event> {
        self.pump();
        std::mem::take(&mut self.events)
    }

    /// The HTTP requests among the pending IO whose URL contains `/{endpoint}?`, taken.
    pub fn take_http(&mut self, endpoint: &str) -> Vec<HttpRequest> {
        self.pump();
        let needle = format!("/{endpoint}?");
        let mut out = Vec::new();
        self.io.retain(|io| match io {
            Io::Http(r) if r.url.contains(&needle) => {
                out.push(r.clone());
                false
            }
            _ => true,
        });
        out
    }

    pub fn one_http(&mut self, endpoint: &str) -> HttpRequest {
        let mut all = self.take_http(endpoint);
        assert_eq!(
            all.len(),
            1,
            "expected one {endpoint} request, IO left: {:?}",
            self.io
        );
        all.remove(0)
    }

    /// The socket opened, taken from the pending IO.
    pub fn opened_socket(&mut self) -> (SocketId, String) {
        self.pump();
        let pos = self
            .io
            .iter()
            .position(|io| matches!(io, Io::OpenSocket { .. }))
            .unwrap_or_else(|| panic!("no OpenSocket in {:?}", self.io));
        match self.io.remove(pos) {
            Io::OpenSocket { id, url } => (id, url),
            _ => unreachable!(),
        }
    }

    /// Texts sent on sockets, taken.
    pub fn sent_texts(&mut self) -> Vec<String> {
        self.pump();
        let mut out = Vec::new();
        self.io.retain(|io| match io {
            Io::SendSocket { text, .. } => {
                out.push(text.clone());
                false
            }
            _ => true,
        });
        out
    }

    pub fn ok(&mut self, id: RequestId, body: &str) {
        self.conn.handle_http(
            self.now,
            id,
            Ok(HttpResponse {
                status: 200,
                body: body.to_string(),
            }),
        );
    }

    pub fn status(&mut self, id: RequestId, status: u16) {
        self.conn.handle_http(
            self.now,
            id,
            Ok(HttpResponse {
                status,
                body: String::new(),
            }),
        );
    }

    pub fn fail(&mut self, id: RequestId) {
        self.conn
            .handle_http(self.now, id, Err(HttpFailure("network down".into())));
    }

    pub fn socket(&mut self, id: SocketId, event: SocketEvent) {
        self.conn.handle_socket(self.now, id, event);
    }

    pub fn text(&mut self, id: SocketId, text: &str) {
        self.socket(id, SocketEvent::Text(text.to_string()));
    }

    pub fn closed(&mut self, id: SocketId) {
        self.socket(
            id,
            SocketEvent::Closed {
                code: Some(1006),
                reason: String::new(),
            },
        );
    }

    pub fn advance(&mut self, ms: u64) {
        self.now = Instant::from_millis(self.now.as_millis() + ms);
        self.conn.handle_timeout(self.now);
    }

    /// Advances to the machine's next timer.
    pub fn advance_to_timer(&mut self) {
        let at = self.conn.poll_timeout().expect("a timer");
        assert!(at >= self.now);
        self.now = at;
        self.conn.handle_timeout(self.now);
    }

    /// start, negotiate, WebSocket connect with init frame, start: connected.
    pub fn connect_ws(&mut self) -> SocketId {
        self.conn.start(self.now).expect("start");
        let n = self.one_http("negotiate");
        self.ok(n.id, &negotiate_body("20.0", true));
        let (socket, url) = self.opened_socket();
        assert!(
            url.starts_with("ws://127.0.0.1:8080/miccsdk/signalr/connect?"),
            "{url}"
        );
        self.socket(socket, SocketEvent::Opened);
        self.text(socket, INIT);
        let s = self.one_http("start");
        self.ok(s.id, STARTED);
        assert_eq!(self.conn.state(), State::Connected);
        socket
    }

    /// start, negotiate without WebSockets, long-polling connect, start: connected.
    pub fn connect_lp(&mut self) -> RequestId {
        self.conn.start(self.now).expect("start");
        let n = self.one_http("negotiate");
        self.ok(n.id, &negotiate_body("20.0", false));
        let c = self.one_http("connect");
        assert!(c.url.contains("transport=longPolling"), "{}", c.url);
        self.ok(c.id, INIT);
        let s = self.one_http("start");
        self.ok(s.id, STARTED);
        assert_eq!(self.conn.state(), State::Connected);
        self.advance(0);
        self.one_http("poll").id
    }
}

/// The value of query parameter `name` in `url`, percent-decoded.
pub fn query(url: &str, name: &str) -> Option<String> {
    let q = url.split_once('?')?.1;
    q.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| decode(v))
    })
}

pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}
