//! What the widget's browser tests share: a container element, the suite's simulator and a
//! token from it, waiting for the DOM, and running one test at a time. Each test file uses a
//! part of it.
#![allow(dead_code)]

use std::time::Duration;

use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;

thread_local! {
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// wasm-bindgen-test runs async tests concurrently; the panels share the page ticker (a
/// test may check it stops), so each test that mounts one runs alone.
pub struct Serial;
impl Drop for Serial {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}
pub async fn serial() -> Serial {
    for _ in 0..1500 {
        if !BUSY.with(|b| b.replace(true)) {
            break;
        }
        sleep(Duration::from_millis(20)).await;
    }
    Serial
}

pub fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document
        .create_element("div")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

pub fn sim_url() -> &'static str {
    let Some(url) = option_env!("MICC_SIM_URL") else {
        panic!("MICC_SIM_URL must name a running micc-sim at build time");
    };
    url
}

pub async fn token() -> String {
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

/// Waits (up to 5 s) until `f` holds.
pub async fn until(what: &str, el: &web_sys::HtmlElement, f: impl Fn() -> bool) {
    for _ in 0..100 {
        if f() {
            return;
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!("{what} never happened; page shows {:?}", el.text_content());
}

pub fn texts(el: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}
