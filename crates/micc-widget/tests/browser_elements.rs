//! The custom elements `<micc-queue-now>` and `<micc-agent-presence>` in headless Chromium
//! (`wasm-pack test`) against the micc-sim named by `MICC_SIM_URL` at build time: defined,
//! configured by attributes and properties, rendered in an open shadow root styled by the one
//! shared constructable stylesheet, updated on attribute changes, unmounted on removal.
//! Every test removes what it added.
#![cfg(target_arch = "wasm32")]

mod support;

use std::time::Duration;
use support::*;

use gloo_timers::future::sleep;
use js_sys::{Array, Function, Object, Reflect};
use micc_widget::embed::elements::{define_elements, live_stores, shared_sheet};
use micc_widget::store::ticker::ticker_running;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new element `tag` with `attrs` (not yet in the page).
fn element(tag: &str, attrs: &[(&str, &str)]) -> web_sys::HtmlElement {
    define_elements().unwrap();
    let el = document()
        .create_element(tag)
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    for (k, v) in attrs {
        el.set_attribute(k, v).unwrap();
    }
    el
}

fn set_prop(el: &web_sys::HtmlElement, key: &str, value: &JsValue) {
    Reflect::set(el, &key.into(), value).unwrap();
}

fn attach(el: &web_sys::HtmlElement) {
    document().body().unwrap().append_child(el).unwrap();
}

fn shadow(el: &web_sys::HtmlElement) -> web_sys::ShadowRoot {
    el.shadow_root().expect("an open shadow root")
}

