//! Decoding speed in the browser: a 2,000-item `agents/states` page and a 300-item
//! `queues/state` page fetched from micc-sim, decoded into the typed models, beside
//! `JSON.parse` of the same text in the same run. Run by scripts/bench/client-decode.sh,
//! which starts the simulator and records the printed table.
#![cfg(target_arch = "wasm32")]

use micc_client::HalPage;
use micc_client::models::{AgentState, QueueState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 21;

fn sim_url() -> &'static str {
    option_env!("MICC_SIM_URL").unwrap_or("http://127.0.0.1:8080")
}

fn now() -> f64 {
    let perf = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap();
    let now: js_sys::Function = js_sys::Reflect::get(&perf, &"now".into())
        .unwrap()
        .unchecked_into();
    now.call0(&perf).unwrap().as_f64().unwrap()
}

async fn fetch(path: &str, token: &str) -> String {
    gloo_net::http::Request::get(&format!("{}{path}", sim_url()))
        .header("Authorization", &format!("Bearer {token}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn token() -> String {
    let r = gloo_net::http::Request::post(&format!("{}/authorizationserver/token", sim_url()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret")
        .unwrap()
        .send()
        .await
        .unwrap();
    let v: serde_json::Value = r.json().await.unwrap();
    v["access_token"].as_str().unwrap().to_owned()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn time(mut f: impl FnMut()) -> f64 {
    f(); // warm-up
    median(
        (0..RUNS)
            .map(|_| {
                let t = now();
                f();
                now() - t
            })
            .collect(),
    )
}

#[wasm_bindgen_test]
async fn decode_versus_json_parse() {
    let t = token().await;
    let agents = fetch("/miccsdk/api/v1/agents/states?$top=2000", &t).await;
    let queues = fetch("/miccsdk/api/v1/queues/state?$top=300", &t).await;
    let mut rows = Vec::new();
    for (name, text) in [("agents/states", &agents), ("queues/state", &queues)] {
        let items = if name.starts_with("agents") {
            micc_client::decode::from_str::<HalPage<AgentState>>(text)
                .unwrap()
                .items()
                .len()
        } else {
            micc_client::decode::from_str::<HalPage<QueueState>>(text)
                .unwrap()
                .items()
                .len()
        };
        let parse = time(|| {
            js_sys::JSON::parse(text).unwrap();
        });
        let decode = if name.starts_with("agents") {
            time(|| {
                micc_client::decode::from_str::<HalPage<AgentState>>(text).unwrap();
            })
        } else {
            time(|| {
                micc_client::decode::from_str::<HalPage<QueueState>>(text).unwrap();
            })
        };
        rows.push(format!(
            "| {name} | {items} | {} | {decode:.2} | {parse:.2} | {:.2} |",
            text.len(),
            decode / parse
        ));
    }
    console_log!(
        "BENCH-BEGIN\n| collection | items | bytes | typed decode (ms, median of {RUNS}) | JSON.parse (ms) | ratio |\n|---|---|---|---|---|---|\n{}\nBENCH-END",
        rows.join("\n")
    );
}
