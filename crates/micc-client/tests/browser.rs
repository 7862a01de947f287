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

#[wasm_bindgen_test]
async fn reads_queue_states_from_the_simulator() {
    let client = MiccClient::new(sim_url(), FetchTransport).unwrap();
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