fn shadow_texts(el: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = shadow(el).query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn shadow_count(el: &web_sys::HtmlElement, selector: &str) -> u32 {
    el.shadow_root()
        .map_or(0, |r| r.query_selector_all(selector).unwrap().length())
}

fn shadow_one(el: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    shadow(el)
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in the shadow root"))
}

fn shadow_text(el: &web_sys::HtmlElement) -> String {
    el.shadow_root()
        .and_then(|r| r.text_content())
        .unwrap_or_default()
}

/// Waits (up to 5 s) until `f` holds; the panic shows the shadow root's text.
async fn until_shadow(what: &str, el: &web_sys::HtmlElement, f: impl Fn() -> bool) {
    for _ in 0..100 {
        if f() {
            return;
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{what} never happened; shadow root shows {:?}",
        shadow_text(el)
    );
}

fn computed(el: &web_sys::Element, property: &str) -> String {
    web_sys::window()
        .unwrap()
        .get_computed_style(el)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

fn px(v: &str) -> f64 {
    v.trim_end_matches("px").parse().unwrap()
}

async fn sim_queue_names(token: &str) -> Vec<String> {
    let response =
        gloo_net::http::Request::get(&format!("{}/miccsdk/api/v1/queues/state", sim_url()))
            .header("Authorization", &format!("Bearer {token}"))
            .send()
            .await
            .unwrap();
    let v: serde_json::Value = response.json().await.unwrap();
    v["_embedded"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["name"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// A queue element on the simulator with the token property set and `extra` attributes, in
/// the page.
async fn queue_element(extra: &[(&str, &str)]) -> web_sys::HtmlElement {
    let token = token().await;
    let mut attrs = vec![("server", sim_url()), ("poll-ms", "1000")];
    attrs.extend_from_slice(extra);
    let el = element("micc-queue-now", &attrs);
    set_prop(&el, "token", &token.into());
    attach(&el);
    el
}

#[wasm_bindgen_test]
async fn the_elements_are_defined_and_defining_again_does_not_throw() {
    define_elements().unwrap();
    define_elements().unwrap();
    let registry = web_sys::window().unwrap().custom_elements();
    for tag in ["micc-queue-now", "micc-agent-presence", "micc-my-presence"] {
        assert!(registry.get(tag).is_function(), "{tag} is defined");
    }
    // The classes observe the documented attributes (and never a token).
    let class: Function = registry.get("micc-queue-now").unchecked_into();
    let observed: Array = Reflect::get(&class, &"observedAttributes".into())
        .unwrap()
        .unchecked_into();
    let observed: Vec<String> = observed.iter().filter_map(|v| v.as_string()).collect();
    for a in [
        "server", "queues", "locale", "poll-ms", "theme", "density", "totals",
    ] {
        assert!(
            observed.iter().any(|o| o == a),
            "{a} observed: {observed:?}"
        );
    }
    assert!(!observed.iter().any(|o| o.contains("token")));
}

#[wasm_bindgen_test]
async fn an_element_configured_by_attributes_shows_the_simulators_queues_in_its_shadow_root() {
    let _serial = serial().await;
    let expected = sim_queue_names(&token().await).await;
    assert!(!expected.is_empty());
    let el = queue_element(&[]).await;
    until_shadow("the simulator's queues", &el, || {
        shadow_texts(&el, "tr.micc-queue .micc-queue-name") == expected
    })
    .await;
    assert_eq!(el.child_element_count(), 0, "nothing in the light DOM");
    assert_eq!(shadow_count(&el, "section.micc-queue-now"), 1);
    el.remove();
}

#[wasm_bindgen_test]
async fn every_shadow_root_adopts_the_one_shared_sheet_and_nothing_has_a_style_attribute() {
    let _serial = serial().await;
    let queues = queue_element(&[("totals", ""), ("threshold-waiting", "0")]).await;
    let agents = element(
        "micc-agent-presence",
        &[("server", sim_url()), ("poll-ms", "1000")],
    );
    set_prop(&agents, "token", &token().await.into());
    attach(&agents);
    until_shadow("queue rows", &queues, || {
        shadow_count(&queues, "tr.micc-queue") > 0
    })
    .await;
    until_shadow("agent rows", &agents, || {
        shadow_count(&agents, "tr.micc-agent") > 0
    })
    .await;
    let sheet = shared_sheet();
    assert!(sheet.is_object(), "the shared sheet exists");
    let rules: web_sys::CssRuleList = Reflect::get(&sheet, &"cssRules".into())
        .unwrap()
        .unchecked_into();
    assert!(rules.length() > 20, "the widget's CSS is in it");
    for el in [&queues, &agents] {
        let adopted: Array = Reflect::get(&shadow(el), &"adoptedStyleSheets".into())
            .unwrap()
            .unchecked_into();
        assert_eq!(adopted.length(), 1);
        assert!(Object::is(&adopted.get(0), &sheet), "the same sheet object");
        // A strict `style-src 'self'` CSP blocks both of these: there must be none.
        assert_eq!(shadow_count(el, "[style]"), 0, "no style attribute");
        assert_eq!(shadow_count(el, "style"), 0, "no <style> element");
    }
    // The rows over a threshold (waiting ≥ 0: all) carry the `row-over` part.
    assert_eq!(
        shadow_count(&queues, "tr[part~=row-over]"),
        shadow_count(&queues, "tr.micc-queue")
    );
    queues.remove();
    agents.remove();
}

#[wasm_bindgen_test]
async fn changing_an_attribute_updates_the_panel() {
    let _serial = serial().await;
    let el = queue_element(&[]).await;
    until_shadow("rows", &el, || shadow_count(&el, "tr.micc-queue") > 0).await;
    el.set_attribute("queues", "Support, Sales").unwrap();
    el.set_attribute("locale", "de").unwrap();
    until_shadow("the two queues, in German", &el, || {
        shadow_texts(&el, ".micc-queue-name") == ["Support", "Sales"]
            && shadow_text(&el).contains("Wartend")
    })
    .await;
    assert_eq!(shadow_count(&el, "section"), 1, "one panel, not two");
    el.set_attribute("totals", "").unwrap();
    until_shadow("the totals row", &el, || {
        shadow_count(&el, "tr.micc-totals") == 1
    })
    .await;
    el.remove_attribute("queues").unwrap();
    until_shadow("all queues again", &el, || {
        shadow_count(&el, "tr.micc-queue") > 2
    })
    .await;
    el.remove();
}

#[wasm_bindgen_test]
async fn removing_the_element_unmounts_it_and_stops_everything() {
    let _serial = serial().await;
    let el = queue_element(&[]).await;
    until_shadow("rows", &el, || shadow_count(&el, "tr.micc-queue") > 0).await;
    let stores = live_stores();
    assert_eq!(stores.len(), 1, "one store for the element");
    let requests = stores[0].request_counter();
    let store = std::rc::Rc::downgrade(&stores[0]);
    drop(stores);
    let start = requests.get();
    until_shadow("polls or live", &el, || {
        requests.get() >= start + 2
            || shadow(&el)
                .query_selector("p.micc-link[data-link='live']")
                .ok()
                .flatten()
                .is_some()
    })
    .await;

    el.remove();
    assert_eq!(
        shadow(&el).child_element_count(),
        0,
        "the shadow root is empty at once"
    );
    until_shadow("the store freed", &el, || store.upgrade().is_none()).await;
    assert!(live_stores().is_empty());
    assert!(
        !ticker_running(),
        "the page ticker stopped with the last panel"
    );
    let after = requests.get();
    sleep(Duration::from_millis(2500)).await;
    assert_eq!(requests.get(), after, "no request after removal");
    assert_eq!(shadow(&el).child_element_count(), 0);

    // Put back, it mounts again.
    attach(&el);
    until_shadow("rows again", &el, || shadow_count(&el, "tr.micc-queue") > 0).await;
    el.remove();
    until_shadow("freed again", &el, || live_stores().is_empty()).await;
}

#[wasm_bindgen_test]
async fn theme_and_density_attributes_set_the_classes_parts_and_look() {
    let _serial = serial().await;
    let el = queue_element(&[("theme", "dark"), ("density", "wall")]).await;
    until_shadow("rows", &el, || shadow_count(&el, "tr.micc-queue") > 0).await;
    let root = shadow_one(&el, "[part=panel]");
    let classes = root.class_name();
    for c in ["micc-root", "micc-theme-dark", "micc-density-wall"] {
        assert!(classes.split(' ').any(|x| x == c), "{c} in {classes:?}");
    }
    for part in [
        "toolbar", "title", "status", "button", "table", "header", "row",
    ] {
        assert!(
            shadow_count(&el, &format!("[part~={part}]")) > 0,
            "a {part} part"
        );
    }
    let dark_bg = computed(&root, "background-color");
    assert_eq!(dark_bg, "rgb(13, 17, 23)");
    let wall = px(&computed(&root, "font-size"));

    el.set_attribute("theme", "light").unwrap();
    el.set_attribute("density", "compact").unwrap();
    until_shadow("the compact light look", &el, || {
        let c = root.class_name();
        c.contains("micc-theme-light")
            && c.contains("micc-density-compact")
            && !c.contains("micc-density-wall")
            && !c.contains("micc-theme-dark")
    })
    .await;
    assert_eq!(computed(&root, "background-color"), "rgb(255, 255, 255)");
    let compact = px(&computed(&root, "font-size"));
    assert!(wall > compact * 1.3, "wall {wall}px vs compact {compact}px");
    // Compact rows are tighter than comfortable ones.
    let row = shadow_one(&el, "tr.micc-queue td");
    let compact_pad = px(&computed(&row, "padding-top"));
    el.remove_attribute("density").unwrap();
    until_shadow("comfortable", &el, || {
        root.class_name().contains("micc-density-comfortable")
    })
    .await;
    let row = shadow_one(&el, "tr.micc-queue td");
    assert!(px(&computed(&row, "padding-top")) > compact_pad);

    // A page's custom property reaches inside the shadow root.
    el.set_attribute("class", "themed").unwrap();
    let page = document().create_element("style").unwrap();
    page.set_text_content(Some(".themed { --micc-bg: rgb(1, 2, 3); }"));
    document().head().unwrap().append_child(&page).unwrap();
    assert_eq!(computed(&root, "background-color"), "rgb(1, 2, 3)");
    page.remove();
    el.remove();
}

#[wasm_bindgen_test]
async fn a_config_property_and_a_token_provider_configure_the_element() {
    let _serial = serial().await;
    let token = token().await;
    let el = element("micc-agent-presence", &[("density", "compact")]);
    let config = Object::new();
    Reflect::set(&config, &"server".into(), &sim_url().into()).unwrap();
    Reflect::set(&config, &"pollMs".into(), &1000.into()).unwrap();
    Reflect::set(&config, &"locale".into(), &"de".into()).unwrap();
    set_prop(&el, "config", &config);
    let provider = Function::new_no_args(&format!("return Promise.resolve({token:?});"));
    set_prop(&el, "tokenProvider", &provider);
    attach(&el);
    until_shadow("agents, in German", &el, || {
        shadow_count(&el, "tr.micc-agent") > 0 && shadow_text(&el).contains("Agentenstatus")
    })
    .await;
    // An attribute overrides the config property's value.
    el.set_attribute("locale", "en").unwrap();
    until_shadow("English", &el, || {
        shadow_text(&el).contains("Agent presence")
    })
    .await;
    el.remove();
}

#[wasm_bindgen_test]
async fn the_my_presence_element_shows_the_signed_in_employees_state_and_its_controls() {
    let _serial = serial().await;
    let token = token().await;
    let el = element(
        "micc-my-presence",
        &[("server", sim_url()), ("locale", "en")],
    );
    let provider = Function::new_no_args(&format!("return Promise.resolve({token:?});"));
    set_prop(&el, "tokenProvider", &provider);
    attach(&el);
    until_shadow("my state and the four choices", &el, || {
        shadow_count(&el, "section.micc-my-presence") == 1
            && shadow_count(&el, ".micc-my-change button") == 4
            && !shadow_texts(&el, ".micc-my-label").is_empty()
    })
    .await;
    el.remove();
}

#[wasm_bindgen_test]
async fn a_bad_attribute_shows_its_message_then_the_panel_when_mended() {
    let _serial = serial().await;
    let el = queue_element(&[("poll-ms", "soon")]).await;
    until_shadow("the message", &el, || {
        shadow_texts(&el, "[role=alert]")
            .iter()
            .any(|t| t.contains("poll-ms"))
    })
    .await;
    el.set_attribute("density", "roomy").unwrap();
    el.set_attribute("poll-ms", "1000").unwrap();
    until_shadow("the density message", &el, || {
        shadow_texts(&el, "[role=alert]")
            .iter()
            .any(|t| t.contains("density"))
    })
    .await;
    el.remove_attribute("density").unwrap();
    until_shadow("rows", &el, || shadow_count(&el, "tr.micc-queue") > 0).await;
    assert_eq!(shadow_count(&el, "[role=alert]"), 0);
    assert_eq!(shadow_count(&el, "section"), 1);
    el.remove();
}

#[wasm_bindgen_test]
async fn a_token_set_before_the_element_is_upgraded_is_used() {
    let _serial = serial().await;
    define_elements().unwrap();
    // An element made in a document without a browsing context is not upgraded until it
    // is put in the page: its `token` is then a plain own property the class takes over.
    let inert = document()
        .implementation()
        .unwrap()
        .create_html_document()
        .unwrap();
    let el = inert.create_element("micc-queue-now").unwrap();
    el.set_attribute("server", sim_url()).unwrap();
    el.set_attribute("poll-ms", "1000").unwrap();
    Reflect::set(&el, &"token".into(), &token().await.into()).unwrap();
    let el: web_sys::HtmlElement = document().adopt_node(&el).unwrap().unchecked_into();
    attach(&el);
    // The class took the own property over (else it would hide the class's setter).
    let own = Object::has_own(el.unchecked_ref::<Object>(), &"token".into());
    assert!(!own, "token is the class's accessor now");
    until_shadow("rows", &el, || shadow_count(&el, "tr.micc-queue") > 0).await;
    el.remove();
}
