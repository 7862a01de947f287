//! A connected state machine fed arbitrary frames, socket events, HTTP answers and time:
//! it must never panic, and its timers must never lie in the past after handle_timeout.
#![no_main]

use libfuzzer_sys::fuzz_target;
use micc_client::realtime::connection::{HttpResponse, Io, SocketEvent, Topic};
use micc_client::realtime::{Connection, ConnectionConfig, Instant};

const NEGOTIATE: &str = r#"{"Url":"/miccsdk/signalr","ConnectionToken":"t","ConnectionId":"i","KeepAliveTimeout":20.0,"DisconnectTimeout":30.0,"ConnectionTimeout":110.0,"TryWebSockets":true,"ProtocolVersion":"1.5","TransportConnectTimeout":5.0,"LongPollDelay":0.0}"#;

fuzz_target!(|data: &[u8]| {
    let Ok(mut conn) = Connection::new(ConnectionConfig::new("http://127.0.0.1:1", "tok")) else {
        return;
    };
    let mut now = Instant::from_millis(0);
    let _ = conn.subscribe(now, Topic::QueueState, &["q1"]);
    let _ = conn.start(now);
    let mut socket = None;
    let mut requests = Vec::new();
    // Each chunk (split at 0xff) is one input; its first byte picks which.
    for chunk in data.split(|b| *b == 0xff) {
        while let Some(io) = conn.poll_io() {
            match io {
                Io::OpenSocket { id, .. } => socket = Some(id),
                Io::Http(r) => requests.push(r),
                _ => {}
            }
        }
        while conn.poll_event().is_some() {}
        let (op, rest) = chunk.split_first().map_or((0, &[][..]), |(o, r)| (*o, r));
        let text = String::from_utf8_lossy(rest).into_owned();
        match op % 6 {
            0 => {
                if let Some(r) = requests.pop() {
                    let body = if r.url.contains("/negotiate?") {
                        NEGOTIATE.to_string()
                    } else {
                        text
                    };
                    conn.handle_http(now, r.id, Ok(HttpResponse { status: 200, body }));
                }
            }
            1 => {
                if let Some(s) = socket {
                    conn.handle_socket(now, s, SocketEvent::Opened);
                }
            }
            2 => {
                if let Some(s) = socket {
                    conn.handle_socket(now, s, SocketEvent::Text(text));
                }
            }
            3 => {
                if let Some(s) = socket.take() {
                    conn.handle_socket(
                        now,
                        s,
                        SocketEvent::Closed {
                            code: None,
                            reason: text,
                        },
                    );
                }
            }
            4 => {
                let ms = rest
                    .iter()
                    .fold(0u64, |a, b| a.wrapping_mul(256).wrapping_add(u64::from(*b)));
                now = Instant::from_millis(now.as_millis().saturating_add(ms % 200_000));
                conn.handle_timeout(now);
                assert!(conn.poll_timeout().is_none_or(|t| t > now));
            }
            _ => {
                let _ = conn.invoke(now, "queueHub", &text, vec![]);
                let _ = conn.subscribe(now, Topic::QueueConversations, &[text.as_str()]);
            }
        }
    }
    conn.stop(now);
});
