//! Component tests of the my-presence control in headless Chromium (`wasm-pack test`),
//! through `mount` against the micc-sim named by `MICC_SIM_URL` at build time, signed in as
//! the simulator's `agent` user. The simulator is read back over REST and driven through its
//! admin endpoint (a forced presence, a scripted refusal). Every test unmounts what it
//! mounted.
#![cfg(target_arch = "wasm32")]

mod support;

use std::rc::Rc;
use std::time::Duration;
use support::*;

use gloo_timers::future::sleep;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A token callback as a host page would pass it: a function returning a promise of a
/// fresh token. Kept alive by the caller for the test's duration.
fn token_callback() -> Closure<dyn Fn() -> Promise> {
    Closure::new(|| future_to_promise(async { Ok(JsValue::from_str(&token_of("agent").await)) }))
}

async fn me_state() -> serde_json::Value {
    let token = token_of("agent").await;
    let response =
        gloo_net::http::Request::get(&format!("{}/miccsdk/api/v1/employees/me/state", sim_url()))
            .header("Authorization", &format!("Bearer {token}"))
            .send()
            .await
            .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// `presence.aggregate` of the agent's state: (acdState, reason).
async fn me_presence() -> (String, Option<String>) {
    let v = me_state().await;
    let a = &v["presence"]["aggregate"];
    (
        a["acdState"].as_str().unwrap_or_default().to_owned(),
        a["reason"].as_str().map(str::to_owned),
    )
}

/// Forces the agent's presence through the admin endpoint (the simulated day moves it on
/// by itself otherwise).
async fn force(presence: &str) {
    let id = me_state().await["id"].as_str().unwrap().to_owned();
    admin(
        "POST",
        &format!("employees/{id}/state"),
        serde_json::json!({ "presence": presence }),
    )
    .await;
}

fn config(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn mount_me(
    el: &web_sys::HtmlElement,
    callback: &Closure<dyn Fn() -> Promise>,
    locale: &str,
    poll_ms: u32,
) -> micc_widget::MountHandle {
    let f: &Function = callback.as_ref().unchecked_ref();
    micc_widget::mount(
        el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("tokenCallback", f.clone().into()),
            ("locale", locale.into()),
            ("panel", "myPresence".into()),
            ("pollMs", poll_ms.into()),
        ]),
    )
    .unwrap()
}

fn query(el: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}; page shows {:?}", el.text_content()))
}

/// The state the control shows (`data-presence` of `.micc-my-state`).
fn shown(el: &web_sys::HtmlElement) -> String {
    el.query_selector(".micc-my-state")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("data-presence"))
        .unwrap_or_default()
}

/// Whether the control takes no change now: every button `aria-disabled` (they keep the
/// focus) and every reason select `disabled`; panics when only some are.
fn disabled(el: &web_sys::HtmlElement) -> bool {
    let all = |selector: &str, f: &dyn Fn(&web_sys::Element) -> bool| -> Vec<bool> {
        let list = el.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .map(|e| f(&e))
            .collect()
    };
    let mut states = all("fieldset button[data-choice]", &|b| {
        b.get_attribute("aria-disabled").as_deref() == Some("true")
    });
    assert_eq!(states.len(), 4);
    states.extend(all("fieldset select", &|s| s.has_attribute("disabled")));
    let locked = states.iter().all(|d| *d);
    assert!(
        locked || states.iter().all(|d| !*d),
        "all or none: {states:?}"
    );
    locked
}

fn text(el: &web_sys::HtmlElement, selector: &str) -> String {
    texts(el, selector).concat()
}

