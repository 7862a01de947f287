//! The DOM builder (src/dom) on its own, in headless Chromium: dynamic parts follow their
//! signals and write only on change, a region's and a removed row's effects are disposed,
//! keyed rows keep their elements, and dropping a mount removes its node, its effects and
//! its listeners.
#![cfg(target_arch = "wasm32")]

mod support;

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;
use support::*;

use gloo_timers::future::sleep;
use micc_widget::dom::{El, el, keyed, mount, text_node};
use micc_widget::reactive::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Effects run again on Leptos' executor, a task after the signal changed.
async fn settle() {
    sleep(Duration::from_millis(20)).await;
}

fn click(e: &web_sys::Element) {
    e.unchecked_ref::<web_sys::HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn dynamic_parts_follow_their_signals_and_stop_with_the_mount() {
    let host = container();
    let on = ArcRwSignal::new(false);
    let label = ArcRwSignal::new("one".to_owned());
    let texts = Rc::new(Cell::new(0));
    let clicks = Rc::new(Cell::new(0));
    let mounted = {
        let (on, label, texts, clicks) = (on.clone(), label.clone(), texts.clone(), clicks.clone());
        mount(
            &host,
            Box::new(move || {
                let (a, b) = (on.clone(), on.clone());
                el("button")
                    .class("base")
                    .attr_with("data-on", move || a.get().then(|| "yes".to_owned()))
                    .class_when("lit", move || b.get())
                    .flag_with("aria-pressed", move || on.get())
                    .text_with(move || {
                        texts.set(texts.get() + 1);
                        label.get()
                    })
                    .on("click", move |_| clicks.set(clicks.get() + 1))
            }),
        )
    };
    let button = host.query_selector("button").unwrap().expect("the button");
    assert_eq!(button.get_attribute("data-on"), None);
    assert_eq!(button.get_attribute("class").as_deref(), Some("base"));
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(button.text_content().as_deref(), Some("one"));

    on.set(true);
    settle().await;
    assert_eq!(button.get_attribute("data-on").as_deref(), Some("yes"));
    assert_eq!(button.get_attribute("class").as_deref(), Some("base lit"));
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    // Server text stays text.
    label.set("<b>two</b>".into());
    settle().await;
    assert_eq!(button.text_content().as_deref(), Some("<b>two</b>"));
    assert!(button.query_selector("b").unwrap().is_none());
    let runs = texts.get();
    click(&button);
    assert_eq!(clicks.get(), 1);

    let root = host.first_element_child().unwrap();
    drop(mounted);
    assert_eq!(host.child_element_count(), 0, "the node is removed");
    label.set("three".into());
    on.set(false);
    settle().await;
    assert_eq!(
        texts.get(),
        runs,
        "no effect runs after the mount is dropped"
    );
    assert_eq!(button.text_content().as_deref(), Some("<b>two</b>"));
    // Back in the page, so that a click reaches the button's listeners, if any are left.
    host.append_child(&root).unwrap();
    click(&button);
    assert_eq!(
        clicks.get(),
        1,
        "no handler runs after the mount is dropped"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_region_is_built_again_and_what_it_built_before_is_disposed() {
    let host = container();
    let which = ArcRwSignal::new(1u32);
    let inner = ArcRwSignal::new(0u32);
    let inner_runs = Rc::new(Cell::new(0));
    let cleanups = Arc::new(AtomicU32::new(0));
    let mounted = {
        let (which, inner, inner_runs, cleanups) = (
            which.clone(),
            inner.clone(),
            inner_runs.clone(),
            cleanups.clone(),
        );
        mount(
            &host,
            Box::new(move || {
                el("div").text("before").region(move || {
                    let n = which.get();
                    let c = cleanups.clone();
                    on_cleanup(move || {
                        c.fetch_add(1, Ordering::Relaxed);
                    });
                    let (inner, runs) = (inner.clone(), inner_runs.clone());
                    let span = el("span")
                        .attr("data-n", &n.to_string())
                        .text_with(move || {
                            runs.set(runs.get() + 1);
                            inner.get().to_string()
                        });
                    vec![span.into(), text_node(" after")]
                })
            }),
        )
    };
    let div = host.first_element_child().unwrap();
    assert_eq!(div.text_content().as_deref(), Some("before0 after"));
    which.set(2);
    settle().await;
    assert_eq!(
        cleanups.load(Ordering::Relaxed),
        1,
        "the first run was cleaned up"
    );
    let spans = div.query_selector_all("span").unwrap();
    assert_eq!(spans.length(), 1, "the old span is gone");
    assert_eq!(
        div.query_selector("span")
            .unwrap()
            .unwrap()
            .get_attribute("data-n")
            .as_deref(),
        Some("2")
    );
    assert_eq!(div.text_content().as_deref(), Some("before0 after"));
    let before = inner_runs.get();
    inner.set(5);
    settle().await;
    assert_eq!(
        inner_runs.get(),
        before + 1,
        "only the new span's text follows"
    );
    assert_eq!(div.text_content().as_deref(), Some("before5 after"));
    drop(mounted);
    assert_eq!(cleanups.load(Ordering::Relaxed), 2);
}

fn keys(host: &web_sys::HtmlElement) -> Vec<String> {
    let list = host.query_selector_all("li").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("data-key"))
        .collect()
}

fn row_of(host: &web_sys::HtmlElement, key: &str) -> web_sys::Element {
    host.query_selector(&format!("li[data-key=\"{key}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("row {key}"))
}

#[wasm_bindgen_test]
async fn keyed_rows_are_kept_per_key_follow_the_order_and_are_disposed_when_gone() {
    let host = container();
    let list = ArcRwSignal::new(vec!["a", "b", "c"]);
    let built = Rc::new(Cell::new(0));
    let gone = Arc::new(AtomicU32::new(0));
    let mounted = {
        let (list, built, gone) = (list.clone(), built.clone(), gone.clone());
        mount(
            &host,
            Box::new(move || {
                let ul = el("ul").child(el("li").attr("data-key", "header"));
                let (built, gone) = (built.clone(), gone.clone());
                keyed(
                    &ul,
                    move || list.get(),
                    |k: &&str| k,
                    |was, now| was != now,
                    move |k: String, _item| -> El {
                        built.set(built.get() + 1);
                        let g = gone.clone();
                        on_cleanup(move || {
                            g.fetch_add(1, Ordering::Relaxed);
                        });
                        el("li").attr("data-key", &k)
                    },
                );
                ul
            }),
        )
    };
    assert_eq!(keys(&host), ["header", "a", "b", "c"]);
    let (a, c) = (row_of(&host, "a"), row_of(&host, "c"));
    list.set(vec!["c", "a", "d"]);
    settle().await;
    assert_eq!(
        keys(&host),
        ["header", "c", "a", "d"],
        "the list's order, after the rest"
    );
    assert!(
        row_of(&host, "a").is_same_node(Some(&a)),
        "a kept its element"
    );
    assert!(
        row_of(&host, "c").is_same_node(Some(&c)),
        "c kept its element"
    );
    assert_eq!(built.get(), 4, "only d was built");
    assert_eq!(gone.load(Ordering::Relaxed), 1, "b's owner was disposed");
    // The same key twice is shown twice, not a panic.
    list.set(vec!["a", "a"]);
    settle().await;
    assert_eq!(keys(&host), ["header", "a", "a"]);
    list.set(Vec::new());
    settle().await;
    assert_eq!(keys(&host), ["header"]);
    let all = built.get();
    assert_eq!(
        gone.load(Ordering::Relaxed),
        all,
        "every row built was disposed"
    );
    drop(mounted);
    assert_eq!(host.child_element_count(), 0);
}
