//! The SignalR 2 codecs: URLs, the negotiate answer, frames and hub messages, against frames
//! captured from micc-sim (tests/fixtures/signalr/) and hand-written ones per the wire
//! format; bounded sizes; no panic on any input.

mod realtime_support;

use micc_client::realtime::protocol::frame::{Frame, parse_frame, parse_sse_data};
use micc_client::realtime::protocol::hub::{Incoming, Invocation, parse_incoming_text};
use micc_client::realtime::protocol::negotiate::parse_negotiate;
use micc_client::realtime::protocol::urls::{Endpoint, Method, SignalrUrls, UrlParams, send_body};
use micc_client::realtime::protocol::{Limits, ProtocolError, Transport};
use realtime_support::query;
use serde_json::{Value, json};
use std::time::Duration;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/signalr/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn urls() -> SignalrUrls {
    SignalrUrls::new("https://micc.example.com/", &["queueHub", "employeeHub"]).unwrap()
}

#[test]
fn every_endpoint_url_carries_what_signalr_2_expects() {
    let u = urls();
    assert_eq!(u.base(), "https://micc.example.com/miccsdk/signalr");
    assert_eq!(
        u.connection_data(),
        r#"[{"name":"queuehub"},{"name":"employeehub"}]"#
    );
    let negotiate = u.url(Endpoint::Negotiate, &UrlParams::default(), "abc.def");
    assert_eq!(
        negotiate,
        "https://micc.example.com/miccsdk/signalr/negotiate?clientProtocol=1.5\
         &connectionData=%5B%7B%22name%22%3A%22queuehub%22%7D%2C%7B%22name%22%3A%22employeehub%22%7D%5D\
         &sessionid=Bearer%20abc.def"
    );
    let p = UrlParams {
        transport: Some(Transport::WebSockets),
        connection_token: Some("AQ+/x=="),
        message_id: Some("d-1,0|A,5"),
        groups_token: Some("g+/="),
        tid: Some(7),
    };
    let connect = u.url(Endpoint::Connect, &p, "t");
    assert!(
        connect.starts_with("wss://micc.example.com/miccsdk/signalr/connect?transport=webSockets&"),
        "{connect}"
    );
    assert_eq!(
        query(&connect, "connectionToken").as_deref(),
        Some("AQ+/x==")
    );
    assert!(
        connect.contains("connectionToken=AQ%2B%2Fx%3D%3D"),
        "{connect}"
    );
    assert_eq!(query(&connect, "messageId").as_deref(), Some("d-1,0|A,5"));
    assert_eq!(query(&connect, "groupsToken").as_deref(), Some("g+/="));
    assert_eq!(query(&connect, "tid").as_deref(), Some("7"));
    assert_eq!(query(&connect, "clientProtocol").as_deref(), Some("1.5"));
    assert_eq!(query(&connect, "sessionid").as_deref(), Some("Bearer t"));
    // Long polling stays on http(s); every endpoint has its path and method.
    let lp = UrlParams {
        transport: Some(Transport::LongPolling),
        ..p
    };
    for (e, path, method) in [
        (Endpoint::Connect, "connect", Method::Post),
        (Endpoint::Reconnect, "reconnect", Method::Post),
        (Endpoint::Poll, "poll", Method::Post),
        (Endpoint::Start, "start", Method::Get),
        (Endpoint::Send, "send", Method::Post),
        (Endpoint::Abort, "abort", Method::Post),
        (Endpoint::Ping, "ping", Method::Get),
    ] {
        let url = u.url(e, &lp, "t");
        assert!(
            url.starts_with(&format!("https://micc.example.com/miccsdk/signalr/{path}?")),
            "{url}"
        );
        assert_eq!(e.method(), method);
        assert_eq!(query(&url, "transport").as_deref(), Some("longPolling"));
    }
    // The WebSocket scheme follows the server's.
    let plain = SignalrUrls::new("http://localhost:8080", &["agentHub"]).unwrap();
    assert!(
        plain
            .url(Endpoint::Reconnect, &p, "t")
            .starts_with("ws://localhost:8080/miccsdk/signalr/reconnect?")
    );
    assert_eq!(
        send_body(r#"{"H":"a b"}"#),
        "data=%7B%22H%22%3A%22a%20b%22%7D"
    );
}

#[test]
fn a_server_url_may_have_a_path_prefix_and_nothing_else() {
    let u = SignalrUrls::new("https://proxy.example.com/contact-center/", &["queueHub"]).unwrap();
    assert_eq!(
        u.base(),
        "https://proxy.example.com/contact-center/miccsdk/signalr"
    );
    assert!(
        u.url(
            Endpoint::Connect,
            &UrlParams {
                transport: Some(Transport::WebSockets),
                ..UrlParams::default()
            },
            "t"
        )
        .starts_with("wss://proxy.example.com/contact-center/miccsdk/signalr/connect?")
    );
    for bad in [
        "micc.example.com",
        "ftp://micc.example.com",
        "https://",
        "https://host/a?b=c",
        "https://host/a#frag",
        "https://host/../etc",
        "https://host//double",
        "https://ho st",
    ] {
        assert!(SignalrUrls::new(bad, &["queueHub"]).is_err(), "{bad}");
    }
}

#[test]
fn negotiate_answers_of_the_simulator_parse() {
    let n = parse_negotiate(&fixture("negotiate.json"), &Limits::default()).unwrap();
    assert_eq!(n.url, "/miccsdk/signalr");
    assert_eq!(n.protocol_version, "1.5");
    assert_eq!(n.keep_alive_timeout, Some(Duration::from_secs(20)));
    assert_eq!(n.disconnect_timeout, Duration::from_secs(30));
    assert_eq!(n.connection_timeout, Duration::from_secs(110));
    assert_eq!(n.transport_connect_timeout, Some(Duration::from_secs(5)));
    assert_eq!(n.long_poll_delay, Duration::ZERO);
    assert!(n.try_web_sockets);
    assert!(!n.connection_token.is_empty());
    assert_eq!(n.connection_id.len(), 36);
    assert_eq!(n.reconnect_window(), Duration::from_secs(50));
}

#[test]
fn negotiate_tolerates_null_keep_alive_casing_and_strings_and_refuses_the_rest() {
    let limits = Limits::default();
    let n = parse_negotiate(
        r#"{"url":"/x","connectionToken":"t","connectionId":"i","keepAliveTimeout":null,
            "disconnectTimeout":"30","connectionTimeout":110,"tryWebSockets":false,
            "protocolVersion":"1.5","longPollDelay":0.5}"#,
        &limits,
    )
    .unwrap();
    assert_eq!(n.keep_alive_timeout, None);
    assert_eq!(n.transport_connect_timeout, None);
    assert_eq!(n.disconnect_timeout, Duration::from_secs(30));
    assert_eq!(n.long_poll_delay, Duration::from_millis(500));
    assert_eq!(n.reconnect_window(), Duration::from_secs(30));
    let base = |patch: &str| {
        format!(
            r#"{{"ConnectionToken":"t","ConnectionId":"i","KeepAliveTimeout":20.0,"DisconnectTimeout":30.0,"ConnectionTimeout":110.0,"ProtocolVersion":"1.5"{patch}}}"#
        )
    };
    assert!(parse_negotiate(&base(""), &limits).is_ok());
    assert_eq!(
        parse_negotiate(&base("").replace("1.5", "1.3"), &limits),
        Err(ProtocolError::ProtocolVersion {
            expected: "1.5".into(),
            received: "1.3".into()
        })
    );
    for bad in [
        base("").replace(r#""ConnectionToken":"t","#, ""),
        base("").replace(r#""ConnectionToken":"t""#, r#""ConnectionToken":"""#),
        base("").replace("30.0", "-1"),
        base("").replace("30.0", "1e300"),
        base("").replace("30.0", "true"),
        base(r#","TryWebSockets":7"#),
        "[]".to_string(),
        "not json".to_string(),
        String::new(),
    ] {
        assert!(parse_negotiate(&bad, &limits).is_err(), "{bad}");
    }
}

#[test]
fn captured_frames_parse() {
    let limits = Limits::default();
    let lines = fixture("ws-frames.jsonl");
    let frames: Vec<Frame> = lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| parse_frame(l, &limits).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    // The init frame first.
    let Frame::Persistent(init) = &frames[0] else {
        panic!("{:?}", frames[0]);
    };
    assert!(init.initialized);
    assert!(init.cursor.is_some());
    assert!(init.messages.is_empty());
    // Keep-alives, invocation results and events all appear in the capture.
    assert!(frames.iter().any(|f| matches!(f, Frame::KeepAlive)));
    assert!(
        frames
            .iter()
            .any(|f| matches!(f, Frame::Hub(Incoming::Result(_))))
    );
    let calls: Vec<_> = frames
        .iter()
        .filter_map(|f| match f {
            Frame::Persistent(p) => Some(&p.messages),
            _ => None,
        })
        .flatten()
        .filter_map(|m| match m {
            Incoming::Call(c) => Some(c),
            _ => None,
        })
        .collect();
    assert!(
        calls
            .iter()
            .any(|c| c.method.eq_ignore_ascii_case("queueStateChanged")),
        "{calls:?}"
    );
    // Long-polling answers: init, then polls (messages or the empty answer of a held poll).
    for l in fixture("lp-frames.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        parse_frame(l, &limits).unwrap_or_else(|e| panic!("{l}: {e}"));
    }
}

#[test]
fn hand_written_frames_per_the_wire_format() {
    let limits = Limits::default();
    let p = |t: &str| parse_frame(t, &limits).unwrap();
    assert_eq!(p("{}"), Frame::KeepAlive);
    assert_eq!(p(" "), Frame::KeepAlive);
    assert_eq!(p(""), Frame::KeepAlive);
    assert_eq!(parse_sse_data("{}", &limits).unwrap(), Frame::KeepAlive);
    assert_eq!(
        parse_sse_data("initialized", &limits).unwrap(),
        Frame::SseInitialized
    );
    let Frame::Persistent(f) = p(
        r#"{"C":"d-E,1|F,2","M":[{"H":"queueHub","M":"queueStateChanged","A":[{"id":"q"}]}],"G":"grp","T":1,"L":250,"D":1}"#,
    ) else {
        panic!()
    };
    assert_eq!(f.cursor.as_deref(), Some("d-E,1|F,2"));
    assert_eq!(f.groups_token.as_deref(), Some("grp"));
    assert!(f.reconnect && f.disconnect && !f.initialized);
    assert_eq!(f.long_poll_delay, Some(Duration::from_millis(250)));
    assert_eq!(f.messages.len(), 1);
    let Incoming::Call(c) = &f.messages[0] else {
        panic!()
    };
    assert_eq!(
        (c.hub.as_str(), c.method.as_str()),
        ("queueHub", "queueStateChanged")
    );
    assert_eq!(c.args, vec![json!({"id":"q"})]);
    // A frame with only a groups token, lower-case members, flags as true.
    let Frame::Persistent(f) = p(r#"{"c":"x","g":"y","s":true}"#) else {
        panic!()
    };
    assert_eq!(
        (
            f.cursor.as_deref(),
            f.groups_token.as_deref(),
            f.initialized
        ),
        (Some("x"), Some("y"), true)
    );
    // Results, errors, hub state and progress.
    match p(r#"{"I":"3","R":{"ok":true},"S":{"n":1}}"#) {
        Frame::Hub(Incoming::Result(r)) => {
            assert_eq!(r.id, "3");
            assert_eq!(r.outcome, Ok(Some(json!({"ok":true}))));
            assert_eq!(r.state.unwrap()["n"], 1);
        }
        other => panic!("{other:?}"),
    }
    match p(
        r#"{"I":"4","E":"There was an error invoking Hub method 'queuehub.nope'.","H":true,"D":{"code":7},"T":"at X"}"#,
    ) {
        Frame::Hub(Incoming::Result(r)) => {
            let e = r.outcome.unwrap_err();
            assert!(e.message.contains("queuehub.nope"));
            assert!(e.hub_exception);
            assert_eq!(e.data, Some(json!({"code":7})));
            assert_eq!(e.stack_trace.as_deref(), Some("at X"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        p(r#"{"I":5}"#),
        Frame::Hub(Incoming::Result(
            micc_client::realtime::protocol::HubResult {
                id: "5".into(),
                outcome: Ok(None),
                state: None
            }
        ))
    );
    assert_eq!(
        p(r#"{"I":"P|6","P":{"I":"6","D":42}}"#),
        Frame::Hub(Incoming::Progress {
            id: "6".into(),
            data: json!(42)
        })
    );
    // A raw (non-hub) message is kept, not an error.
    assert!(matches!(
        p(r#"{"hello":1}"#),
        Frame::Hub(Incoming::Other(_))
    ));
    // Not frames.
    for bad in [
        "[1]",
        "5",
        "\"s\"",
        "{",
        r#"{"C":{}}"#,
        r#"{"C":"x","M":7}"#,
        r#"{"L":-1}"#,
        r#"{"M":[{"H":"h","M":"m","A":5}]}"#,
    ] {
        assert!(parse_frame(bad, &limits).is_err(), "{bad}");
    }
}

#[test]
fn invocations_serialize_as_the_jquery_client_writes_them() {
    let mut inv = Invocation {
        hub: "queueHub".into(),
        method: "addStateMonitor".into(),
        args: vec![json!(["Sales", "5001"])],
        id: 0,
        state: Default::default(),
    };
    assert_eq!(
        inv.to_json(),
        r#"{"H":"queuehub","M":"addStateMonitor","A":[["Sales","5001"]],"I":"0"}"#
    );
    inv.state.insert("k".into(), json!("v"));
    let v: Value = serde_json::from_str(&inv.to_json()).unwrap();
    assert_eq!(v["S"], json!({"k":"v"}));
    assert!(matches!(
        parse_incoming_text(r#"{"H":"x","M":"y"}"#, &Limits::default()),
        Ok(Incoming::Call(_))
    ));
}

#[test]
fn sizes_over_the_limits_are_typed_errors() {
    let limits = Limits {
        max_frame_bytes: 1000,
        max_messages: 2,
        max_args: 1,
        max_token_bytes: 8,
        max_groups_token_bytes: 16,
    };
    let too = |t: &str| match parse_frame(t, &limits) {
        Err(ProtocolError::TooLarge { what, .. }) => what,
        other => panic!("{t}: {other:?}"),
    };
    assert_eq!(too(&" ".repeat(1001)), "frame");
    assert_eq!(too(r#"{"C":"x","M":[{},{},{}]}"#), "M");
    assert_eq!(too(r#"{"M":[{"H":"h","M":"m","A":[1,2]}]}"#), "A");
    assert_eq!(too(r#"{"C":"123456789"}"#), "C");
    assert_eq!(too(r#"{"G":"12345678901234567"}"#), "G");
    assert!(parse_frame(r#"{"G":"1234567890123456"}"#, &limits).is_ok());
    assert_eq!(too(r#"{"I":"123456789"}"#), "I");
    assert!(matches!(
        parse_negotiate(&"x".repeat(1001), &limits),
        Err(ProtocolError::TooLarge {
            what: "negotiate",
            ..
        })
    ));
    // Deep nesting is an error, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let big = Limits::default();
    assert!(
        parse_frame(
            &format!(r#"{{"M":[{{"H":"h","M":"m","A":[{deep}]}}]}}"#),
            &big
        )
        .is_err()
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod no_panic {
    use super::*;
    use micc_client::realtime::protocol::negotiate::parse_negotiate;
    use proptest::prelude::*;

    fn small() -> Limits {
        Limits {
            max_frame_bytes: 4096,
            max_messages: 8,
            max_args: 4,
            max_token_bytes: 64,
            max_groups_token_bytes: 128,
        }
    }

    /// JSON-ish text: the characters frames are made of, so the parsers get past the
    /// first byte.
    fn jsonish() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("{".to_string()),
                Just("}".to_string()),
                Just("[".to_string()),
                Just("]".to_string()),
                Just(",".to_string()),
                Just(":".to_string()),
                Just("\"C\"".to_string()),
                Just("\"M\"".to_string()),
                Just("\"H\"".to_string()),
                Just("\"A\"".to_string()),
                Just("\"I\"".to_string()),
                Just("\"P\"".to_string()),
                Just("\"S\"".to_string()),
                Just("\"G\"".to_string()),
                Just("\"L\"".to_string()),
                Just("\"E\"".to_string()),
                Just("\"D\"".to_string()),
                Just("\"T\"".to_string()),
                Just("1".to_string()),
                Just("-1e999".to_string()),
                Just("null".to_string()),
                Just("true".to_string()),
                Just("\"x\"".to_string()),
                Just(" ".to_string()),
            ],
            0..60,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

        #[test]
        fn no_byte_sequence_panics_the_parsers(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = parse_frame(&text, &small());
            let _ = parse_sse_data(&text, &small());
            let _ = parse_incoming_text(&text, &small());
            let _ = parse_negotiate(&text, &small());
        }

        #[test]
        fn no_jsonish_text_panics_the_parsers(text in jsonish()) {
            let _ = parse_frame(&text, &small());
            let _ = parse_incoming_text(&text, &small());
            let _ = parse_negotiate(&text, &small());
            if let Ok(Frame::Persistent(p)) = parse_frame(&text, &small()) {
                prop_assert!(p.messages.len() <= 8);
            }
        }
    }
}

#[test]
fn every_captured_event_decodes_into_a_typed_event() {
    use micc_client::realtime::HubEvent;
    use micc_client::realtime::hubs::decode_event;
    let limits = Limits::default();
    let mut kinds = std::collections::BTreeSet::new();
    for file in ["ws-frames.jsonl", "lp-frames.jsonl"] {
        for l in fixture(file).lines().filter(|l| !l.trim().is_empty()) {
            let Ok(Frame::Persistent(p)) = parse_frame(l, &limits) else {
                continue;
            };
            for m in p.messages {
                let Incoming::Call(call) = m else {
                    panic!("{m:?}")
                };
                let event = decode_event(&call).unwrap_or_else(|e| panic!("{e}"));
                assert!(!matches!(event, HubEvent::Unknown { .. }), "{call:?}");
                kinds.insert(format!("{event:?}").split('(').next().unwrap().to_string());
            }
        }
    }
    for k in [
        "QueueStateChanged",
        "QueueConversationChanged",
        "QueueConversationRemoved",
        "EmployeeStateChanged",
        "AgentStateChanged",
    ] {
        assert!(kinds.contains(k), "{k} not in the capture: {kinds:?}");
    }
}

#[test]
fn the_captured_websocket_session_replays_through_the_machine() {
    use micc_client::realtime::connection::{Event, SocketEvent, Warning};
    let mut h = realtime_support::Harness::new();
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.ok(n.id, &fixture("negotiate.json"));
    let (socket, url) = h.opened_socket();
    // The connection token of the captured negotiate answer (random per capture).
    let negotiated: Value = serde_json::from_str(&fixture("negotiate.json")).unwrap();
    let token = negotiated["ConnectionToken"].as_str().unwrap();
    let prefix: String = token
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    assert!(url.contains(&format!("connectionToken={prefix}")), "{url}");
    h.socket(socket, SocketEvent::Opened);
    let lines: Vec<String> = fixture("ws-frames.jsonl")
        .lines()
        .map(str::to_string)
        .collect();
    h.text(socket, &lines[0]);
    let s = h.one_http("start");
    h.ok(s.id, realtime_support::STARTED);
    for l in &lines[1..] {
        h.text(socket, l);
    }
    let events = h.take_events();
    assert!(
        !events.iter().any(|e| matches!(
            e,
            Event::Warning(Warning::Protocol(_) | Warning::EventDecode(_))
        )),
        "{events:?}"
    );
    let hub_events = events
        .iter()
        .filter(|e| matches!(e, Event::Hub { .. }))
        .count();
    assert!(hub_events > 20, "{hub_events}");
    assert!(h.conn.message_id().unwrap().starts_with("d-1-B,"));
    // Each monitor the session added changed the groups: the server sent a new groups token,
    // and the machine keeps the last one to send back on a reconnect.
    let tokens: Vec<String> = lines
        .iter()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v.get("G").and_then(|g| g.as_str()).map(str::to_string))
        .collect();
    assert!(tokens.len() >= 3, "{tokens:?}");
    assert_eq!(h.conn.groups_token(), tokens.last().map(String::as_str));
}
