//! Live data in headless Chromium against the micc-sim named by `MICC_SIM_URL`: the store's
//! one SignalR connection (js/live.js) brings a change forced through the simulator's admin
//! endpoint on screen within a second; after a dropped connection the status goes
//! reconnecting then live and a change made meanwhile shows; with SignalR blocked the store
//! polls and still updates; two panels of a store share one connection, which goes with the
//! last panel. Polling is set to 30 s where events are under test, so a poll cannot stand in
//! for them.
#![cfg(target_arch = "wasm32")]

mod support;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use support::*;

use gloo_timers::future::sleep;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A token callback (the suite's tokens live 10 s, so a connection must be able to renew).
fn callback(user: &'static str) -> Closure<dyn Fn() -> Promise> {
    Closure::new(move || {
        future_to_promise(async move { Ok(JsValue::from_str(&token_of(user).await)) })
    })
}

async fn connections() -> Vec<serde_json::Value> {
    let response =
        gloo_net::http::Request::get(&format!("{}/admin/signalr/connections", sim_url()))
            .send()
            .await
            .unwrap();
    let v: serde_json::Value = response.json().await.unwrap();
    v.as_array().cloned().unwrap_or_default()
}

async fn connection_ids() -> Vec<String> {
    connections()
        .await
        .iter()
        .filter_map(|c| c["connectionId"].as_str().map(str::to_owned))
        .collect()
}

/// The simulator's connections that are not in `before`.
async fn new_connections(before: &[String]) -> Vec<String> {
    connection_ids()
        .await
        .into_iter()
        .filter(|id| !before.contains(id))
        .collect()
}

fn mount(
    el: &web_sys::HtmlElement,
    auth: &Closure<dyn Fn() -> Promise>,
    panel: &str,
    poll_ms: u32,
) -> micc_widget::MountHandle {
    mount_shared(el, auth, panel, poll_ms, None)
}

/// `mount` with a `shareKey` (which tabs and stores share a real-time connection).
fn mount_shared(
    el: &web_sys::HtmlElement,
    auth: &Closure<dyn Fn() -> Promise>,
    panel: &str,
    poll_ms: u32,
    share_key: Option<&str>,
) -> micc_widget::MountHandle {
    let f: &Function = auth.as_ref().unchecked_ref();
    let o = Object::new();
    for (k, v) in [
        ("server", JsValue::from(sim_url())),
        ("tokenCallback", f.clone().into()),
        ("locale", "en".into()),
        ("panel", panel.into()),
        ("pollMs", poll_ms.into()),
    ] {
        Reflect::set(&o, &JsValue::from_str(k), &v).unwrap();
    }
    if let Some(key) = share_key {
        Reflect::set(&o, &JsValue::from_str("shareKey"), &key.into()).unwrap();
    }
    micc_widget::mount(el.clone().into(), o.into()).unwrap()
}

fn link(el: &web_sys::HtmlElement) -> String {
    el.query_selector("p.micc-link")
        .ok()
        .flatten()
        .and_then(|p| p.get_attribute("data-link"))
        .unwrap_or_default()
}

/// Waits up to `ms` for `f`; returns whether it held.
async fn within(ms: u64, f: impl Fn() -> bool) -> bool {
    let start = js_sys::Date::now();
    loop {
        if f() {
            return true;
        }
        if js_sys::Date::now() - start > ms as f64 {
            return false;
        }
        sleep(Duration::from_millis(20)).await;
    }
}

/// The first queue row's key and its do-not-disturb cell.
fn first_queue(el: &web_sys::HtmlElement) -> (String, String) {
    let row = el.query_selector("tr.micc-queue").unwrap().unwrap();
    let key = row.get_attribute("data-key").unwrap();
    let dnd = row
        .query_selector(".micc-dnd")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default();
    (key, dnd)
}

fn dnd_of(el: &web_sys::HtmlElement, key: &str) -> String {
    el.query_selector(&format!("tr.micc-queue[data-key='{key}'] .micc-dnd"))
        .ok()
        .flatten()
        .and_then(|c| c.text_content())
        .unwrap_or_default()
}

/// Turns the queue's do-not-disturb to the other value; returns the text the cell must show.
async fn toggle_dnd(key: &str, shown: &str) -> &'static str {
    let on = shown != "Yes";
    admin(
        "POST",
        &format!("queues/{key}/dnd"),
        serde_json::json!({ "on": on }),
    )
    .await;
    if on { "Yes" } else { "No" }
}

