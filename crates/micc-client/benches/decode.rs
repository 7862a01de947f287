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

/// Medians of the three ways, timed interleaved (one run of each in turn, after a
/// warm-up of each) so that noise from the shared machine falls on all of them alike.
fn time3(mut fs: [&mut dyn FnMut(); 3]) -> [f64; 3] {
    for f in fs.iter_mut() {
        f();
    }
    let mut samples: [Vec<f64>; 3] = Default::default();
    for _ in 0..RUNS {
        for (f, out) in fs.iter_mut().zip(samples.iter_mut()) {
            let t = now();
            f();
            out.push(now() - t);
        }
    }
    samples.map(median)
}

fn bench<T: serde::de::DeserializeOwned + HasItems>(name: &str, text: &str) -> String {
    let items = micc_client::decode::from_str::<T>(text).unwrap().len();
    let same = micc_client::decode::from_str_js::<T>(text).unwrap().len();
    assert_eq!(items, same);
    let [parse, serde_json, engine] = time3([
        &mut || {
            js_sys::JSON::parse(text).unwrap();
        },
        &mut || {
            micc_client::decode::from_str::<T>(text).unwrap();
        },
        &mut || {
            micc_client::decode::from_str_js::<T>(text).unwrap();
        },
    ]);
    format!(
        "| {name} | {items} | {} | {parse:.2} | {serde_json:.2} | {:.2} | {engine:.2} | {:.2} |",
        text.len(),
        serde_json / parse,
        engine / parse
    )
}

trait HasItems {
    fn len(&self) -> usize;
}

impl<T> HasItems for HalPage<T> {
    fn len(&self) -> usize {
        self.items().len()
    }
}

#[wasm_bindgen_test]
async fn decode_versus_json_parse() {
    let t = token().await;
    let agents = fetch("/miccsdk/api/v1/agents/states?$top=2000", &t).await;
    let queues = fetch("/miccsdk/api/v1/queues/state?$top=300", &t).await;
    let rows = [
        bench::<HalPage<AgentState>>("agents/states", &agents),
        bench::<HalPage<QueueState>>("queues/state", &queues),
    ];
    console_log!(
        "BENCH-BEGIN\n| collection | items | bytes | JSON.parse (ms) | typed, serde_json from text (ms) | ratio | typed, JSON.parse + serde-wasm-bindgen (ms) | ratio |\n|---|---|---|---|---|---|---|---|\n{}\nBENCH-END",
        rows.join("\n")
    );
    console_log!("medians of {RUNS} interleaved runs; ratio = typed / JSON.parse");
}
