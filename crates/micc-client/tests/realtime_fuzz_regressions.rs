//! Inputs that once broke (or were written to break) the real-time parsers and the state
//! machine. Every crash `scripts/fuzz.sh` finds is added here, with the target that found it.

mod realtime_support;

use micc_client::realtime::connection::{SocketEvent, Topic};
use micc_client::realtime::hubs::decode_event;
use micc_client::realtime::protocol::Limits;
use micc_client::realtime::protocol::frame::{parse_frame, parse_sse_data};
use micc_client::realtime::protocol::hub::{ClientCall, Incoming, parse_incoming_text};
use micc_client::realtime::protocol::negotiate::parse_negotiate;
use realtime_support::Harness;

/// Hand-written hostile inputs.
const HOSTILE: &[&str] = &[
    "\u{feff}",
    "\u{feff}{}",
    "\u{feff}\u{feff}{}",
    "{\"L\":1e308}",
    "{\"L\":-0}",
    "{\"L\":18446744073709551616}",
    "{\"C\":1e400}",
    "{\"C\":-1,\"M\":[]}",
    "{\"I\":null,\"P\":null}",
    "{\"I\":\"x\",\"P\":{\"I\":5}}",
    "{\"P\":{}}",
    "{\"P\":[1]}",
    "{\"I\":{}}",
    "{\"I\":\"1\",\"E\":{\"nested\":[1]},\"H\":\"yes\",\"T\":7}",
    "{\"M\":[null,1,\"s\",[],{}]}",
    "{\"M\":[{\"H\":1,\"M\":2}]}",
    "{\"M\":[{\"H\":\"h\",\"M\":\"m\",\"A\":null,\"S\":null}]}",
    "{\"M\":[{\"H\":\"h\",\"M\":\"m\",\"S\":5}]}",
    "{\"S\":{\"not\":\"a flag\"}}",
    "{\"c\":\"x\",\"C\":\"y\"}",
    "{\"G\":null,\"T\":null,\"D\":null}",
    "{\"D\":\"1\",\"T\":\"true\"}",
    "\"\\ud800\"",
    "{\"I\":\"\\ud800\"}",
    "{} {}",
    "{}\u{0}",
    "   \t\r\n ",
];

#[test]
fn hostile_texts_do_not_panic_the_parsers() {
    let limits = Limits::default();
    for text in HOSTILE {
        let _ = parse_frame(text, &limits);
        let _ = parse_sse_data(text, &limits);
        let _ = parse_negotiate(text, &limits);
        if let Ok(Incoming::Call(call)) = parse_incoming_text(text, &limits) {
            let _ = decode_event(&call);
        }
    }
    // A negotiate answer whose times are at the edge of what is accepted.
    let edge = r#"{"ConnectionToken":"t","ConnectionId":"i","KeepAliveTimeout":86400,"DisconnectTimeout":86400,"ConnectionTimeout":86400,"ProtocolVersion":"1.5","TransportConnectTimeout":0,"LongPollDelay":86400}"#;
    let n = parse_negotiate(edge, &limits).unwrap();
    assert_eq!(n.reconnect_window().as_secs(), 2 * 86_400);
}

#[test]
fn hostile_payloads_of_known_events_are_errors_not_panics() {
    for args in [
        "[[[[[]]]]]",
        "[{\"id\":{\"id\":{}}}]",
        "[1e400]",
        "[[null,null]]",
        "[{\"waitingConversations\":1e300}]",
    ] {
        let Ok(args) = serde_json::from_str::<Vec<serde_json::Value>>(args) else {
            continue;
        };
        for (hub, method) in [
            ("queueHub", "queueStateChanged"),
            ("queueHub", "queueConversationChanged"),
            ("employeeHub", "employeeConversationRemoved"),
            ("agentHub", "onAgentStateChanged"),
        ] {
            let _ = decode_event(&ClientCall {
                hub: hub.into(),
                method: method.into(),
                args: args.clone(),
                state: None,
            });
        }
    }
}

#[test]
fn hostile_frames_on_a_connected_machine_do_not_panic_it() {
    let mut h = Harness::new();
    let _ = h.conn.subscribe(h.now, Topic::QueueState, &["q1"]);
    let socket = h.connect_ws();
    for text in HOSTILE {
        h.socket(socket, SocketEvent::Text((*text).to_string()));
        h.pump();
    }
    // Timers far in the future saturate instead of overflowing.
    h.text(socket, "{\"C\":\"c\",\"L\":86400000,\"M\":[]}");
    h.now = micc_client::realtime::Instant::from_millis(u64::MAX - 1);
    h.conn.handle_timeout(h.now);
    h.pump();
}