/// Every value `data-link` takes in `el`, recorded as it changes (a state can last less
/// than a poll of the DOM would see).
struct LinkLog {
    seen: Rc<RefCell<Vec<String>>>,
    observer: web_sys::MutationObserver,
    _cb: Closure<dyn FnMut(js_sys::Array)>,
}

impl LinkLog {
    fn new(el: &web_sys::HtmlElement) -> LinkLog {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let log = seen.clone();
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
            for r in records.iter() {
                let r: web_sys::MutationRecord = r.unchecked_into();
                let value = r
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.get_attribute("data-link"));
                if let Some(v) = value {
                    log.borrow_mut().push(v);
                }
            }
        });
        let observer = web_sys::MutationObserver::new(cb.as_ref().unchecked_ref()).unwrap();
        let init = web_sys::MutationObserverInit::new();
        init.set_attributes(true);
        init.set_subtree(true);
        init.set_attribute_filter(&js_sys::Array::of1(&"data-link".into()));
        observer.observe_with_options(el, &init).unwrap();
        LinkLog {
            seen,
            observer,
            _cb: cb,
        }
    }
}

impl Drop for LinkLog {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[wasm_bindgen_test]
async fn the_status_becomes_live_and_a_queue_change_shows_within_a_second() {
    let _serial = serial().await;
    let auth = callback("supervisor");
    let el = container();
    let mut handle = mount(&el, &auth, "queueNow", 30_000);
    until("live", &el, || link(&el) == "live").await;
    let (key, shown) = first_queue(&el);
    let want = toggle_dnd(&key, &shown).await;
    assert!(
        within(1000, || dnd_of(&el, &key) == want).await,
        "queue {key}: do-not-disturb {want} not on screen within 1 s (shows {:?})",
        dnd_of(&el, &key)
    );
    assert!(
        el.text_content().unwrap_or_default().contains("Live"),
        "the status line says live"
    );
    toggle_dnd(&key, want).await;
    handle.unmount();
}

#[wasm_bindgen_test]
async fn my_state_changed_on_the_server_shows_within_a_second() {
    let _serial = serial().await;
    let auth = callback("agent");
    let el = container();
    let mut handle = mount(&el, &auth, "myPresence", 30_000);
    until("live", &el, || link(&el) == "live").await;
    let shown = || {
        el.query_selector(".micc-my-state")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("data-presence"))
            .unwrap_or_default()
    };
    until("my state", &el, || !shown().is_empty()).await;
    // Away and do-not-disturb are kept as forced (the simulated day moves an available
    // agent on to calls by itself).
    let (presence, want) = if shown() == "away" {
        ("DoNotDisturb", "dnd")
    } else {
        ("Away", "away")
    };
    let token = token_of("agent").await;
    let me =
        gloo_net::http::Request::get(&format!("{}/miccsdk/api/v1/employees/me/state", sim_url()))
            .header("Authorization", &format!("Bearer {token}"))
            .send()
            .await
            .unwrap();
    let me: serde_json::Value = me.json().await.unwrap();
    let id = me["id"].as_str().unwrap().to_owned();
    admin(
        "POST",
        &format!("employees/{id}/state"),
        serde_json::json!({ "presence": presence }),
    )
    .await;
    assert!(
        within(1000, || shown() == want).await,
        "{want} not on screen within 1 s (shows {:?})",
        shown()
    );
    handle.unmount();
}

#[wasm_bindgen_test]
async fn after_a_dropped_connection_it_reconnects_and_a_change_made_meanwhile_shows() {
    let _serial = serial().await;
    let auth = callback("supervisor");
    let el = container();
    let mut handle = mount(&el, &auth, "queueNow", 30_000);
    until("live", &el, || link(&el) == "live").await;
    let log = LinkLog::new(&el);
    let (key, shown) = first_queue(&el);
    admin("POST", "signalr/drop", serde_json::json!({})).await;
    let want = toggle_dnd(&key, &shown).await;
    until("reconnecting", &el, || {
        log.seen.borrow().iter().any(|s| s == "reconnecting")
    })
    .await;
    until("live again", &el, || {
        let seen = log.seen.borrow();
        let lost = seen.iter().position(|s| s == "reconnecting");
        lost.is_some_and(|i| seen[i..].iter().any(|s| s == "live"))
    })
    .await;
    until("the change made meanwhile", &el, || {
        dnd_of(&el, &key) == want
    })
    .await;
    assert_eq!(link(&el), "live");
    toggle_dnd(&key, want).await;
    drop(log);
    handle.unmount();
}

