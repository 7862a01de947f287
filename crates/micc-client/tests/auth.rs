//! The token lifecycle against a scripted server: each grant, expiry and renewal before it
//! lapses, single-flight renewal, and the 401 path.

mod support;

use std::rc::Rc;

use micc_client::auth::{ProvidedToken, Secret, TokenFuture, TokenProvider};
use micc_client::{Credentials, Error};
use support::*;

const STATE: &str = r#"{"Id":"q1","Name":"Sales","WaitingConversations":2}"#;

fn bearer(r: &micc_client::http::Request) -> Option<String> {
    r.header("Authorization").map(str::to_owned)
}

#[test]
fn password_grant_gets_a_token_then_calls_with_it() {
    let s = Scripted::new();
    s.reply(token_answer("tok-1", 3600)).reply(ok(STATE));
    let client = s.client(Credentials::password("agent", "pw-secret"));
    let state = block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(state.name.as_deref(), Some("Sales"));
    let reqs = s.requests();
    assert_eq!(reqs[0].url, "https://cc.example/authorizationserver/token");
    assert_eq!(
        reqs[0].body.as_deref(),
        Some("grant_type=password&username=agent&password=pw-secret")
    );
    assert_eq!(
        reqs[1].url,
        "https://cc.example/miccsdk/api/v1/queues/Sales/state"
    );
    assert_eq!(bearer(&reqs[1]).as_deref(), Some("Bearer tok-1"));
    // The token is reused while fresh.
    s.reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(s.requests().len(), 3);
}

#[test]
fn client_credentials_with_impersonation_send_the_header() {
    let s = Scripted::new();
    s.reply(token_answer("tok-i", 3600)).reply(ok(STATE));
    let client = s.client(Credentials::impersonating(
        "wallboard",
        "cs-secret",
        "agent",
    ));
    block_on(client.queues().state("Sales").send()).unwrap();
    let token = &s.requests()[0];
    assert_eq!(token.header("Impersonate"), Some("agent"));
    assert!(
        token
            .body
            .as_deref()
            .unwrap()
            .starts_with("grant_type=client_credentials&client_id=wallboard")
    );
}

#[test]
fn a_token_is_renewed_before_it_lapses() {
    let s = Scripted::new();
    s.reply(token_answer("tok-1", 600)).reply(ok(STATE));
    let client = s.client(Credentials::client("wallboard", "cs-secret"));
    block_on(client.queues().state("Sales").send()).unwrap();
    // 600 s lifetime: renewed 60 s (a tenth) before expiry, so at 541 s it is renewed.
    s.advance(500_000.0);
    s.reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(s.requests().len(), 3, "still fresh at 500 s");
    s.advance(41_000.0);
    s.reply(token_answer("tok-2", 600)).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    let reqs = s.requests();
    assert!(reqs[3].url.ends_with("/authorizationserver/token"));
    assert_eq!(bearer(&reqs[4]).as_deref(), Some("Bearer tok-2"));
}

#[test]
fn concurrent_requests_share_one_renewal() {
    let s = Scripted::new();
    s.reply(token_answer("tok-1", 3600));
    for _ in 0..3 {
        s.reply(ok(STATE));
    }
    let client = s.client(Credentials::password("agent", "pw"));
    let (a, b, c) = block_on(async {
        futures::join!(
            client.queues().state("A").send(),
            client.queues().state("B").send(),
            client.queues().state("C").send()
        )
    });
    assert!(a.is_ok() && b.is_ok() && c.is_ok());
    let token_requests = s.urls().iter().filter(|u| u.ends_with("/token")).count();
    assert_eq!(token_requests, 1, "{:?}", s.urls());
}

#[test]
fn a_401_renews_once_and_retries_once() {
    let s = Scripted::new();
    s.reply(token_answer("tok-1", 3600))
        .reply(status(
            401,
            r#"{"Message":"Authorization has been denied for this request."}"#,
        ))
        .reply(token_answer("tok-2", 3600))
        .reply(ok(STATE));
    let client = s.client(Credentials::password("agent", "pw"));
    block_on(client.queues().state("Sales").send()).unwrap();
    let reqs = s.requests();
    assert_eq!(reqs.len(), 4);
    assert_eq!(bearer(&reqs[3]).as_deref(), Some("Bearer tok-2"));

    // A second refusal of the fresh token is final.
    s.reply(status(401, "{}"))
        .reply(token_answer("tok-3", 3600))
        .reply(status(401, "{}"));
    let e = block_on(client.queues().state("Sales").send()).unwrap_err();
    assert!(matches!(e, Error::Auth { .. }), "{e:?}");
}

#[test]
fn a_static_token_cannot_be_renewed_so_a_401_is_an_auth_error() {
    let s = Scripted::new();
    s.reply(ok(STATE)).reply(status(401, "{}"));
    let client = s.client(Credentials::token("host-token"));
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(
        bearer(&s.requests()[0]).as_deref(),
        Some("Bearer host-token")
    );
    let e = block_on(client.queues().state("Sales").send()).unwrap_err();
    assert_eq!(e.kind(), "auth");
    assert_eq!(s.requests().len(), 2, "no token endpoint for a host token");
}

struct Counter(Rc<std::cell::Cell<u32>>);

impl TokenProvider for Counter {
    fn token(&self) -> TokenFuture {
        let n = self.0.get() + 1;
        self.0.set(n);
        Box::pin(async move {
            Ok(ProvidedToken {
                token: Secret::new(format!("host-{n}")),
                expires_in: Some(300.0),
            })
        })
    }
}

#[test]
fn a_host_callback_is_asked_for_each_new_token() {
    let s = Scripted::new();
    let asked = Rc::new(std::cell::Cell::new(0));
    let client = s.client(Credentials::Provider(Rc::new(Counter(asked.clone()))));
    s.reply(ok(STATE)).reply(status(401, "{}")).reply(ok(STATE));
    block_on(client.queues().state("Sales").send()).unwrap();
    block_on(client.queues().state("Sales").send()).unwrap();
    assert_eq!(asked.get(), 2, "asked again after the 401");
    let reqs = s.requests();
    assert_eq!(bearer(&reqs[2]).as_deref(), Some("Bearer host-2"));
    assert!(reqs.iter().all(|r| !r.url.contains("/token")));
}

#[test]
fn refusals_and_debug_output_never_show_credentials() {
    let s = Scripted::new();
    s.reply(status(
        400,
        r#"{"error":"invalid_grant","error_description":"Bad password pw-secret-123"}"#,
    ));
    let client = s.client(Credentials::password("agent", "pw-secret-123"));
    let e = block_on(client.queues().state("Sales").send()).unwrap_err();
    let text = format!("{e} {e:?} {client:?}");
    assert!(matches!(e, Error::Auth { .. }));
    assert!(!text.contains("pw-secret-123"), "{text}");
    let reqs = format!("{:?}", s.requests());
    assert!(!reqs.contains("pw-secret-123"), "{reqs}");
}
