//! Retries, backoff, Retry-After, timeouts and typed errors, against a scripted server.

mod support;

use std::time::Duration;

use micc_client::http::SendError;
use micc_client::{Credentials, Error};
use support::*;

const STATE: &str = r#"{"Id":"q1","Name":"Sales","WaitingConversations":2}"#;

fn client(s: &Scripted) -> micc_client::MiccClient<Scripted> {
    s.client(Credentials::token("t0k3n-value"))
}

#[test]
fn transient_failures_of_reads_are_retried_with_growing_delays() {
    let s = Scripted::new();
    s.reply(status(503, "busy"))
        .fail(SendError::Network("reset".into()))
        .reply(status(502, ""))
        .reply(ok(STATE));
    let state = block_on(client(&s).queues().state("Sales").send()).unwrap();
    assert_eq!(state.name.as_deref(), Some("Sales"));
    let slept = s.0.slept.borrow().clone();
    assert_eq!(slept.len(), 3);
    assert!(slept[0] < slept[1] && slept[1] < slept[2], "{slept:?}");
}

#[test]
fn too_many_requests_waits_as_long_as_the_server_asks() {
    let s = Scripted::new();
    let mut limited = status(429, "slow down");
    limited.headers.push(("Retry-After".into(), "3".into()));
    s.reply(limited).reply(ok(STATE));
    block_on(client(&s).queues().state("Sales").send()).unwrap();
    assert_eq!(*s.0.slept.borrow(), vec![Duration::from_secs(3)]);
}

#[test]
fn retries_stop_at_the_limit_with_the_last_error() {
    let s = Scripted::new();
    for _ in 0..4 {
        s.reply(status(503, "down for maintenance"));
    }
    let e = block_on(client(&s).queues().state("Sales").send()).unwrap_err();
    assert_eq!(
        e,
        Error::Status {
            status: 503,
            excerpt: "down for maintenance".into()
        }
    );
    assert_eq!(s.requests().len(), 4, "one try and three retries");
}

#[test]
fn posts_are_not_repeated_after_an_ambiguous_failure() {
    let s = Scripted::new();
    s.reply(status(503, ""));
    let item = micc_client::models::OpenMediaRequestModel {
        subject: Some("Call back".into()),
        ..Default::default()
    };
    let e = block_on(client(&s).open_media().create(&item).send()).unwrap_err();
    assert_eq!(e.status(), Some(503));
    assert_eq!(s.requests().len(), 1);
}

#[test]
fn timeouts_and_network_errors_are_typed() {
    let s = Scripted::new();
    for _ in 0..4 {
        s.fail(SendError::Timeout);
    }
    let e = block_on(client(&s).queues().state("Sales").send()).unwrap_err();
    assert_eq!(e, Error::Timeout { after_ms: 30_000 });
    for _ in 0..4 {
        s.fail(SendError::Network("connection refused".into()));
    }
    let e = block_on(client(&s).queues().state("Sales").send()).unwrap_err();
    assert_eq!(e.kind(), "network");
}

#[test]
fn client_errors_are_not_retried_and_excerpts_hide_the_token() {
    let s = Scripted::new();
    s.reply(status(
        404,
        r#"{"Message":"Queue 'Nope' was not found for token t0k3n-value."}"#,
    ));
    let e = block_on(client(&s).queues().state("Nope").send()).unwrap_err();
    let Error::Status { status, excerpt } = e else {
        panic!()
    };
    assert_eq!(status, 404);
    assert!(
        excerpt.contains("<redacted>") && !excerpt.contains("t0k3n-value"),
        "{excerpt}"
    );
    assert_eq!(s.requests().len(), 1);
}

#[test]
fn hostile_bodies_with_status_200_are_decode_errors() {
    let s = Scripted::new();
    let huge = format!(r#"{{"Name":"{}"}}"#, "x".repeat(5_000_000));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let bodies = [
        "<!DOCTYPE html><html><body>Sign in</body></html>".to_owned(),
        r#"{"Id":"q1","Name":"Sa"#.to_owned(),
        r#"{"Id":"q1","WaitingConversations":"many"}"#.to_owned(),
        deep,
        String::new(),
    ];
    for body in &bodies {
        s.reply(ok(body));
        let e = block_on(client(&s).queues().state("Sales").send()).unwrap_err();
        let Error::Decode { excerpt, .. } = &e else {
            panic!("{e:?}")
        };
        assert!(excerpt.chars().count() <= micc_client::error::EXCERPT_LIMIT + 1);
    }
    // A huge string is fine: it decodes.
    s.reply(ok(&huge));
    let state = block_on(client(&s).queues().state("Sales").send()).unwrap();
    assert_eq!(state.name.map(|n| n.len()), Some(5_000_000));
}