#[wasm_bindgen_test]
async fn with_signalr_blocked_the_status_is_polling_and_data_still_updates() {
    let _serial = serial().await;
    admin(
        "PUT",
        "signalr/faults",
        serde_json::json!({ "blockSignalr": true }),
    )
    .await;
    let auth = callback("supervisor");
    let el = container();
    let mut handle = mount(&el, &auth, "queueNow", 1000);
    until("rows", &el, || !texts(&el, "tr.micc-queue").is_empty()).await;
    until("polling", &el, || link(&el) == "polling").await;
    let (key, shown) = first_queue(&el);
    let want = toggle_dnd(&key, &shown).await;
    until("the change, by polling", &el, || dnd_of(&el, &key) == want).await;
    assert_eq!(link(&el), "polling");
    admin("PUT", "signalr/faults", serde_json::json!({})).await;
    toggle_dnd(&key, want).await;
    handle.unmount();
}

#[wasm_bindgen_test]
async fn two_panels_share_one_connection_which_goes_with_the_last() {
    let _serial = serial().await;
    // Connections of earlier tests (or test files) may linger in the simulator until its
    // disconnect timeout: only the ones this test makes are counted.
    let before = connection_ids().await;
    let auth = callback("supervisor");
    let (a, b) = (container(), container());
    let mut first = mount(&a, &auth, "queueNow", 30_000);
    let mut second = mount(&b, &auth, "queueNow", 30_000);
    until("live", &a, || link(&a) == "live" && link(&b) == "live").await;
    let new = new_connections(&before).await;
    assert_eq!(new.len(), 1, "one connection for the store: {new:?}");
    first.unmount();
    sleep(Duration::from_millis(500)).await;
    assert_eq!(
        new_connections(&before).await,
        new,
        "the second panel keeps it"
    );
    assert_eq!(link(&b), "live");
    second.unmount();
    let mut left = new.clone();
    for _ in 0..50 {
        left = new_connections(&before).await;
        if left.is_empty() {
            break;
        }
        sleep(Duration::from_millis(100)).await;
    }
    assert!(
        left.is_empty(),
        "the last panel's unmount stops the connection: {left:?}"
    );
}

#[wasm_bindgen_test]
async fn stores_of_one_server_share_a_connection_unless_their_share_keys_differ() {
    let _serial = serial().await;
    let before = connection_ids().await;
    // Two token callbacks are two stores; without a share key their connections are one
    // (the first leads, the second follows over BroadcastChannel), as two tabs would be.
    let (one, two) = (callback("supervisor"), callback("supervisor"));
    let (a, b) = (container(), container());
    let mut first = mount(&a, &one, "queueNow", 30_000);
    let mut second = mount(&b, &two, "queueNow", 30_000);
    until("live", &a, || link(&a) == "live" && link(&b) == "live").await;
    assert_eq!(
        new_connections(&before).await.len(),
        1,
        "shared without a key"
    );
    first.unmount();
    second.unmount();
    for _ in 0..50 {
        if new_connections(&before).await.is_empty() {
            break;
        }
        sleep(Duration::from_millis(100)).await;
    }
    // Different keys (two users in one browser): a connection each.
    let before = connection_ids().await;
    let (c, d) = (container(), container());
    let mut third = mount_shared(&c, &one, "queueNow", 30_000, Some("user-a"));
    let mut fourth = mount_shared(&d, &two, "queueNow", 30_000, Some("user-b"));
    until("live", &c, || link(&c) == "live" && link(&d) == "live").await;
    assert_eq!(
        new_connections(&before).await.len(),
        2,
        "a connection per share key"
    );
    third.unmount();
    fourth.unmount();
}
