//! Runs in headless Chromium (`wasm-pack test`) against the micc-sim named by `MICC_SIM_URL`
//! at build time.
#![cfg(target_arch = "wasm32")]

mod support;

use std::time::Duration;
use support::*;

use gloo_timers::future::sleep;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn wait_for(el: &web_sys::HtmlElement, needle: &str) -> String {
    for _ in 0..100 {
        let text = el.text_content().unwrap_or_default();
        if text.contains(needle) {
            return text;
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{needle:?} never appeared; page shows {:?}",
        el.text_content()
    );
}

#[wasm_bindgen_test]
async fn queue_now_shows_loading_then_the_simulators_queues() {
    let el = container();
    micc_widget::mount_queue_now(el.clone(), sim_url().to_owned(), Some(token().await));
    assert!(el.text_content().unwrap_or_default().contains("Loading"));
    let text = wait_for(&el, "Sales").await;
    assert!(text.contains("Support"), "{text}");
    let rows = el.query_selector_all("tr.micc-queue").unwrap().length();
    assert!(rows > 0);
}

#[wasm_bindgen_test]
async fn an_invalid_server_url_shows_an_error_not_a_blank_panel() {
    let el = container();
    micc_widget::mount_queue_now(el.clone(), "not a url".to_owned(), None);
    wait_for(&el, "invalid argument").await;
}

#[wasm_bindgen_test]
async fn a_missing_token_shows_the_401_not_a_blank_panel() {
    let el = container();
    micc_widget::mount_queue_now(el.clone(), sim_url().to_owned(), None);
    wait_for(&el, "401").await;
}

/// The initials' letter test asks JavaScript (format/case.rs) and must say what Rust's
/// `char::is_alphanumeric` says: letters and digits of any script, letter numbers, and not
/// marks, punctuation, symbols or spaces.
#[wasm_bindgen_test]
fn alphanumeric_in_the_browser_agrees_with_rust() {
    for c in [
        'a', 'Z', '7', 'é', 'ß', 'Ł', 'Ω', 'ж', '中', 'ا', '٣', 'Ⅻ', '²', 'ª', '\u{0301}', '·',
        '-', ' ', '\u{a0}', '€', '😀', '_', '\u{200b}',
    ] {
        assert_eq!(
            micc_widget::format::alphanumeric(c),
            c.is_alphanumeric(),
            "{c:?}"
        );
    }
}
