//! Auth as embedders need it: refused credentials are kept back, a live client takes new
//! tokens and credentials, an initial token with a refresh callback, secrets only over
//! https (or loopback), and servers behind a reverse proxy's path prefix.

mod support;

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use micc_client::auth::{ProvidedToken, Secret, provider_fn};
use micc_client::{ClientConfig, Credentials, MiccClient, normalize_server};
use support::*;

const STATE: &str = r#"{"Id":"q1","Name":"Sales","WaitingConversations":2}"#;
const REFUSED: &str =
    r#"{"error":"invalid_grant","error_description":"The user name or password is incorrect."}"#;

fn token_requests(s: &Scripted) -> usize {
    s.urls().iter().filter(|u| u.ends_with("/token")).count()
}

#[test]
fn a_refused_password_is_not_sent_again_until_the_credentials_change() {
    let s = Scripted::new();
    s.reply(status(400, REFUSED));
    let client = s.client(Credentials::password("agent", "wrong-pw"));
    let first = block_on(client.queues().state("Sales").send()).unwrap_err();
    assert_eq!(first.kind(), "auth");
    assert!(first.to_string().contains("incorrect"), "{first}");
    for _ in 0..5 {
        let again = block_on(client.queues().state("Sales").send()).unwrap_err();
        assert_eq!(again, first, "one clear error, every time");
    }
    assert_eq!(
        s.requests().len(),
        1,
        "the password was sent once: {:?}",
        s.urls()
    );
    // Clones share the refusal.
    assert!(block_on(client.clone().agents().states().send()).is_err());
    assert_eq!(s.requests().len(), 1);

    client
        .set_credentials(Credentials::password("agent", "right-pw"))
        .unwrap();
    s.reply(token_answer("tok-1", 3600)).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(token_requests(&s), 2);
    assert!(
        s.requests()[1]
            .body
            .as_deref()
            .unwrap()
            .contains("right-pw")
    );
}

