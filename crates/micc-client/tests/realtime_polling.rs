//! The polling fallback of the connection state machine, driven by hand: when no SignalR
//! transport works the connection polls (REST snapshots of every subscription each
//! interval, paused while the page is hidden), tries real time again now and then, and
//! goes back to real time with every monitor added.

mod realtime_support;

use micc_client::realtime::connection::{
    DisconnectReason, Event, PollingConfig, SnapshotRequest, SocketEvent, Topic,
};
use micc_client::realtime::{State, Transport};
use realtime_support::*;
use std::time::Duration;

const POLLING: PollingConfig = PollingConfig {
    interval: Duration::from_secs(5),
    retry_realtime_after: Duration::from_secs(60),
};

fn harness() -> Harness {
    Harness::with(|c| c.polling = Some(POLLING))
}

fn snapshots(events: &[Event]) -> Vec<(Topic, Vec<String>)> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::SnapshotNeeded(SnapshotRequest { topic, ids, .. }) => {
                Some((*topic, ids.clone()))
            }
            _ => None,
        })
        .collect()
}

/// start; WebSockets refused; long polling refused: every transport failed.
fn fail_every_transport(h: &mut Harness) {
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.ok(n.id, &negotiate_body("20.0", true));
    let (socket, _) = h.opened_socket();
    h.closed(socket);
    let c = h.one_http("connect");
    h.fail(c.id);
}

#[test]
fn no_transport_left_falls_back_to_polling_with_a_snapshot_of_every_subscription() {
    let mut h = harness();
    h.conn
        .subscribe(h.now, Topic::QueueState, &["q1", "q2"])
        .unwrap();
    h.conn.subscribe(h.now, Topic::Me, &[] as &[&str]).unwrap();
    fail_every_transport(&mut h);
    let events = h.take_events();
    assert!(events.contains(&Event::TransportsExhausted));
    assert!(
        events.iter().any(
            |e| matches!(e, Event::PollingFallback { reason } if reason.contains("longPolling"))
        ),
        "{events:?}"
    );
    assert!(!events.iter().any(|e| matches!(e, Event::Disconnected(_))));
    assert_eq!(h.conn.state(), State::Polling);
    assert_eq!(State::Polling.name(), "polling");
    // The first round at once.
    h.advance(0);
    let first = snapshots(&h.take_events());
    assert!(
        first.contains(&(Topic::QueueState, vec!["q1".into(), "q2".into()])),
        "{first:?}"
    );
    assert!(first.contains(&(Topic::Me, vec![])), "{first:?}");
    // No SignalR request while polling, until the retry.
    assert!(h.take_io().is_empty());
}

#[test]
fn polling_repeats_every_interval_and_pauses_while_hidden() {
    let mut h = harness();
    h.conn.subscribe(h.now, Topic::QueueState, &["q1"]).unwrap();
    fail_every_transport(&mut h);
    h.advance(0);
    h.take_events();
    h.advance(4_999);
    assert!(
        snapshots(&h.take_events()).is_empty(),
        "not before the interval"
    );
    h.advance(1);
    assert_eq!(
        snapshots(&h.take_events()),
        [(Topic::QueueState, vec!["q1".into()])]
    );
    // Hidden: nothing, however long.
    h.conn.set_visible(h.now, false);
    h.advance(30_000);
    assert!(snapshots(&h.take_events()).is_empty());
    // Visible again: a round at once, then every interval.
    h.conn.set_visible(h.now, true);
    assert_eq!(snapshots(&h.take_events()).len(), 1);
    h.advance(5_000);
    assert_eq!(snapshots(&h.take_events()).len(), 1);
}

#[test]
fn a_subscription_made_while_polling_gets_its_snapshot_at_once() {
    let mut h = harness();
    fail_every_transport(&mut h);
    h.take_events();
    h.conn
        .subscribe(h.now, Topic::QueueConversations, &["q9"])
        .unwrap();
    assert_eq!(
        snapshots(&h.take_events()),
        [(Topic::QueueConversations, vec!["q9".into()])]
    );
    // And in every round from then on.
    h.advance(5_000);
    assert!(snapshots(&h.take_events()).contains(&(Topic::QueueConversations, vec!["q9".into()])));
}

