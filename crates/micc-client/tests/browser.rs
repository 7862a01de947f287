//! Runs in headless Chromium (`wasm-pack test`) against a running micc-sim whose URL the
//! test command passes at build time in `MICC_SIM_URL`.
#![cfg(target_arch = "wasm32")]

use micc_client::{FetchTransport, MiccClient};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sim_url() -> &'static str {
    let Some(url) = option_env!("MICC_SIM_URL") else {
        panic!("MICC_SIM_URL must name a running micc-sim at build time");
    };
    url
}

/// A supervisor token from the simulator's token endpoint (the client's own grants come with
/// the authentication work; this keeps the test independent of them).
async fn token() -> String {
    let response =
        gloo_net::http::Request::post(&format!("{}/authorizationserver/token", sim_url()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("grant_type=password&username=supervisor&password=supervisor")
            .unwrap()
            .send()
            .await
            .unwrap();
    let v: serde_json::Value = response.json().await.unwrap();
    v["access_token"].as_str().unwrap().to_owned()
}

#[wasm_bindgen_test]
async fn reads_queue_states_from_the_simulator() {
    let client = MiccClient::new(sim_url(), FetchTransport)
        .unwrap()
        .with_token(token().await);
    let page = client.queues().states().await.unwrap();
    let count = page.count.expect("the simulator sends count");
    assert!(count > 0, "the simulator has queues");
    assert_eq!(page.items().len() as u64, count);
    assert!(
        page.items()
            .iter()
            .all(|q| q.name.as_deref().is_some_and(|n| !n.is_empty()))
    );
}

#[wasm_bindgen_test]
async fn without_a_token_the_simulator_answers_401() {
    let client = MiccClient::new(sim_url(), FetchTransport).unwrap();
    match client.queues().states().await {
        Err(micc_client::Error::Status { status: 401, .. }) => {}
        other => panic!("expected 401, got {other:?}"),
    }
}
