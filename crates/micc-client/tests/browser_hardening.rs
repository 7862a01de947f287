//! In headless Chromium against micc-sim (`MICC_SIM_URL`, as tests/browser.rs): what only a
//! browser shows. A header value `fetch` refuses is an error, not an exception thrown
//! through the wasm module (which would wedge the token renewal), and timers longer than
//! the browser's 2^31 - 1 ms limit neither fire at once nor are accepted.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use futures_util::future::{Either, select};
use micc_client::auth::{ProvidedToken, Secret, provider_fn};
use micc_client::http::{Method, Platform, Request, SendError};
use micc_client::{ClientConfig, Credentials, MiccClient, WebPlatform};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sim_url() -> &'static str {
    let Some(url) = option_env!("MICC_SIM_URL") else {
        panic!("MICC_SIM_URL must name a running micc-sim at build time");
    };
    url
}

fn get(url: String, headers: Vec<(String, String)>, timeout: Option<Duration>) -> Request {
    Request {
        method: Method::Get,
        url,
        headers,
        body: None,
        timeout,
    }
}

/// A token of the simulator's `agent`, fetched without the client.
async fn agent_token() -> String {
    let r = gloo_net::http::Request::post(&format!("{}/authorizationserver/token", sim_url()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("grant_type=password&username=agent&password=agent")
        .unwrap()
        .send()
        .await
        .unwrap();
    let v: serde_json::Value = r.json().await.unwrap();
    v["access_token"].as_str().unwrap().to_owned()
}

#[wasm_bindgen_test]
async fn a_header_value_fetch_refuses_is_an_error_not_an_exception() {
    for value in ["Zoë ☃", "agent\r\nX-Admin: 1", "nul\0"] {
        let r = WebPlatform
            .send(get(
                format!("{}/miccsdk/api/v1/queues/state", sim_url()),
                vec![("Impersonate".into(), value.into())],
                Some(Duration::from_secs(5)),
            ))
            .await;
        assert!(matches!(r, Err(SendError::Network(_))), "{value:?}: {r:?}");
    }
    // Latin-1 is what browsers send as it is (here a token the server does not know; a
    // header the simulator's CORS allows, so no preflight refuses it).
    let r = WebPlatform
        .send(get(
            format!("{}/miccsdk/api/v1/queues/state", sim_url()),
            vec![("Authorization".into(), "Bearer José-Müller".into())],
            Some(Duration::from_secs(5)),
        ))
        .await;
    assert_eq!(r.map(|r| r.status), Ok(401));
}

#[wasm_bindgen_test]
async fn a_token_no_header_can_carry_does_not_wedge_the_renewal() {
    let asked = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let provider = {
        let asked = asked.clone();
        provider_fn(move || {
            let n = asked.get() + 1;
            asked.set(n);
            async move {
                let token = if n == 1 {
                    "bad ☃ token".to_owned()
                } else {
                    agent_token().await
                };
                Ok(ProvidedToken {
                    token: Secret::new(token),
                    expires_in: None,
                })
            }
        })
    };
    let client = MiccClient::new(
        ClientConfig::new(sim_url(), Credentials::Provider(provider)),
        WebPlatform,
    )
    .unwrap();
    let e = client.employees().me().get().send().await.unwrap_err();
    assert_eq!(e.kind(), "auth", "{e}");
    let me = client.employees().me().get().send().await.unwrap();
    assert_eq!(me.username.as_deref(), Some("agent"));
    assert_eq!(asked.get(), 2);
}

#[wasm_bindgen_test]
async fn a_sleep_beyond_the_timer_limit_does_not_fire_at_once() {
    let long = std::pin::pin!(WebPlatform.sleep(Duration::from_millis(3_000_000_000)));
    let short = std::pin::pin!(WebPlatform.sleep(Duration::from_millis(300)));
    assert!(
        matches!(select(long, short).await, Either::Right(_)),
        "a 3e9 ms sleep fired before a 300 ms one"
    );
}

#[wasm_bindgen_test]
async fn a_request_timeout_beyond_the_limit_does_not_abort_at_once() {
    let r = WebPlatform
        .send(get(
            format!("{}/miccsdk/api/v1/queues/state", sim_url()),
            Vec::new(),
            Some(Duration::from_millis(3_000_000_000)),
        ))
        .await;
    assert_eq!(r.map(|r| r.status), Ok(401), "answered, not timed out");
}

#[wasm_bindgen_test]
async fn a_client_refuses_a_timeout_beyond_the_limit_and_takes_the_limit() {
    let mut config = ClientConfig::new(sim_url(), Credentials::password("agent", "agent"));
    config.timeout = Some(Duration::from_millis(3_000_000_000));
    let e = MiccClient::new(config.clone(), WebPlatform).unwrap_err();
    assert_eq!(e.kind(), "invalid-argument");
    config.timeout = Some(Duration::from_millis(i32::MAX as u64));
    let client = MiccClient::new(config, WebPlatform).unwrap();
    let me = client.employees().me().get().send().await.unwrap();
    assert_eq!(me.username.as_deref(), Some("agent"));
}