#[test]
fn real_time_is_tried_again_and_brings_the_monitors_back() {
    let mut h = harness();
    h.conn.subscribe(h.now, Topic::QueueState, &["q1"]).unwrap();
    fail_every_transport(&mut h);
    h.advance(0);
    h.take_events();
    h.take_io();
    // A failed retry: still polling, the next retry a minute later.
    h.advance(60_000);
    let n = h.one_http("negotiate");
    h.status(n.id, 502);
    assert_eq!(h.conn.state(), State::Polling);
    h.advance(59_000);
    assert!(h.take_http("negotiate").is_empty());
    // Polling went on meanwhile.
    assert!(!snapshots(&h.take_events()).is_empty());
    h.advance(1_000);
    let n = h.one_http("negotiate");
    h.ok(n.id, &negotiate_body("20.0", true));
    let (socket, _) = h.opened_socket();
    h.socket(socket, SocketEvent::Opened);
    h.text(socket, INIT);
    let s = h.one_http("start");
    h.ok(s.id, STARTED);
    assert_eq!(h.conn.state(), State::Connected);
    assert_eq!(h.conn.transport(), Some(Transport::WebSockets));
    // The monitor is added on the new connection.
    let sent = h.sent_texts();
    assert!(
        sent.iter()
            .any(|t| t.contains("addStateMonitor") && t.contains("q1")),
        "{sent:?}"
    );
    // No more polling rounds.
    h.take_events();
    h.advance(10_000);
    assert!(snapshots(&h.take_events()).is_empty());
}

#[test]
fn reconnecting_that_gives_up_polls() {
    let mut h = Harness::with(|c| {
        c.polling = Some(POLLING);
        c.reconnect_policy = Box::new(ScriptedPolicy {
            delay: Duration::from_secs(1),
            give_up_after: Some(1),
            ..ScriptedPolicy::default()
        })
    });
    h.conn.subscribe(h.now, Topic::QueueState, &["q1"]).unwrap();
    let socket = h.connect_ws();
    h.closed(socket);
    h.advance(1_000);
    let (s, _) = h.opened_socket();
    h.closed(s);
    assert_eq!(h.conn.state(), State::Polling);
    h.advance(0);
    assert!(!snapshots(&h.take_events()).is_empty());
}

#[test]
fn a_refused_token_does_not_poll() {
    let mut h = harness();
    h.conn.start(h.now).unwrap();
    let n = h.one_http("negotiate");
    h.status(n.id, 401);
    assert_eq!(h.conn.state(), State::Disconnected);
    assert!(
        h.take_events()
            .iter()
            .any(|e| matches!(e, Event::Disconnected(DisconnectReason::StartFailed(_))))
    );
}

#[test]
fn stop_ends_polling() {
    let mut h = harness();
    h.conn.subscribe(h.now, Topic::QueueState, &["q1"]).unwrap();
    fail_every_transport(&mut h);
    h.conn.stop(h.now);
    assert_eq!(h.conn.state(), State::Disconnected);
    h.take_events();
    assert_eq!(h.conn.poll_timeout(), None, "no timer left");
    // A new start tries real time first.
    h.conn.start(h.now).unwrap();
    assert_eq!(h.take_http("negotiate").len(), 1);
}

#[test]
fn offline_reconnect_attempts_wait_for_the_network_and_go_at_once_when_it_is_back() {
    let mut h = harness();
    let socket = h.connect_ws();
    h.conn.set_online(h.now, false);
    h.closed(socket);
    assert_eq!(h.conn.state(), State::Reconnecting);
    // However long offline: no attempt, and the policy is not used up.
    h.advance(600_000);
    assert!(h.take_io().is_empty(), "no attempt while offline");
    assert_eq!(h.conn.state(), State::Reconnecting);
    h.conn.set_online(h.now, true);
    let events = h.take_events();
    assert!(events.contains(&Event::NetworkChanged { online: false }));
    assert!(events.contains(&Event::NetworkChanged { online: true }));
    h.advance(0);
    // An attempt at once (no back-off delay): after ten minutes the server has forgotten
    // the connection, so a new one is negotiated.
    assert_eq!(h.take_http("negotiate").len(), 1);
    assert_eq!(h.conn.state(), State::Reconnecting);
}

#[test]
fn a_short_time_offline_reconnects_the_same_connection() {
    let mut h = harness();
    let socket = h.connect_ws();
    h.conn.set_online(h.now, false);
    h.closed(socket);
    h.advance(3_000);
    assert!(h.take_io().is_empty());
    h.conn.set_online(h.now, true);
    h.advance(0);
    let (_, url) = h.opened_socket();
    assert!(url.contains("/reconnect?"), "{url}");
}

#[test]
fn back_online_while_polling_tries_real_time_at_once() {
    let mut h = harness();
    fail_every_transport(&mut h);
    h.advance(0);
    h.take_io();
    h.conn.set_online(h.now, false);
    h.conn.set_online(h.now, true);
    h.advance(0);
    assert_eq!(h.take_http("negotiate").len(), 1, "no minute's wait");
}
