//! The connection state machine, driven by hand: the transport ladder, keep-alive
//! monitoring, reconnect with messageId and the groups token, resubscription and snapshot
//! ordering, token renewal, stop, illegal transitions and invocations.

mod realtime_support;

use micc_client::realtime::connection::{
    DisconnectReason, Event, InvocationError, Io, RealtimeError, SnapshotRequest, SocketEvent,
    Topic, Warning, check_transition,
};
use micc_client::realtime::reconnect::ReconnectReason;
use micc_client::realtime::{HubEvent, Instant, State, Transport};
use realtime_support::*;
use serde_json::{Value, json};
use std::time::Duration;

fn states(events: &[Event]) -> Vec<State> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::StateChanged { to, .. } => Some(*to),
            _ => None,
        })
        .collect()
}

fn sent_json(h: &mut Harness) -> Vec<Value> {
    h.sent_texts()
        .iter()
        .map(|t| serde_json::from_str(t).unwrap())
        .collect()
}

#[test]
fn connects_over_websockets_with_every_parameter() {
    let mut h = Harness::new();
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    assert_eq!(query(&n.url, "sessionid").as_deref(), Some("Bearer tok en"));
    assert_eq!(query(&n.url, "clientProtocol").as_deref(), Some("1.5"));
    assert_eq!(
        query(&n.url, "connectionData").as_deref(),
        Some(r#"[{"name":"queuehub"},{"name":"employeehub"},{"name":"agenthub"}]"#)
    );
    h.ok(n.id, &negotiate_body("20.0", true));
    let (socket, url) = h.opened_socket();
    assert_eq!(query(&url, "transport").as_deref(), Some("webSockets"));
    assert_eq!(query(&url, "connectionToken").as_deref(), Some("AQ+/tok=="));
    assert!(query(&url, "tid").is_some());
    assert_eq!(query(&url, "messageId"), None);
    h.socket(socket, SocketEvent::Opened);
    assert_eq!(
        h.conn.state(),
        State::Connecting,
        "connected only after init and start"
    );
    h.text(socket, INIT);
    let s = h.one_http("start");
    assert_eq!(query(&s.url, "transport").as_deref(), Some("webSockets"));
    h.ok(s.id, STARTED);
    let events = h.take_events();
    assert_eq!(states(&events), [State::Connecting, State::Connected]);
    assert!(events.contains(&Event::TransportSelected(Transport::WebSockets)));
    assert_eq!(h.conn.transport(), Some(Transport::WebSockets));
    assert_eq!(h.conn.message_id(), Some("d-1,0|A,0|B,1"));
}

#[test]
fn a_refused_websocket_falls_back_to_long_polling() {
    let mut h = Harness::new();
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.ok(n.id, &negotiate_body("20.0", true));
    let (socket, _) = h.opened_socket();
    // A proxy refusing the upgrade: the socket closes without ever opening.
    h.closed(socket);
    let c = h.one_http("connect");
    assert_eq!(query(&c.url, "transport").as_deref(), Some("longPolling"));
    assert!(
        c.url
            .starts_with("http://127.0.0.1:8080/miccsdk/signalr/connect?")
    );
    let events = h.take_events();
    assert!(events.iter().any(|e| matches!(e,
        Event::TransportFallback { from: Transport::WebSockets, to: Transport::LongPolling, reason } if reason.contains("refused"))), "{events:?}");
    h.ok(c.id, INIT);
    let s = h.one_http("start");
    assert_eq!(query(&s.url, "transport").as_deref(), Some("longPolling"));
    h.ok(s.id, STARTED);
    assert_eq!(h.conn.state(), State::Connected);
    assert!(
        h.take_events()
            .contains(&Event::TransportSelected(Transport::LongPolling))
    );
    // Polling starts, resuming after the init cursor.
    h.advance(0);
    let p = h.one_http("poll");
    assert_eq!(query(&p.url, "messageId").as_deref(), Some("d-1,0|A,0|B,1"));
}

#[test]
fn a_websocket_that_does_not_connect_in_time_falls_back_to_long_polling() {
    let mut h = Harness::new();
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.ok(n.id, &negotiate_body("20.0", true));
    let (socket, _) = h.opened_socket();
    h.socket(socket, SocketEvent::Opened); // opened, but no init frame follows
    h.advance(4_999);
    assert!(h.take_http("connect").is_empty());
    h.advance(1); // TransportConnectTimeout = 5 s
    let io = h.take_io();
    assert!(io.contains(&Io::CloseSocket { id: socket }), "{io:?}");
    assert!(
        io.iter()
            .any(|i| matches!(i, Io::Http(r) if r.url.contains("/connect?transport=longPolling"))),
        "{io:?}"
    );
    assert!(h.take_events().iter().any(|e| matches!(e,
        Event::TransportFallback { reason, .. } if reason == "timed out")));
    // A late frame of the abandoned socket changes nothing.
    h.text(socket, INIT);
    assert!(h.take_http("start").is_empty());
}

#[test]
fn no_transport_left_fails_the_start() {
    // Without the polling fallback (tests/realtime_polling.rs has it).
    let mut h = Harness::with(|c| c.polling = None);
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.ok(n.id, &negotiate_body("20.0", true));
    let (socket, _) = h.opened_socket();
    h.closed(socket);
    let c = h.one_http("connect");
    h.fail(c.id);
    let events = h.take_events();
    assert!(events.contains(&Event::TransportsExhausted));
    assert!(
        matches!(
            events.last(),
            Some(Event::Disconnected(DisconnectReason::StartFailed(_)))
        ),
        "{events:?}"
    );
    assert_eq!(h.conn.state(), State::Disconnected);
    // Negotiate refusing the token fails too, and says so.
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.status(n.id, 401);
    let events = h.take_events();
    assert!(events.contains(&Event::Unauthorized));
    assert_eq!(h.conn.state(), State::Disconnected);
}

#[test]
fn try_websockets_false_goes_straight_to_long_polling() {
    let mut h = Harness::new();
    h.connect_lp();
    assert!(
        !h.take_events()
            .iter()
            .any(|e| matches!(e, Event::TransportFallback { .. }))
    );
}

#[test]
fn keep_alive_warns_at_two_thirds_and_loses_the_connection_at_the_timeout() {
    let mut h = Harness::new();
    let socket = h.connect_ws();
    h.take_events();
    // KeepAliveTimeout 20 s: warning at 13.333 s.
    h.advance(13_000);
    assert!(!h.take_events().contains(&Event::SlowConnection));
    h.advance(334);
    assert_eq!(h.take_events(), [Event::SlowConnection]);
    // A keep-alive resets both.
    h.text(socket, "{}");
    h.advance(19_000);
    let events = h.take_events();
    assert_eq!(events, [Event::SlowConnection]);
    assert_eq!(h.conn.state(), State::Connected);
    h.advance(1_000);
    let events = h.take_events();
    assert_eq!(states(&events), [State::Reconnecting]);
    assert!(events.contains(&Event::Reconnecting(ReconnectReason::KeepAliveTimeout)));
    assert!(h.take_io().contains(&Io::CloseSocket { id: socket }));
}

#[test]
fn no_keep_alive_timeout_means_no_monitoring() {
    let mut h = Harness::new();
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.ok(n.id, &negotiate_body("null", true));
    let (socket, _) = h.opened_socket();
    h.socket(socket, SocketEvent::Opened);
    h.text(socket, INIT);
    let s = h.one_http("start");
    h.ok(s.id, STARTED);
    assert_eq!(h.conn.poll_timeout(), None);
    h.advance(3_600_000);
    assert_eq!(h.conn.state(), State::Connected);
}

/// Connected over WebSockets, having received a cursor and a groups token.
fn connected_with_groups(h: &mut Harness) -> micc_client::realtime::connection::SocketId {
    let socket = h.connect_ws();
    h.text(socket, r#"{"C":"d-1,0|A,7","G":"groups-1","M":[]}"#);
    h.text(socket, r#"{"C":"d-1,0|A,9","M":[]}"#);
    h.take_events();
    h.take_io();
    socket
}

#[test]
fn reconnect_sends_the_last_cursor_and_groups_token_and_keeps_the_groups() {
    let mut h = Harness::new();
    let _ = h
        .conn
        .subscribe(h.now, Topic::QueueState, &["Sales"])
        .unwrap();
    let socket = connected_with_groups(&mut h);
    h.text(socket, r#"{"I":"0"}"#); // the monitor is in place
    h.closed(socket);
    let events = h.take_events();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::Reconnecting(ReconnectReason::TransportLost(_)))),
        "{events:?}"
    );
    assert_eq!(h.policy.asked.borrow()[0].0, 1);
    h.advance(999);
    assert!(h.take_io().is_empty());
    h.advance(1); // the policy's delay
    let (s2, url) = h.opened_socket();
    assert!(
        url.starts_with("ws://127.0.0.1:8080/miccsdk/signalr/reconnect?"),
        "{url}"
    );
    assert_eq!(query(&url, "messageId").as_deref(), Some("d-1,0|A,9"));
    assert_eq!(query(&url, "groupsToken").as_deref(), Some("groups-1"));
    assert_eq!(query(&url, "connectionToken").as_deref(), Some("AQ+/tok=="));
    h.socket(s2, SocketEvent::Opened);
    let events = h.take_events();
    assert!(
        events.contains(&Event::Reconnected { restored: true }),
        "{events:?}"
    );
    assert_eq!(states(&events), [State::Connected]);
    // The groups are back on the server: no monitor invocation, no snapshot.
    assert!(h.sent_texts().is_empty());
    assert!(!events.iter().any(|e| matches!(e, Event::SnapshotNeeded(_))));
    // Replayed messages arrive on the new socket.
    h.text(s2, r#"{"C":"d-1,0|A,10","M":[{"H":"QueueHub","M":"queueStateChanged","A":[{"id":"q","name":"Sales"}]}]}"#);
    assert!(h.take_events().iter().any(|e| matches!(
        e,
        Event::Hub {
            event: HubEvent::QueueStateChanged(_),
            ..
        }
    )));
}

#[test]
fn a_reconnect_without_groups_resubscribes_then_asks_for_snapshots_in_order() {
    let mut h = Harness::new();
    let _a = h
        .conn
        .subscribe(h.now, Topic::QueueState, &["Sales", "5001"])
        .unwrap();
    let _b = h.conn.subscribe(h.now, Topic::Me, &[] as &[&str]).unwrap();
    let socket = h.connect_ws();
    // First connection: every subscription's monitor goes out.
    let sent = sent_json(&mut h);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(
        sent[0],
        json!({"H":"queuehub","M":"addStateMonitor","A":[["5001","Sales"]],"I":"0"})
    );
    assert_eq!(
        sent[1],
        json!({"H":"employeehub","M":"addSelfMonitor","A":[],"I":"1"})
    );
    h.take_events();
    h.text(socket, r#"{"I":"0"}"#);
    h.text(socket, r#"{"I":"1","R":null}"#);
    let events = h.take_events();
    let snaps: Vec<&SnapshotRequest> = events
        .iter()
        .filter_map(|e| match e {
            Event::SnapshotNeeded(s) => Some(s),
            _ => None,
        })
        .collect();
    assert_eq!(snaps.len(), 2);
    assert_eq!(
        (snaps[0].topic, snaps[0].ids.clone()),
        (
            Topic::QueueState,
            vec!["5001".to_string(), "Sales".to_string()]
        )
    );
    assert_eq!((snaps[1].topic, snaps[1].ids.is_empty()), (Topic::Me, true));
    let snap_seq = snaps[0].seq;
    // An event after the snapshot request is numbered after it: it wins over the snapshot.
    h.text(socket, r#"{"C":"c2","M":[{"H":"queuehub","M":"queueStateChanged","A":[{"id":"q","name":"Sales"}]}]}"#);
    let seq = h
        .take_events()
        .iter()
        .find_map(|e| match e {
            Event::Hub { seq, .. } => Some(*seq),
            _ => None,
        })
        .unwrap();
    assert!(seq > snap_seq);
    // No groups token was ever received: the reconnect cannot restore the groups.
    h.closed(socket);
    h.advance(1_000);
    let (s2, url) = h.opened_socket();
    assert_eq!(query(&url, "groupsToken"), None);
    assert_eq!(query(&url, "messageId").as_deref(), Some("c2"));
    h.socket(s2, SocketEvent::Opened);
    let events = h.take_events();
    assert!(events.contains(&Event::Reconnected { restored: false }));
    let sent = sent_json(&mut h);
    assert_eq!(
        sent.iter()
            .map(|s| s["M"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["addStateMonitor", "addSelfMonitor"]
    );
    h.text(s2, &format!(r#"{{"I":{}}}"#, sent[0]["I"]));
    let snaps: Vec<SnapshotRequest> = h
        .take_events()
        .into_iter()
        .filter_map(|e| match e {
            Event::SnapshotNeeded(s) => Some(s),
            _ => None,
        })
        .collect();
    assert_eq!(snaps.len(), 1);
    assert!(
        snaps[0].seq > seq,
        "a snapshot after the reconnect is numbered after every earlier event"
    );
}

#[test]
fn subscriptions_are_reference_counted() {
    let mut h = Harness::new();
    let socket = h.connect_ws();
    let a = h
        .conn
        .subscribe(h.now, Topic::QueueState, &["q1", "q2", "q1"])
        .unwrap();
    let sent = sent_json(&mut h);
    assert_eq!(
        sent,
        [json!({"H":"queuehub","M":"addStateMonitor","A":[["q1","q2"]],"I":"0"})]
    );
    let b = h
        .conn
        .subscribe(h.now, Topic::QueueState, &["q2", "q3"])
        .unwrap();
    let sent = sent_json(&mut h);
    assert_eq!(sent[0]["A"], json!([["q3"]]), "only the id nobody watched");
    assert_eq!(h.conn.subscribers(Topic::QueueState, "q2"), 2);
    // Conversations of the same queue are another monitor.
    let c = h
        .conn
        .subscribe(h.now, Topic::QueueConversations, &["q1"])
        .unwrap();
    assert_eq!(sent_json(&mut h)[0]["M"], "addConversationMonitor");
    // The snapshot after the first monitor names its ids.
    h.text(socket, r#"{"I":"0"}"#);
    assert!(
        h.take_events()
            .iter()
            .any(|e| matches!(e, Event::SnapshotNeeded(s) if s.ids == ["q1", "q2"]))
    );
    h.conn.unsubscribe(h.now, a).unwrap();
    assert_eq!(
        sent_json(&mut h),
        [json!({"H":"queuehub","M":"removeStateMonitor","A":[["q1"]],"I":"3"})]
    );
    h.conn.unsubscribe(h.now, b).unwrap();
    assert_eq!(sent_json(&mut h)[0]["A"], json!([["q2", "q3"]]));
    h.conn.unsubscribe(h.now, c).unwrap();
    assert_eq!(sent_json(&mut h)[0]["M"], "removeConversationMonitor");
    assert_eq!(
        h.conn.unsubscribe(h.now, c),
        Err(RealtimeError::UnknownSubscription)
    );
    assert!(matches!(
        h.conn.subscribe(h.now, Topic::QueueState, &[" "]),
        Err(RealtimeError::InvalidArgument(_))
    ));
    assert!(matches!(
        h.conn.subscribe(h.now, Topic::QueueState, &[] as &[&str]),
        Err(RealtimeError::InvalidArgument(_))
    ));
}

#[test]
fn an_unsubscribe_while_reconnecting_reaches_the_server_after_it() {
    let mut h = Harness::new();
    let a = h.conn.subscribe(h.now, Topic::QueueState, &["q1"]).unwrap();
    let socket = h.connect_ws();
    h.text(socket, r#"{"I":"0"}"#);
    h.text(socket, r#"{"C":"c1","G":"g1","M":[]}"#);
    h.take_io();
    h.closed(socket);
    h.conn.unsubscribe(h.now, a).unwrap();
    assert!(h.sent_texts().is_empty());
    h.advance(1_000);
    let (s2, _) = h.opened_socket();
    h.socket(s2, SocketEvent::Opened);
    let sent = sent_json(&mut h);
    assert_eq!(sent.len(), 1);
    assert_eq!(
        (sent[0]["M"].as_str(), &sent[0]["A"]),
        (Some("removeStateMonitor"), &json!([["q1"]]))
    );
}

#[test]
fn past_the_reconnect_window_a_new_connection_is_negotiated() {
    let mut h = Harness::with(|c| {
        c.reconnect_policy = Box::new(ScriptedPolicy {
            delay: Duration::from_secs(60),
            ..ScriptedPolicy::default()
        })
    });
    let _ = h.conn.subscribe(h.now, Topic::QueueState, &["q1"]).unwrap();
    let socket = connected_with_groups(&mut h);
    h.closed(socket);
    h.take_io();
    // Window: DisconnectTimeout 30 s + KeepAliveTimeout 20 s; the attempt comes at 60 s.
    h.advance(60_000);
    let n = h.one_http("negotiate");
    h.ok(n.id, &negotiate_body("20.0", true));
    let (s2, url) = h.opened_socket();
    assert!(url.contains("/connect?"), "{url}");
    h.socket(s2, SocketEvent::Opened);
    h.text(s2, INIT);
    let s = h.one_http("start");
    h.ok(s.id, STARTED);
    let events = h.take_events();
    assert!(
        events.contains(&Event::Reconnected { restored: false }),
        "{events:?}"
    );
    assert_eq!(sent_json(&mut h)[0]["M"], "addStateMonitor");
}

#[test]
fn a_refused_reconnect_leads_to_a_new_connection() {
    let mut h = Harness::new();
    let poll = h.connect_lp();
    h.ok(poll, r#"{"C":"c5","G":"g5","M":[]}"#);
    h.advance(0);
    let poll = h.one_http("poll");
    assert_eq!(query(&poll.url, "messageId").as_deref(), Some("c5"));
    assert_eq!(query(&poll.url, "groupsToken").as_deref(), Some("g5"));
    h.fail(poll.id);
    assert_eq!(h.conn.state(), State::Reconnecting);
    h.advance(1_000);
    let r = h.one_http("reconnect");
    assert_eq!(query(&r.url, "messageId").as_deref(), Some("c5"));
    assert_eq!(query(&r.url, "groupsToken").as_deref(), Some("g5"));
    // The simulator restarted: it does not know the connection.
    h.status(r.id, 400);
    assert!(matches!(
        h.policy.asked.borrow().last(),
        Some((2, _, ReconnectReason::ServerDisconnected))
    ));
    h.advance(1_000);
    h.one_http("negotiate");
}

#[test]
fn long_polling_reconnect_counts_as_reconnected_when_held_or_answered() {
    let mut h = Harness::new();
    let poll = h.connect_lp();
    h.ok(poll, r#"{"C":"c5","G":"g5","M":[]}"#);
    h.advance(0);
    let poll = h.one_http("poll");
    h.status(poll.id, 502);
    h.advance(1_000);
    let r = h.one_http("reconnect");
    h.take_events();
    // Held by the server: after the grace it is reconnected, and the reconnect is the poll.
    h.advance(2_000);
    assert!(
        h.take_events()
            .contains(&Event::Reconnected { restored: true })
    );
    h.ok(r.id, r#"{"C":"c6","M":[]}"#);
    h.advance(0);
    assert_eq!(
        query(&h.one_http("poll").url, "messageId").as_deref(),
        Some("c6")
    );
}

#[test]
fn a_stalled_long_poll_is_detected_and_a_space_is_a_keep_alive() {
    let mut h = Harness::new();
    let poll = h.connect_lp();
    h.ok(poll, " ");
    h.advance(0);
    let poll = h.one_http("poll");
    // Held past ConnectionTimeout (110 s) + the stall grace (10 s).
    h.advance(119_999);
    assert_eq!(h.conn.state(), State::Connected);
    h.advance(1);
    assert!(h.take_io().contains(&Io::CancelHttp(poll.id)));
    assert!(
        h.take_events()
            .contains(&Event::Reconnecting(ReconnectReason::KeepAliveTimeout))
    );
    // Its late answer is ignored.
    h.ok(poll.id, r#"{"C":"late","M":[]}"#);
    assert_ne!(h.conn.message_id(), Some("late"));
}

#[test]
fn long_polls_wait_the_delay_the_server_asks_for() {
    let mut h = Harness::new();
    let poll = h.connect_lp();
    h.ok(poll, r#"{"C":"c1","L":500,"M":[]}"#);
    h.advance(499);
    assert!(h.take_http("poll").is_empty());
    h.advance(1);
    h.one_http("poll");
}

#[test]
fn invocations_over_long_polling_are_sent_as_forms_and_answered_in_the_body() {
    let mut h = Harness::new();
    let _poll = h.connect_lp();
    let id = h
        .conn
        .invoke(h.now, "queueHub", "addStateMonitor", vec![json!(["q 1"])])
        .unwrap();
    let send = h.one_http("send");
    assert_eq!(
        send.body.as_deref(),
        Some(
            "data=%7B%22H%22%3A%22queuehub%22%2C%22M%22%3A%22addStateMonitor%22%2C%22A%22%3A%5B%5B%22q%201%22%5D%5D%2C%22I%22%3A%220%22%7D"
        )
    );
    h.ok(send.id, r#"{"I":"0","R":true}"#);
    assert!(h.take_events().contains(&Event::InvocationCompleted {
        id,
        result: Ok(Some(json!(true)))
    }));
    let id = h.conn.invoke(h.now, "queueHub", "x", vec![]).unwrap();
    let send = h.one_http("send");
    h.status(send.id, 500);
    assert!(h.take_events().iter().any(|e| matches!(e, Event::InvocationCompleted { id: i, result: Err(InvocationError::Transport(_)) } if *i == id)));
}

#[test]
fn invocation_results_errors_progress_and_hub_state() {
    let mut h = Harness::new();
    let socket = h.connect_ws();
    let id = h
        .conn
        .invoke(h.now, "queueHub", "work", vec![json!(1)])
        .unwrap();
    let sent = sent_json(&mut h);
    assert_eq!(sent[0]["I"], json!(id.to_string()));
    assert_eq!(h.conn.pending_invocations(), 1);
    h.text(socket, &format!(r#"{{"P":{{"I":"{id}","D":50}}}}"#));
    h.text(
        socket,
        &format!(r#"{{"I":"{id}","R":[1,2],"S":{{"mood":"good"}}}}"#),
    );
    let events = h.take_events();
    assert!(events.contains(&Event::InvocationProgress {
        id,
        data: json!(50)
    }));
    assert!(events.contains(&Event::InvocationCompleted {
        id,
        result: Ok(Some(json!([1, 2])))
    }));
    assert_eq!(h.conn.hub_state("QUEUEHUB").unwrap()["mood"], "good");
    assert_eq!(h.conn.pending_invocations(), 0);
    // The state goes along with the next invocation of that hub.
    let id = h.conn.invoke(h.now, "queueHub", "again", vec![]).unwrap();
    assert_eq!(sent_json(&mut h)[0]["S"], json!({"mood":"good"}));
    h.text(socket, &format!(r#"{{"I":"{id}","E":"There was an error invoking Hub method 'queuehub.again'.","H":true}}"#));
    let events = h.take_events();
    assert!(events.iter().any(|e| matches!(e,
        Event::InvocationCompleted { result: Err(InvocationError::Hub(err)), .. } if err.hub_exception && err.message.contains("again"))));
    // Results nobody waits for are ignored.
    h.text(socket, r#"{"I":"999","R":1}"#);
    assert!(h.take_events().is_empty());
}

#[test]
fn pending_invocations_are_bounded() {
    let mut h = Harness::with(|c| c.max_pending_invocations = 2);
    h.connect_ws();
    h.conn.invoke(h.now, "queueHub", "a", vec![]).unwrap();
    h.conn.invoke(h.now, "queueHub", "b", vec![]).unwrap();
    assert!(matches!(
        h.conn.invoke(h.now, "queueHub", "c", vec![]),
        Err(RealtimeError::TooMany { .. })
    ));
    let mut h = Harness::with(|c| c.max_subscribed_ids = 2);
    assert!(
        h.conn
            .subscribe(h.now, Topic::QueueState, &["a", "b"])
            .is_ok()
    );
    assert!(h.conn.subscribe(h.now, Topic::QueueState, &["b"]).is_ok());
    assert!(matches!(
        h.conn.subscribe(h.now, Topic::QueueState, &["c"]),
        Err(RealtimeError::TooMany { .. })
    ));
}

#[test]
fn a_lost_connection_fails_user_invocations_but_not_monitors() {
    let mut h = Harness::new();
    let socket = h.connect_ws();
    let id = h.conn.invoke(h.now, "queueHub", "work", vec![]).unwrap();
    let _ = h.conn.subscribe(h.now, Topic::QueueState, &["q"]).unwrap();
    h.take_events();
    h.closed(socket);
    let events = h.take_events();
    assert!(events.contains(&Event::InvocationCompleted {
        id,
        result: Err(InvocationError::ConnectionLost)
    }));
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::SubscriptionFailed { .. }))
    );
    assert_eq!(h.conn.pending_invocations(), 0);
}

#[test]
fn token_renewal_reconnects_the_websocket_with_the_new_token_at_once() {
    let mut h = Harness::new();
    let socket = connected_with_groups(&mut h);
    let expires = Instant::from_millis(h.now.as_millis() + 3_600_000);
    h.conn.set_token(h.now, "new-token", Some(expires));
    let io = h.take_io();
    assert!(io.contains(&Io::CloseSocket { id: socket }), "{io:?}");
    assert!(
        h.take_events()
            .contains(&Event::Reconnecting(ReconnectReason::TokenRenewed))
    );
    h.advance(0); // no policy delay
    let (s2, url) = h.opened_socket();
    assert!(url.contains("/reconnect?"));
    assert_eq!(
        query(&url, "sessionid").as_deref(),
        Some("Bearer new-token")
    );
    assert_eq!(query(&url, "messageId").as_deref(), Some("d-1,0|A,9"));
    assert_eq!(query(&url, "groupsToken").as_deref(), Some("groups-1"));
    assert!(h.policy.asked.borrow().is_empty());
    h.socket(s2, SocketEvent::Opened);
    assert!(
        h.take_events()
            .contains(&Event::Reconnected { restored: true })
    );
    // A minute before the new token lapses, the machine asks for another.
    h.now = Instant::from_millis(expires.as_millis() - 60_001);
    h.conn.handle_timeout(h.now);
    h.text(s2, "{}");
    assert!(
        !h.take_events()
            .iter()
            .any(|e| matches!(e, Event::TokenExpiring { .. }))
    );
    h.advance(1);
    assert!(h.take_events().contains(&Event::TokenExpiring {
        expires_at: expires
    }));
}

#[test]
fn token_renewal_over_long_polling_just_uses_the_new_token() {
    let mut h = Harness::new();
    let poll = h.connect_lp();
    h.conn.set_token(h.now, "fresh", None);
    assert_eq!(h.conn.state(), State::Connected);
    h.ok(poll, r#"{"C":"c1","M":[]}"#);
    h.advance(0);
    assert_eq!(
        query(&h.one_http("poll").url, "sessionid").as_deref(),
        Some("Bearer fresh")
    );
}

#[test]
fn an_unauthorized_reconnect_retries_as_soon_as_a_token_arrives() {
    let mut h = Harness::with(|c| {
        c.reconnect_policy = Box::new(ScriptedPolicy {
            delay: Duration::from_secs(30),
            ..ScriptedPolicy::default()
        })
    });
    let poll = h.connect_lp();
    h.fail(poll);
    h.advance(30_000);
    let r = h.one_http("reconnect");
    h.status(r.id, 401);
    assert!(h.take_events().contains(&Event::Unauthorized));
    h.conn.set_token(h.now, "renewed", None);
    h.advance(0);
    let r = h.one_http("reconnect");
    assert_eq!(
        query(&r.url, "sessionid").as_deref(),
        Some("Bearer renewed")
    );
}

#[test]
fn stop_aborts_and_fails_pending_invocations() {
    let mut h = Harness::new();
    let socket = h.connect_ws();
    let id = h.conn.invoke(h.now, "queueHub", "work", vec![]).unwrap();
    h.take_io();
    h.take_events();
    h.conn.stop(h.now);
    let abort = h.one_http("abort");
    assert_eq!(abort.method, micc_client::realtime::protocol::Method::Post);
    assert_eq!(
        query(&abort.url, "transport").as_deref(),
        Some("webSockets")
    );
    assert_eq!(
        query(&abort.url, "connectionToken").as_deref(),
        Some("AQ+/tok==")
    );
    assert!(h.take_io().contains(&Io::CloseSocket { id: socket }));
    let events = h.take_events();
    assert!(events.contains(&Event::InvocationCompleted {
        id,
        result: Err(InvocationError::Stopped)
    }));
    assert!(events.contains(&Event::Disconnected(DisconnectReason::Stopped)));
    assert_eq!(h.conn.state(), State::Disconnected);
    assert_eq!(h.conn.poll_timeout(), None);
    // Stopping again does nothing; starting again works.
    h.conn.stop(h.now);
    assert!(h.take_io().is_empty());
    h.conn.start(h.now).unwrap();
    h.one_http("negotiate");
}

#[test]
fn illegal_transitions_are_typed_errors() {
    let mut h = Harness::new();
    assert!(matches!(
        h.conn.invoke(h.now, "queueHub", "x", vec![]),
        Err(RealtimeError::NotConnected(State::Disconnected))
    ));
    h.conn.start(h.now).unwrap();
    assert_eq!(
        h.conn.start(h.now),
        Err(RealtimeError::Illegal(
            micc_client::realtime::connection::IllegalTransition {
                from: State::Connecting,
                to: State::Connecting
            }
        ))
    );
    assert!(matches!(
        h.conn.invoke(h.now, "queueHub", "x", vec![]),
        Err(RealtimeError::NotConnected(State::Connecting))
    ));
    use State::*;
    for (from, to, ok) in [
        (Disconnected, Connecting, true),
        (Disconnected, Connected, false),
        (Disconnected, Reconnecting, false),
        (Connecting, Connected, true),
        (Connecting, Reconnecting, false),
        (Connected, Connecting, false),
        (Connected, Reconnecting, true),
        (Reconnecting, Connecting, false),
        (Reconnecting, Connected, true),
        (Reconnecting, Disconnected, true),
        (Connected, Connected, false),
    ] {
        assert_eq!(check_transition(from, to).is_ok(), ok, "{from} -> {to}");
    }
}

#[test]
fn the_policy_giving_up_disconnects() {
    let mut h = Harness::with(|c| {
        c.polling = None;
        c.reconnect_policy = Box::new(ScriptedPolicy {
            delay: Duration::from_secs(1),
            give_up_after: Some(2),
            ..ScriptedPolicy::default()
        })
    });
    let socket = h.connect_ws();
    h.closed(socket);
    for _ in 0..2 {
        h.advance(1_000);
        let (s, _) = h.opened_socket();
        h.closed(s);
    }
    let events = h.take_events();
    assert!(
        matches!(
            events.last(),
            Some(Event::Disconnected(DisconnectReason::GaveUp(_)))
        ),
        "{events:?}"
    );
    assert_eq!(h.conn.state(), State::Disconnected);
    assert_eq!(h.conn.poll_timeout(), None);
}

#[test]
fn server_hints_reconnect_and_disconnect() {
    // T:1: reconnect the same connection.
    let mut h = Harness::new();
    let socket = h.connect_ws();
    h.text(socket, r#"{"C":"c1","T":1,"M":[]}"#);
    assert!(
        h.take_events()
            .contains(&Event::Reconnecting(ReconnectReason::ServerRequested))
    );
    h.advance(1_000);
    assert!(h.opened_socket().1.contains("/reconnect?"));
    // D:1: the server ended it; a new connection.
    let mut h = Harness::new();
    let socket = h.connect_ws();
    h.text(socket, r#"{"C":"c1","D":1,"M":[]}"#);
    assert!(
        h.take_events()
            .contains(&Event::Reconnecting(ReconnectReason::ServerDisconnected))
    );
    h.advance(1_000);
    h.one_http("negotiate");
}

#[test]
fn events_are_numbered_and_bad_input_is_a_warning() {
    let mut h = Harness::new();
    let socket = h.connect_ws();
    h.take_events();
    h.text(socket, r#"{"C":"c1","M":[
        {"H":"queueHub","M":"queueConversationChanged","A":[[{"conversationId":"c1"},{"conversationId":"c2"}]]},
        {"H":"queueHub","M":"queueConversationRemoved","A":[["c1"]]},
        {"H":"queueHub","M":"queueStateChanged","A":["not a model"]},
        {"H":"future","M":"thing","A":[]}]}"#);
    let events = h.take_events();
    let seqs: Vec<u64> = events
        .iter()
        .filter_map(|e| match e {
            Event::Hub { seq, .. } => Some(*seq),
            _ => None,
        })
        .collect();
    assert_eq!(seqs, [1, 2, 3]);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::Warning(Warning::EventDecode(_))))
    );
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Hub {
            event: HubEvent::Unknown { .. },
            ..
        }
    )));
    h.text(socket, "{not json");
    h.text(socket, "[1,2]");
    let events = h.take_events();
    assert_eq!(events.len(), 2);
    assert!(
        events
            .iter()
            .all(|e| matches!(e, Event::Warning(Warning::Protocol(_))))
    );
    assert_eq!(h.conn.state(), State::Connected);
    // Unknown request and socket ids are ignored.
    h.ok(micc_client::realtime::connection::RequestId(123_456), "{}");
    h.text(micc_client::realtime::connection::SocketId(123_456), INIT);
    assert!(h.take_events().is_empty());
}

#[test]
fn a_monitor_in_flight_when_the_connection_drops_is_redone_even_if_groups_come_back() {
    let mut h = Harness::new();
    let socket = connected_with_groups(&mut h);
    let _ = h.conn.subscribe(h.now, Topic::QueueState, &["q1"]).unwrap();
    assert_eq!(sent_json(&mut h)[0]["M"], "addStateMonitor");
    // Lost before the answer: the server may or may not have added the group.
    h.closed(socket);
    h.advance(1_000);
    let (s2, url) = h.opened_socket();
    assert_eq!(query(&url, "groupsToken").as_deref(), Some("groups-1"));
    h.socket(s2, SocketEvent::Opened);
    assert!(
        h.take_events()
            .contains(&Event::Reconnected { restored: true })
    );
    let sent = sent_json(&mut h);
    assert_eq!(
        (sent[0]["M"].as_str(), &sent[0]["A"]),
        (Some("addStateMonitor"), &json!([["q1"]]))
    );
}

#[test]
fn a_subscription_made_while_reconnecting_is_sent_after_a_restoring_reconnect() {
    let mut h = Harness::new();
    let socket = connected_with_groups(&mut h);
    h.closed(socket);
    let _ = h
        .conn
        .subscribe(h.now, Topic::QueueConversations, &["q9"])
        .unwrap();
    assert!(h.sent_texts().is_empty());
    h.advance(1_000);
    let (s2, _) = h.opened_socket();
    h.socket(s2, SocketEvent::Opened);
    assert!(
        h.take_events()
            .contains(&Event::Reconnected { restored: true })
    );
    let sent = sent_json(&mut h);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(
        (sent[0]["M"].as_str(), &sent[0]["A"]),
        (Some("addConversationMonitor"), &json!([["q9"]]))
    );
    h.text(s2, &format!(r#"{{"I":{}}}"#, sent[0]["I"]));
    assert!(
        h.take_events()
            .iter()
            .any(|e| matches!(e, Event::SnapshotNeeded(s) if s.ids == ["q9"]))
    );
}