#[test]
fn a_refused_client_secret_is_kept_back_too_but_an_unreachable_endpoint_is_tried_again() {
    let s = Scripted::new();
    s.reply(status(401, r#"{"error":"invalid_client"}"#));
    let client = s.client(Credentials::client("wallboard", "bad-secret"));
    for _ in 0..3 {
        assert_eq!(
            block_on(client.queues().state("Sales").send())
                .unwrap_err()
                .kind(),
            "auth"
        );
    }
    assert_eq!(token_requests(&s), 1);

    // A server error is no verdict on the credentials: the next call asks again.
    let s = Scripted::new();
    for _ in 0..4 {
        s.reply(status(503, ""));
    }
    let client = s.client(Credentials::client("wallboard", "secret"));
    assert!(block_on(client.queues().state("Sales").send()).is_err());
    s.reply(token_answer("tok-1", 3600)).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
}

#[test]
fn a_live_client_takes_a_new_token() {
    let s = Scripted::new();
    let client = s.client(Credentials::token("tok-old"));
    s.reply(ok(STATE)).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    client.set_token("tok-new", None).unwrap();
    block_on(client.queues().state("Sales").send()).unwrap();
    let auth: Vec<_> = s
        .requests()
        .iter()
        .map(|r| r.header("Authorization").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(auth, ["Bearer tok-old", "Bearer tok-new"]);
    for bad in ["", "tok\r\nX: y", "tök☃"] {
        assert_eq!(
            client.set_token(bad, None).unwrap_err().kind(),
            "invalid-argument"
        );
    }

    // With a password, a token set by the host is used until it lapses.
    let s = Scripted::new();
    let client = s.client(Credentials::password("agent", "pw"));
    client
        .set_token("tok-host", Some(Duration::from_secs(600)))
        .unwrap();
    s.reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(token_requests(&s), 0);
    s.advance(600_000.0);
    s.reply(token_answer("tok-renewed", 3600)).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(token_requests(&s), 1);
}

/// Pending once, then ready: lets concurrent callers meet in the renewal.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

#[test]
fn an_initial_token_with_a_refresh_callback() {
    let asked = Rc::new(Cell::new(0u32));
    let fail_next = Rc::new(Cell::new(false));
    let provider = {
        let (asked, fail_next) = (asked.clone(), fail_next.clone());
        provider_fn(move || {
            let n = asked.get() + 1;
            asked.set(n);
            let fail = fail_next.get();
            async move {
                YieldOnce(false).await;
                if fail {
                    return Err("the backend said no".to_owned());
                }
                Ok(ProvidedToken {
                    token: Secret::new(format!("refreshed-{n}")),
                    expires_in: Some(300.0),
                })
            }
        })
    };
    let s = Scripted::new();
    let client = s.client(Credentials::refreshing("initial", Some(300.0), provider));
    s.reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(asked.get(), 0, "the initial token is used first");
    assert_eq!(
        s.requests()[0].header("Authorization"),
        Some("Bearer initial")
    );

    // It lapses: concurrent requests share one call of the callback.
    s.advance(300_000.0);
    for _ in 0..3 {
        s.reply(ok(STATE));
    }
    let (a, b, c) = block_on(async {
        futures::join!(
            client.queues().state("A").send(),
            client.queues().state("B").send(),
            client.queues().state("C").send()
        )
    });
    assert!(a.is_ok() && b.is_ok() && c.is_ok());
    assert_eq!(asked.get(), 1);
    assert_eq!(
        s.requests()[3].header("Authorization"),
        Some("Bearer refreshed-1")
    );

    // The callback's failure is a typed error; the next call asks again.
    s.advance(300_000.0);
    fail_next.set(true);
    let e = block_on(client.queues().state("Sales").send()).unwrap_err();
    assert_eq!(e.kind(), "auth");
    assert!(e.to_string().contains("the backend said no"), "{e}");
    fail_next.set(false);
    s.reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(asked.get(), 3);
}

#[test]
fn passwords_and_secrets_travel_over_https_or_to_loopback_only() {
    let s = Scripted::new();
    let make =
        |server: &str, c: Credentials| MiccClient::new(ClientConfig::new(server, c), s.clone());
    for server in [
        "http://cc.example",
        "http://10.0.0.5:8080",
        "http://127.example",
        "http://localhost.evil.com",
    ] {
        let e = make(server, Credentials::password("agent", "pw")).unwrap_err();
        assert_eq!(e.kind(), "invalid-argument", "{server}");
        assert!(e.to_string().contains("https"), "{e}");
        assert!(
            make(server, Credentials::client("app", "secret")).is_err(),
            "{server}"
        );
        // Tokens and no credentials are the embedder's call.
        assert!(make(server, Credentials::token("t")).is_ok(), "{server}");
        assert!(make(server, Credentials::None).is_ok(), "{server}");
    }
    for server in [
        "https://cc.example",
        "http://127.0.0.1:5000",
        "http://127.255.0.9",
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://[::1]:8080",
    ] {
        assert!(
            make(server, Credentials::password("agent", "pw")).is_ok(),
            "{server}"
        );
    }
    let client = make("http://cc.example", Credentials::None).unwrap();
    assert_eq!(
        client
            .set_credentials(Credentials::password("agent", "pw"))
            .unwrap_err()
            .kind(),
        "invalid-argument"
    );
}

#[test]
fn a_server_behind_a_path_prefix() {
    assert_eq!(
        normalize_server(" https://intranet/mitel/ ").unwrap(),
        "https://intranet/mitel"
    );
    assert_eq!(
        normalize_server("https://intranet:8443/a/b-c/").unwrap(),
        "https://intranet:8443/a/b-c"
    );
    for bad in [
        "https://intranet/a/../b",
        "https://intranet/./a",
        "https://intranet//a",
        "https://intranet/a?x=1",
        "https://intranet/a#top",
        "https://user@intranet/a",
        "https://intranet/a b",
    ] {
        assert!(normalize_server(bad).is_err(), "{bad}");
    }
    let s = Scripted::new();
    let client = MiccClient::new(
        ClientConfig::new(
            "https://intranet/mitel/",
            Credentials::password("agent", "pw"),
        ),
        s.clone(),
    )
    .unwrap();
    s.reply(token_answer("tok-1", 3600)).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(
        s.urls(),
        [
            "https://intranet/mitel/authorizationserver/token",
            "https://intranet/mitel/miccsdk/api/v1/queues/Sales/state"
        ]
    );
    assert_eq!(client.server(), "https://intranet/mitel");
}
