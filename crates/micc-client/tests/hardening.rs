//! Nothing from the network or the host can panic, reach the platform with a value it
//! would throw on, or wedge the client: header values, timer limits, path parameters,
//! odd platform values, and error texts that stay bounded and show no secret.

mod support;

use std::rc::Rc;
use std::time::Duration;

use micc_client::auth::{ProvidedToken, Secret, TokenFuture, TokenProvider};
use micc_client::http::{Response, header_value_ok};
use micc_client::{ClientConfig, Credentials, Error, MiccClient, RetryPolicy};
use support::*;

const STATE: &str = r#"{"Id":"q1","Name":"Sales","WaitingConversations":2}"#;

fn config(credentials: Credentials) -> ClientConfig {
    ClientConfig::new("https://cc.example", credentials)
}

#[test]
fn header_values_a_browser_refuses_are_recognised() {
    for ok in ["Bearer abc.DEF-123_~+/=", "José Müller", "tab\there", ""] {
        assert!(header_value_ok(ok), "{ok:?}");
    }
    for bad in [
        "Zoë ☃",
        "名前",
        "a\r\nX-Injected: 1",
        "a\nb",
        "nul\0",
        "del\u{7f}",
        "\u{1}",
    ] {
        assert!(!header_value_ok(bad), "{bad:?}");
    }
}

#[test]
fn an_impersonated_name_no_header_can_carry_is_refused_before_anything_is_sent() {
    let s = Scripted::new();
    for name in ["Zoë ☃", "agent\r\nX-Admin: 1"] {
        let e = MiccClient::new(
            config(Credentials::impersonating("app", "secret", name)),
            s.clone(),
        )
        .unwrap_err();
        assert_eq!(e.kind(), "invalid-argument", "{e}");
        assert!(e.to_string().contains("Impersonate"), "{e}");
    }
    let e = MiccClient::new(config(Credentials::token("tok☃")), s.clone()).unwrap_err();
    assert_eq!(e.kind(), "invalid-argument");
    assert!(
        !e.to_string().contains("tok☃"),
        "never the token itself: {e}"
    );
    assert!(s.requests().is_empty());
}

#[test]
fn a_token_the_endpoint_sends_that_no_header_can_carry_is_an_auth_error_and_the_next_call_recovers()
{
    let s = Scripted::new();
    s.reply(token_answer("tok\u{2603}bad", 3600));
    let client = s.client(Credentials::password("agent", "pw-secret"));
    let e = block_on(client.queues().state("Sales").send()).unwrap_err();
    assert_eq!(e.kind(), "auth", "{e}");
    assert!(!e.to_string().contains("tok\u{2603}bad"));
    assert_eq!(s.requests().len(), 1, "the bad token was never sent");
    // The renewal flight is not wedged: the next call renews again and works.
    s.reply(token_answer("tok-good", 3600)).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(
        s.requests()[2].header("Authorization"),
        Some("Bearer tok-good")
    );
}

struct Scripted2(Rc<std::cell::RefCell<Vec<Result<&'static str, &'static str>>>>);

impl TokenProvider for Scripted2 {
    fn token(&self) -> TokenFuture {
        let next = self.0.borrow_mut().remove(0);
        Box::pin(async move {
            next.map(|t| ProvidedToken {
                token: Secret::new(t),
                expires_in: Some(300.0),
            })
            .map_err(str::to_owned)
        })
    }
}

#[test]
fn every_failure_of_a_renewal_leaves_the_flight_ready_for_the_next() {
    let s = Scripted::new();
    let answers = Rc::new(std::cell::RefCell::new(vec![
        Err("backend down"),
        Ok("bad\r\ntoken"),
        Ok(""),
        Ok("host-ok"),
    ]));
    let client = s.client(Credentials::Provider(Rc::new(Scripted2(answers))));
    for _ in 0..3 {
        let e = block_on(client.queues().state("A").send()).unwrap_err();
        assert_eq!(e.kind(), "auth", "{e}");
    }
    assert!(s.requests().is_empty());
    s.reply(ok(STATE));
    block_on(client.queues().state("A").send()).unwrap();
    assert_eq!(
        s.requests()[0].header("Authorization"),
        Some("Bearer host-ok")
    );
}

/// A provider that never answers.
struct Silent;

impl TokenProvider for Silent {
    fn token(&self) -> TokenFuture {
        Box::pin(std::future::pending())
    }
}

#[test]
fn a_token_callback_that_never_answers_times_out_instead_of_holding_every_request() {
    let s = Scripted::new();
    let client = s.client(Credentials::Provider(Rc::new(Silent)));
    let e = block_on(client.queues().state("Sales").send()).unwrap_err();
    assert_eq!(e.kind(), "auth");
    assert!(
        e.to_string().contains("did not answer within 30000 ms"),
        "{e}"
    );
}

