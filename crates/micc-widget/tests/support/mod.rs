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

/// A token of the simulator's supervisor.
pub async fn token() -> String {
    token_of("supervisor").await
}

/// A fresh token of a simulator user whose password is its name (`supervisor`, `agent`).
pub async fn token_of(user: &str) -> String {
    let response =
        gloo_net::http::Request::post(&format!("{}/authorizationserver/token", sim_url()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(format!(
                "grant_type=password&username={user}&password={user}"
            ))
            .unwrap()
            .send()
            .await
            .unwrap();
    let v: serde_json::Value = response.json().await.unwrap();
    v["access_token"].as_str().unwrap().to_owned()
}

/// A request to the simulator's admin endpoint; its JSON answer (`null` for none).
pub async fn admin(method: &str, path: &str, body: serde_json::Value) -> serde_json::Value {
    let url = format!("{}/admin/{path}", sim_url());
    let request = match method {
        "POST" => gloo_net::http::Request::post(&url),
        "PUT" => gloo_net::http::Request::put(&url),
        "DELETE" => gloo_net::http::Request::delete(&url),
        _ => panic!("{method}"),
    };
    let response = request
        .header("Content-Type", "application/json")
        .body(body.to_string())
        .unwrap()
        .send()
        .await
        .unwrap();
    assert!(response.ok(), "admin {path}: {}", response.status());
    response.json().await.unwrap_or(serde_json::Value::Null)
}

/// Unmounts `handle` and checks that everything went: the DOM at once, then the store (its
/// client and loop, once Leptos disposed the panel's owner a task later) and the page ticker,
/// and no request after.
pub async fn unmount_frees_everything(
    mut handle: micc_widget::MountHandle,
    el: &web_sys::HtmlElement,
) {
    let store = std::rc::Rc::downgrade(&handle.store().unwrap());
    handle.unmount();
    assert_eq!(el.child_element_count(), 0, "the DOM is gone at once");
    until("the store freed", el, || store.upgrade().is_none()).await;
    assert!(
        !micc_widget::store::ticker::ticker_running(),
        "the page ticker stopped with the last panel"
    );
    let after = handle.request_count();
    sleep(Duration::from_millis(2500)).await;
    assert_eq!(handle.request_count(), after, "no request after unmount");
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

/// Whether the panel in `el` says its real-time connection is live: then its queues and my
/// state come as events, not polls (tests that wait for polls accept this instead).
pub fn live(el: &web_sys::HtmlElement) -> bool {
    el.query_selector("p.micc-link[data-link='live']")
        .ok()
        .flatten()
        .is_some()
}

/// Seconds of a clock text ("1:02:03" → 3723, "2:03" → 123).
pub fn clock_secs(clock: &str) -> u64 {
    clock
        .trim()
        .split(':')
        .fold(0, |acc, p| acc * 60 + p.trim().parse::<u64>().unwrap_or(0))
}

/// Scrolls `near` into view and asserts that `far` is then more than 2.5 screens below.
pub fn scroll_near_with_far_below(near: &web_sys::Element, far: &web_sys::Element) {
    near.scroll_into_view();
    let height = web_sys::window()
        .unwrap()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    let top = far.get_bounding_client_rect().top();
    assert!(
        top > height * 2.5,
        "the last row is far below the screen ({top} px, screen {height} px)"
    );
}

/// With `near` on screen and `far` well below it: `near`'s clock (as `read` shows it)
/// ticks while `far`'s keeps its text; scrolled into view, `far` shows `want_now()` seconds
/// (within one) in under 700 ms, well before the next tick would.
pub async fn only_the_near_row_ticks(
    el: &web_sys::HtmlElement,
    near: &web_sys::Element,
    far: &web_sys::Element,
    read: impl Fn(&web_sys::Element) -> String,
    want_now: impl Fn() -> u64,
) {
    let (near_before, far_before) = (read(near), read(far));
    until("the row on screen ticks", el, || {
        clock_secs(&read(near)) >= clock_secs(&near_before) + 2
    })
    .await;
    assert_eq!(read(far), far_before, "an off-screen row does not tick");
    far.scroll_into_view();
    let scrolled = js_sys::Date::now();
    until("the row scrolled into view is current", el, || {
        clock_secs(&read(far)).abs_diff(want_now()) <= 1
    })
    .await;
    let took = js_sys::Date::now() - scrolled;
    assert!(took < 700.0, "caught up in {took} ms");
}

/// The rows `selector` finds, as (their `data-key`, the element), in document order.
pub fn keyed_rows(el: &web_sys::HtmlElement, selector: &str) -> Vec<(String, web_sys::Element)> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| (e.get_attribute("data-key").unwrap_or_default(), e))
        .collect()
}

/// Asserts that the row keyed `key` in `after` is the very element it was in `before`
/// (changed in place, not built again).
pub fn same_row(
    before: &[(String, web_sys::Element)],
    after: &[(String, web_sys::Element)],
    key: &str,
) {
    let find = |rows: &[(String, web_sys::Element)]| {
        rows.iter()
            .find(|(k, _)| k == key)
            .map(|(_, e)| e.clone())
            .unwrap_or_else(|| panic!("no row {key}"))
    };
    assert!(
        find(before).is_same_node(Some(&find(after))),
        "row {key} was built again instead of changed in place"
    );
}

/// Waits until the rows `selector` finds are keyed `want`, in that order; returns them.
pub async fn until_keys(
    el: &web_sys::HtmlElement,
    selector: &str,
    want: &[&str],
) -> Vec<(String, web_sys::Element)> {
    until(&format!("rows {want:?}"), el, || {
        let rows = keyed_rows(el, selector);
        rows.len() == want.len() && rows.iter().zip(want).all(|((k, _), w)| k == w)
    })
    .await;
    keyed_rows(el, selector)
}

/// The text of what `selector` finds in `row` ("" for nothing).
pub fn text_in(row: &web_sys::Element, selector: &str) -> String {
    row.query_selector(selector)
        .unwrap()
        .and_then(|c| c.text_content())
        .unwrap_or_default()
}