fn click(el: &web_sys::HtmlElement, choice: &str) {
    query(el, &format!("button[data-choice={choice}]"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

fn choose(el: &web_sys::HtmlElement, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = query(el, selector).dyn_into().unwrap();
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&ev).unwrap();
}

/// Lets the reactive effects a click queued (microtasks) run, without giving the network a
/// turn: what the DOM shows then is what the user saw before any answer.
async fn settle() {
    for _ in 0..3 {
        let _ = JsFuture::from(Promise::resolve(&JsValue::NULL)).await;
    }
}

/// The simulator's acdState as the control names it.
fn name_of(acd_state: &str) -> &'static str {
    match acd_state {
        "Available" => "available",
        "Busy" => "busy",
        "DoNotDisturb" => "dnd",
        "Away" => "away",
        "Offline" => "logged-out",
        _ => "unknown",
    }
}

#[wasm_bindgen_test]
async fn the_shown_state_is_the_simulators_and_says_it_in_words() {
    let _serial = serial().await;
    force("Away").await;
    let (state, _) = me_presence().await;
    assert_eq!(state, "Away");
    let callback = token_callback();
    let el = container();
    let mut handle = mount_me(&el, &callback, "en", 1000);
    assert!(disabled(&el), "nothing to change before the state is known");
    until("the state", &el, || shown(&el) == name_of(&state)).await;
    assert_eq!(text(&el, ".micc-my-state .micc-presence-text"), "Away");
    assert!(!text(&el, ".micc-my-state .micc-presence-icon").is_empty());
    assert!(!disabled(&el));
    // Four native buttons in a fieldset with a legend: keyboard-operable, named for
    // screen readers by their words (the glyph is aria-hidden).
    assert_eq!(texts(&el, "fieldset.micc-my-change legend").len(), 1);
    let buttons = texts(&el, "fieldset button[data-choice]");
    assert_eq!(buttons.len(), 4, "{buttons:?}");
    for word in ["Available", "Busy", "Do not disturb", "Away"] {
        assert!(
            buttons.iter().any(|b| b.contains(word)),
            "{word}: {buttons:?}"
        );
    }
    // The reason selects hold the agent's reason codes of each type, by id, in labels.
    let token = token_of("agent").await;
    let codes: serde_json::Value = gloo_net::http::Request::get(&format!(
        "{}/miccsdk/api/v1/employees/me/busyreasoncodes",
        sim_url()
    ))
    .header("Authorization", &format!("Bearer {token}"))
    .send()
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let ids = |ty: &str| -> Vec<String> {
        codes["_embedded"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["type"].as_str() == Some(ty))
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let (busy, dnd) = (ids("Busy"), ids("Dnd"));
    assert!(!busy.is_empty() && !dnd.is_empty());
    until("reason codes", &el, || {
        el.query_selector_all("label.micc-my-busy-reason select option")
            .unwrap()
            .length() as usize
            == busy.len() + 1
    })
    .await;
    let values = |sel: &str| -> Vec<String> {
        let list = el.query_selector_all(sel).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .filter_map(|o| o.get_attribute("value"))
            .filter(|v| !v.is_empty())
            .collect()
    };
    assert_eq!(values("label.micc-my-busy-reason option"), busy);
    assert_eq!(values("label.micc-my-dnd-reason option"), dnd);
    handle.unmount();

    // German words for the same state.
    let el = container();
    let mut handle = mount_me(&el, &callback, "de", 1000);
    until("German", &el, || {
        text(&el, ".micc-my-state .micc-presence-text") == "Abwesend"
    })
    .await;
    assert!(text(&el, "legend").contains("Status ändern"));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn choosing_busy_with_a_reason_reaches_the_simulator() {
    let _serial = serial().await;
    // Away: the simulator routes nothing to an away agent, so its state stays put.
    force("Away").await;
    let callback = token_callback();
    let el = container();
    let mut handle = mount_me(&el, &callback, "en", 1000);
    until("loaded", &el, || !shown(&el).is_empty() && !disabled(&el)).await;
    let select = "label.micc-my-busy-reason select";
    until("reasons", &el, || {
        el.query_selector_all(&format!("{select} option"))
            .unwrap()
            .length()
            >= 3
    })
    .await;
    // The second code, not the default first one: the choice is what is sent.
    let option = query(&el, &format!("{select} option:nth-child(2)"));
    let id = option.get_attribute("value").unwrap_or_default();
    let name = option.text_content().unwrap_or_default();
    assert!(!id.is_empty() && !name.is_empty());
    choose(&el, select, &id);
    // The simulator answers in a few ms; latency on every request makes the pending state
    // last over a second, while the 1 s polls (sent before and during the change, each
    // carrying the old Away) come back: none may flip the control back.
    admin(
        "PUT",
        "faults/rates",
        serde_json::json!({ "latencyMs": 1200 }),
    )
    .await;
    click(&el, "busy");
    settle().await;
    // Optimistic: shown at once, pending, the controls disabled until the server answers.
    assert_eq!(shown(&el), "busy");
    assert!(disabled(&el), "disabled while the change is in flight");
    assert!(text(&el, ".micc-my-state").contains(&name));
    assert!(text(&el, ".micc-my-status").contains("Changing to Busy"));
    // A second click while the first is in flight sends nothing and changes nothing.
    click(&el, "away");
    settle().await;
    assert_eq!(shown(&el), "busy");
    let mut samples = 0;
    while disabled(&el) {
        assert_eq!(shown(&el), "busy", "a poll flipped the optimistic state");
        samples += 1;
        assert!(samples < 200, "never answered");
        sleep(Duration::from_millis(25)).await;
    }
    assert!(samples > 10, "pending for a while ({samples} samples)");
    admin("DELETE", "faults", serde_json::json!({})).await;
    assert_eq!(shown(&el), "busy");
    assert_eq!(text(&el, ".micc-my-alert"), "", "no refusal");
    assert!(text(&el, ".micc-my-status").contains("now Busy"));
    let (state, reason) = me_presence().await;
    assert_eq!(state, "Busy", "the change reached the simulator");
    assert_eq!(
        reason.as_deref(),
        Some(name.as_str()),
        "the reason chosen, by id {id}"
    );
    // Later polls keep showing the server's (same) state.
    sleep(Duration::from_millis(1500)).await;
    assert_eq!(shown(&el), "busy");
    assert!(text(&el, ".micc-my-state .micc-my-reason").contains(&name));

    // Do not disturb without a reason.
    choose(&el, "label.micc-my-dnd-reason select", "");
    click(&el, "dnd");
    settle().await;
    assert_eq!(shown(&el), "dnd");
    until("answered", &el, || !disabled(&el)).await;
    assert_eq!(me_presence().await, ("DoNotDisturb".to_owned(), None));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn a_refusal_rolls_back_with_a_message() {
    let _serial = serial().await;
    force("Away").await;
    let callback = token_callback();
    let el = container();
    // A long interval: after the first poll only the change (and the poll right after its
    // answer) asks for employees/me/state, so the scripted fault hits the PUT.
    let mut handle = mount_me(&el, &callback, "en", 600_000);
    until("loaded", &el, || shown(&el) == "away" && !disabled(&el)).await;
    admin(
        "POST",
        "faults",
        serde_json::json!({ "path": "employees/me/state", "statuses": [403] }),
    )
    .await;
    click(&el, "busy");
    settle().await;
    assert_eq!(shown(&el), "busy", "optimistic");
    assert!(disabled(&el));
    until("the refusal", &el, || {
        !text(&el, ".micc-my-alert").is_empty()
    })
    .await;
    assert_eq!(shown(&el), "away", "rolled back");
    assert!(!disabled(&el), "the controls are back");
    let alert = text(&el, ".micc-my-alert");
    assert!(alert.contains("refused"), "{alert}");
    assert!(
        alert.contains("403"),
        "the server's answer is shown: {alert}"
    );
    assert!(alert.contains("still Away"), "{alert}");
    assert_eq!(
        query(&el, ".micc-my-alert")
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    assert_eq!(text(&el, ".micc-my-status"), "", "no 'now Busy'");
    assert_eq!(me_presence().await.0, "Away", "the simulator refused it");
    admin("DELETE", "faults", serde_json::json!({})).await;
    // The next change goes through and clears the message.
    click(&el, "dnd");
    settle().await;
    until("answered", &el, || !disabled(&el)).await;
    assert_eq!(text(&el, ".micc-my-alert"), "");
    assert_eq!(me_presence().await.0, "DoNotDisturb");
    handle.unmount();
}

#[wasm_bindgen_test]
async fn a_wallboard_token_without_me_shows_the_error_with_a_retry() {
    let _serial = serial().await;
    let el = container();
    // A plain client-credentials token (a wallboard's) names no user, so no `me`.
    let response =
        gloo_net::http::Request::post(&format!("{}/authorizationserver/token", sim_url()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(
                "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret",
            )
            .unwrap()
            .send()
            .await
            .unwrap();
    let v: serde_json::Value = response.json().await.unwrap();
    let token = v["access_token"].as_str().unwrap().to_owned();
    let mut handle = micc_widget::mount(
        el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("token", token.into()),
            ("locale", "en".into()),
            ("panel", "myPresence".into()),
        ]),
    )
    .unwrap();
    until("the error", &el, || {
        el.query_selector(".micc-my-state .micc-retry")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert!(text(&el, ".micc-my-state").contains("400"));
    assert!(disabled(&el));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn unmount_removes_everything_and_stops_polling() {
    let _serial = serial().await;
    let callback = token_callback();
    let el = container();
    let handle = mount_me(&el, &callback, "en", 1000);
    until("loaded", &el, || !shown(&el).is_empty()).await;
    let start = handle.request_count();
    until("polls or live", &el, || {
        handle.request_count() >= start + 2.0 || live(&el)
    })
    .await;
    unmount_frees_everything(handle, &el).await;
}

#[wasm_bindgen_test]
async fn beside_a_queue_panel_it_shares_one_store_and_both_get_data() {
    let _serial = serial().await;
    let callback = token_callback();
    let f: &Function = callback.as_ref().unchecked_ref();
    let queues_el = container();
    let mut queues = micc_widget::mount(
        queues_el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("tokenCallback", f.clone().into()),
            ("pollMs", 1000.into()),
        ]),
    )
    .unwrap();
    let el = container();
    let mut me = mount_me(&el, &callback, "en", 1000);
    let (q, m) = (queues.store().unwrap(), me.store().unwrap());
    assert!(Rc::ptr_eq(&q, &m), "one store, one client, one loop");
    drop((q, m));
    until("queue rows", &queues_el, || {
        !texts(&queues_el, "tr.micc-queue").is_empty()
    })
    .await;
    until("my state", &el, || !shown(&el).is_empty()).await;
    // With the queue panel gone the control keeps its state polled (or live).
    queues.unmount();
    let start = me.request_count();
    until("me still polled or live", &el, || {
        me.request_count() >= start + 2.0 || live(&el)
    })
    .await;
    me.unmount();
}