#[test]
fn timers_longer_than_the_browser_limit_are_refused() {
    let s = Scripted::new();
    let limit = Duration::from_millis(i32::MAX as u64);
    for timeout in [
        limit + Duration::from_millis(1),
        Duration::from_millis(3_000_000_000),
        Duration::ZERO,
    ] {
        let mut c = config(Credentials::None);
        c.timeout = Some(timeout);
        let e = MiccClient::new(c, s.clone()).unwrap_err();
        assert_eq!(e.kind(), "invalid-argument", "{timeout:?}");
    }
    let mut c = config(Credentials::None);
    c.timeout = Some(limit);
    assert!(
        MiccClient::new(c, s.clone()).is_ok(),
        "the limit itself is fine"
    );
    for retry in [
        RetryPolicy {
            max_delay: Duration::from_secs(30 * 86_400),
            ..RetryPolicy::default()
        },
        RetryPolicy {
            max_retry_after: Duration::from_secs(30 * 86_400),
            ..RetryPolicy::default()
        },
        RetryPolicy {
            max_retries: 1_000_000,
            ..RetryPolicy::default()
        },
    ] {
        let mut c = config(Credentials::None);
        c.retry = retry;
        assert_eq!(
            MiccClient::new(c, s.clone()).unwrap_err().kind(),
            "invalid-argument"
        );
    }
}

#[test]
fn odd_random_values_from_a_platform_do_not_panic() {
    for r in [f64::NAN, f64::INFINITY, -1.0, 7.0] {
        let s = Scripted::new();
        s.0.random.set(Some(r));
        s.reply(status(503, "")).reply(ok(STATE));
        block_on(s.client(Credentials::None).queues().state("Sales").send()).unwrap();
        assert!(s.0.slept.borrow()[0] <= RetryPolicy::default().base_delay);
    }
}

#[test]
fn dot_segments_are_refused_as_path_parameters() {
    let s = Scripted::new();
    let client = s.client(Credentials::None);
    for bad in [".", ".."] {
        let e = block_on(client.queues().state(bad).send()).unwrap_err();
        assert_eq!(e.kind(), "invalid-argument", "{bad}");
        let e = block_on(client.cases().get("c1", bad).send()).unwrap_err();
        assert_eq!(e.kind(), "invalid-argument", "{bad}");
    }
    assert!(s.requests().is_empty());
    // Dots inside a value are plain characters.
    s.reply(ok(STATE));
    block_on(client.queues().state("...").send()).unwrap();
    s.reply(ok(STATE));
    block_on(client.queues().state("a.b").send()).unwrap();
    assert_eq!(
        s.urls(),
        [
            "https://cc.example/miccsdk/api/v1/queues/.../state",
            "https://cc.example/miccsdk/api/v1/queues/a.b/state"
        ]
    );
}

#[test]
fn a_decode_error_never_shows_the_token_in_use() {
    let s = Scripted::new();
    s.reply(token_answer("tok-in-use-4711", 3600)).reply(ok(
        r#"{"Name":"echo tok-in-use-4711","WaitingConversations":"many"}"#,
    ));
    let client = s.client(Credentials::password("agent", "pw-secret"));
    let e = block_on(client.queues().state("Sales").send()).unwrap_err();
    let Error::Decode { excerpt, .. } = &e else {
        panic!("{e:?}")
    };
    assert!(excerpt.contains("<redacted>"), "{excerpt}");
    assert!(!format!("{e} {e:?}").contains("tok-in-use-4711"));
}

#[test]
fn a_network_error_text_is_bounded() {
    let s = Scripted::new();
    for _ in 0..4 {
        s.fail(micc_client::http::SendError::Network("x".repeat(100_000)));
    }
    let e = block_on(s.client(Credentials::None).queues().state("Sales").send()).unwrap_err();
    assert_eq!(e.kind(), "network");
    assert!(
        e.to_string().chars().count() < 1_000,
        "{}",
        e.to_string().len()
    );
}

#[test]
fn the_token_endpoints_answer_never_shows_in_debug_output_or_errors() {
    let answer = token_answer("tok-from-endpoint-99", 3600);
    assert!(!format!("{answer:?}").contains("tok-from-endpoint-99"));
    let r = Response {
        status: 400,
        headers: Vec::new(),
        body: format!(
            r#"{{"error":"invalid_grant","error_description":"{} pw-secret-77"}}"#,
            "long ".repeat(10_000)
        ),
    };
    assert!(!format!("{r:?}").contains("pw-secret-77"));
    let s = Scripted::new();
    s.reply(r);
    let e = block_on(
        s.client(Credentials::password("agent", "pw-secret-77"))
            .queues()
            .state("Sales")
            .send(),
    )
    .unwrap_err();
    let text = e.to_string();
    assert_eq!(e.kind(), "auth");
    assert!(!text.contains("pw-secret-77"));
    assert!(text.chars().count() < 1_000, "bounded: {}", text.len());
}
