//! Component tests of the queue-now panel in headless Chromium (`wasm-pack test`): the panel
//! on hand-fed stores (deterministic data) and through `mount` against the micc-sim named by
//! `MICC_SIM_URL` at build time. Every test unmounts what it mounted, so the last test can
//! check that nothing keeps running.
#![cfg(target_arch = "wasm32")]

mod support;

use std::rc::Rc;
use std::time::Duration;
use support::*;

use gloo_timers::future::sleep;
use js_sys::{Object, Reflect};
use micc_client::models::QueueState;
use micc_client::timespan::TimeSpan;
use micc_widget::dom::Mounted;
use micc_widget::format::intl::Formatter;
use micc_widget::panels::queue_now::thresholds::Thresholds;
use micc_widget::panels::queue_now::{PanelOptions, queue_now};
use micc_widget::reactive::*;
use micc_widget::store::shared::Shared;
use micc_widget::store::ticker::ticker;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sim_queues(token: &str) -> Vec<serde_json::Value> {
    let response =
        gloo_net::http::Request::get(&format!("{}/miccsdk/api/v1/queues/state", sim_url()))
            .header("Authorization", &format!("Bearer {token}"))
            .send()
            .await
            .unwrap();
    let v: serde_json::Value = response.json().await.unwrap();
    v["_embedded"]["items"].as_array().unwrap().clone()
}

fn text(el: &web_sys::HtmlElement, selector: &str) -> String {
    el.query_selector(selector)
        .unwrap()
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

fn click(el: &web_sys::HtmlElement, selector: &str) {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

fn queue(id: &str, name: &str, waiting: i64) -> QueueState {
    QueueState {
        id: Some(id.into()),
        name: Some(name.into()),
        reporting: Some(format!("R{id}")),
        waiting_conversations: Some(waiting),
        ..QueueState::default()
    }
}

fn feed(shared: &Shared, queues: Vec<QueueState>) {
    let now = js_sys::Date::now();
    shared.rows.maybe_update(|s| s.apply_snapshot(queues, now));
    shared.link.update(|l| l.on_success(now));
}

/// The panel on a store fed by hand.
fn mount_panel(
    el: &web_sys::HtmlElement,
    shared: Rc<Shared>,
    locale: &str,
    options: PanelOptions,
) -> Mounted {
    let formatter = Formatter::new(locale).unwrap();
    let ticker = ticker();
    micc_widget::dom::mount(
        el,
        Box::new(move || queue_now(shared, ticker, formatter, options)),
    )
}

fn options() -> PanelOptions {
    PanelOptions {
        queues: Vec::new(),
        thresholds: Thresholds::default(),
        totals: false,
    }
}

fn config(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

#[wasm_bindgen_test]
async fn a_changed_queue_changes_in_place_and_rows_come_go_and_move_with_the_list() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    feed(
        &shared,
        vec![
            queue("a", "Ay", 1),
            queue("b", "Bee", 2),
            queue("c", "Cee", 0),
        ],
    );
    let mut opts = options();
    opts.thresholds.waiting = Some(5);
    let mounted = mount_panel(&el, shared.clone(), "en", opts);
    until("rows", &el, || texts(&el, "tr.micc-queue").len() == 3).await;
    let before = keyed_rows(&el, "tr.micc-queue");
    // b changes (and crosses the waiting threshold), the server's order changes, c goes
    // and d comes.
    let mut b = queue("b", "Bea", 7);
    b.is_in_do_not_disturb = Some(true);
    feed(&shared, vec![b, queue("a", "Ay", 1), queue("d", "Dee", 0)]);
    let after = until_keys(&el, "tr.micc-queue", &["b", "a", "d"]).await;
    same_row(&before, &after, "a");
    same_row(&before, &after, "b");
    let b_row = &after[0].1;
    let cell = |sel: &str| text_in(b_row, sel);
    assert_eq!(cell(".micc-queue-name"), "Bea");
    assert!(
        cell(".micc-waiting").starts_with('7'),
        "{}",
        cell(".micc-waiting")
    );
    assert_eq!(cell(".micc-dnd"), "Yes");
    until("b marked over its threshold", &el, || {
        b_row.class_list().contains("micc-over") && cell(".micc-waiting").contains('⚠')
    })
    .await;
    assert!(
        !after[1].1.class_list().contains("micc-over"),
        "a is not over"
    );
    assert!(
        before
            .iter()
            .all(|(_, e)| !e.is_same_node(Some(&after[2].1))),
        "d is a row of its own"
    );
    drop(mounted);
}

#[wasm_bindgen_test]
async fn mount_shows_every_queue_the_simulator_serves_in_its_order() {
    let _serial = serial().await;
    let token = token().await;
    let served = sim_queues(&token).await;
    let el = container();
    let mut handle = micc_widget::mount(
        el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("token", token.clone().into()),
            ("locale", "en".into()),
        ]),
    )
    .unwrap();
    assert!(el.text_content().unwrap_or_default().contains("Loading"));
    until("rows", &el, || {
        texts(&el, "tr.micc-queue").len() == served.len()
    })
    .await;
    let names = texts(&el, "tr.micc-queue .micc-queue-name");
    let expected: Vec<String> = served
        .iter()
        .map(|q| q["name"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(names, expected);
    let reporting = texts(&el, "tr.micc-queue .micc-reporting");
    assert_eq!(reporting[0], served[0]["reporting"].as_str().unwrap());
    // The first rows come by REST; the status says polling until real time connects.
    let link = el
        .query_selector("p.micc-link")
        .unwrap()
        .unwrap()
        .get_attribute("data-link");
    assert!(
        matches!(link.as_deref(), Some("polling" | "live")),
        "{link:?}"
    );
    handle.unmount();
}

#[wasm_bindgen_test]
async fn header_buttons_sort_and_move_aria_sort() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    feed(
        &shared,
        vec![
            queue("1", "beta", 3),
            queue("2", "Alpha", 9),
            queue("3", "gamma", 1),
        ],
    );
    let handle = mount_panel(&el, shared.clone(), "en", options());
    until("rows", &el, || texts(&el, "tr.micc-queue").len() == 3).await;
    assert_eq!(
        texts(&el, ".micc-queue-name"),
        ["beta", "Alpha", "gamma"],
        "the server's order until a header is clicked"
    );
    assert!(el.query_selector("th[aria-sort]").unwrap().is_none());

    click(&el, "thead th.micc-waiting button");
    until("waiting descending", &el, || {
        texts(&el, ".micc-queue-name") == ["Alpha", "beta", "gamma"]
    })
    .await;
    let sorted = el.query_selector_all("th[aria-sort]").unwrap();
    assert_eq!(sorted.length(), 1, "aria-sort on the sorted header only");
    let th = el.query_selector("thead th.micc-waiting").unwrap().unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("descending"));

    click(&el, "thead th.micc-waiting button");
    until("waiting ascending", &el, || {
        texts(&el, ".micc-queue-name") == ["gamma", "beta", "Alpha"]
    })
    .await;
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));

    click(&el, "thead th.micc-col-name button");
    until("name ascending", &el, || {
        texts(&el, ".micc-queue-name") == ["Alpha", "beta", "gamma"]
    })
    .await;
    assert_eq!(th.get_attribute("aria-sort"), None);
    let name_th = el
        .query_selector("thead th.micc-col-name")
        .unwrap()
        .unwrap();
    assert_eq!(
        name_th.get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_threshold_crossing_marks_the_row_and_is_announced_once() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    feed(
        &shared,
        vec![queue("1", "Sales", 3), queue("2", "Support", 1)],
    );
    let mut opts = options();
    opts.thresholds.waiting = Some(10);
    let handle = mount_panel(&el, shared.clone(), "en", opts);
    until("rows", &el, || texts(&el, "tr.micc-queue").len() == 2).await;
    let region = el.query_selector("[aria-live=polite]").unwrap().unwrap();
    assert_eq!(region.text_content().unwrap_or_default(), "");

    // Count every change of the live region from here on.
    let changes = Rc::new(std::cell::Cell::new(0u32));
    let counter = changes.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
        counter.set(counter.get() + records.length());
    });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    init.set_character_data(true);
    init.set_subtree(true);
    observer.observe_with_options(&region, &init).unwrap();

    // An ordinary update: nothing is announced.
    feed(
        &shared,
        vec![queue("1", "Sales", 4), queue("2", "Support", 2)],
    );
    sleep(Duration::from_millis(300)).await;
    assert_eq!(changes.get(), 0, "ordinary updates are not announced");

    feed(
        &shared,
        vec![queue("1", "Sales", 12), queue("2", "Support", 2)],
    );
    until("announcement", &el, || {
        region.text_content().unwrap_or_default() == "Sales: waiting at or over 10"
    })
    .await;
    let row = el
        .query_selector("tr.micc-queue[data-key='1']")
        .unwrap()
        .unwrap();
    assert!(row.class_list().contains("micc-over"));
    let after_crossing = changes.get();
    assert!(after_crossing > 0);

    // Still over, and further ticks and updates: silent.
    feed(
        &shared,
        vec![queue("1", "Sales", 13), queue("2", "Support", 3)],
    );
    sleep(Duration::from_millis(1300)).await;
    assert_eq!(changes.get(), after_crossing, "announced once");
    let row = el
        .query_selector("tr.micc-queue[data-key='1']")
        .unwrap()
        .unwrap();
    assert!(row.class_list().contains("micc-over"), "still marked");
    let other = el
        .query_selector("tr.micc-queue[data-key='2']")
        .unwrap()
        .unwrap();
    assert!(!other.class_list().contains("micc-over"));
    observer.disconnect();
    drop(handle);
}

fn waiting_with_longest(secs: u64) -> QueueState {
    QueueState {
        longest_waiting_conversation_duration: Some(TimeSpan::from_duration(Duration::from_secs(
            secs,
        ))),
        ..queue("1", "Sales", 2)
    }
}

#[wasm_bindgen_test]
async fn longest_waiting_ticks_between_updates_and_freezes_while_paused() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    feed(&shared, vec![waiting_with_longest(30)]);
    let handle = mount_panel(&el, shared.clone(), "en", options());
    until("row", &el, || texts(&el, "tr.micc-queue").len() == 1).await;
    // Only rows near the screen tick (the suite's page may have scrolled).
    el.scroll_into_view();
    let first = text(&el, "tr.micc-queue .micc-longest");
    assert!(first.contains("30"), "{first}");
    until("a tick", &el, || {
        let t = text(&el, "tr.micc-queue .micc-longest");
        t.contains("31") || t.contains("32")
    })
    .await;

    click(&el, "button.micc-pause");
    until("paused", &el, || {
        el.query_selector("button.micc-pause")
            .unwrap()
            .and_then(|b| b.get_attribute("aria-pressed"))
            .as_deref()
            == Some("true")
    })
    .await;
    let frozen = text(&el, "tr.micc-queue .micc-longest");
    feed(&shared, vec![waiting_with_longest(100)]);
    sleep(Duration::from_millis(2200)).await;
    assert_eq!(
        text(&el, "tr.micc-queue .micc-longest"),
        frozen,
        "nothing moves while paused, neither clocks nor rows"
    );
    click(&el, "button.micc-pause");
    until("resumed with the new data", &el, || {
        text(&el, "tr.micc-queue .micc-longest").contains("1:4")
    })
    .await;
    drop(handle);
}

#[wasm_bindgen_test]
async fn only_queues_near_the_screen_tick_and_a_row_scrolled_into_view_is_current_at_once() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    // 200 queues, each with a conversation waiting 30 s: many screens of ticking rows.
    let queues: Vec<QueueState> = (0..200)
        .map(|i| QueueState {
            longest_waiting_conversation_duration: Some(TimeSpan::from_duration(
                Duration::from_secs(30),
            )),
            ..queue(&format!("q{i}"), &format!("Queue {i:03}"), 2)
        })
        .collect();
    let fed = js_sys::Date::now();
    feed(&shared, queues);
    let handle = mount_panel(&el, shared.clone(), "en", options());
    until("rows", &el, || texts(&el, "tr.micc-queue").len() == 200).await;
    let list = el.query_selector_all("tr.micc-queue").unwrap();
    let row = |i: u32| {
        list.item(i)
            .unwrap()
            .dyn_into::<web_sys::Element>()
            .unwrap()
    };
    let (first, last) = (row(0), row(199));
    let longest = |r: &web_sys::Element| {
        r.query_selector(".micc-longest [role=timer]")
            .unwrap()
            .and_then(|t| t.text_content())
            .unwrap_or_default()
    };
    scroll_near_with_far_below(&first, &last);
    only_the_near_row_ticks(&el, &first, &last, &longest, || {
        30 + ((js_sys::Date::now() - fed) / 1000.0) as u64
    })
    .await;
    drop(handle);
}

#[wasm_bindgen_test]
async fn numbers_percentages_and_words_follow_the_locale() {
    let _serial = serial().await;
    let q = QueueState {
        offered_conversations_today: Some(12_345),
        abandoned_conversations_today: Some(1_921),
        abandoned_conversations_percentage_today: Some(15.56),
        service_level_percentage_today: Some(84.44),
        service_level_goal_percentage: Some(80.0),
        ..queue("1", "Sales", 2)
    };
    for (locale, offered, rate, header) in [
        ("en", "12,345", "16%", "Waiting"),
        ("de", "12.345", "16\u{a0}%", "Wartend"),
    ] {
        let el = container();
        let shared = Shared::detached();
        feed(&shared, vec![q.clone()]);
        let handle = mount_panel(&el, shared, locale, options());
        until("row", &el, || texts(&el, "tr.micc-queue").len() == 1).await;
        assert_eq!(
            text(&el, "tr.micc-queue .micc-offered"),
            offered,
            "{locale}"
        );
        assert_eq!(
            text(&el, "tr.micc-queue .micc-abandon-rate"),
            rate,
            "{locale}"
        );
        assert!(
            text(&el, "thead th.micc-waiting").contains(header),
            "{locale}"
        );
        let sl = text(&el, "tr.micc-queue .micc-service-level");
        assert!(
            sl.starts_with(&format!("84{}", &rate[2..])),
            "{locale}: {sl}"
        );
        drop(handle);
    }
}

#[wasm_bindgen_test]
async fn a_queue_named_like_markup_renders_as_text() {
    let _serial = serial().await;
    // The simulator cannot rename queues, so the row comes from a hand-made QueueState.
    let el = container();
    let shared = Shared::detached();
    let evil = "<img src=x onerror=alert(1)>";
    feed(&shared, vec![queue("1", evil, 1)]);
    let handle = mount_panel(&el, shared, "en", options());
    until("row", &el, || texts(&el, "tr.micc-queue").len() == 1).await;
    assert_eq!(text(&el, ".micc-queue-name"), evil);
    assert!(el.query_selector("img").unwrap().is_none());
    drop(handle);
}

#[wasm_bindgen_test]
async fn bad_config_is_shown_not_thrown_and_a_non_element_is_refused() {
    let _serial = serial().await;
    for (cfg, message) in [
        (
            config(&[("server", 5.into())]),
            "config.server must be a string",
        ),
        (
            config(&[("server", sim_url().into()), ("pollMs", 10.into())]),
            "pollMs must be between",
        ),
        (
            config(&[
                ("server", sim_url().into()),
                ("locale", "not a locale!".into()),
            ]),
            "is not a valid language tag",
        ),
        (JsValue::from_str("nope"), "the config must be an object"),
    ] {
        let el = container();
        let mut handle = micc_widget::mount(el.clone().into(), cfg).unwrap();
        until(message, &el, || {
            el.text_content().unwrap_or_default().contains(message)
        })
        .await;
        handle.unmount();
    }
    assert!(micc_widget::mount(JsValue::from_str("div"), config(&[])).is_err());
}

#[wasm_bindgen_test]
async fn an_error_offers_a_retry_that_polls_at_once() {
    let _serial = serial().await;
    let el = container();
    let mut handle = micc_widget::mount(
        el.clone().into(),
        config(&[("server", sim_url().into()), ("pollMs", 60_000.into())]),
    )
    .unwrap();
    until("the 401", &el, || {
        el.text_content().unwrap_or_default().contains("401")
    })
    .await;
    let before = handle.request_count();
    click(&el, "button.micc-retry");
    until("a new request", &el, || handle.request_count() > before).await;
    handle.unmount();
}

#[wasm_bindgen_test]
async fn update_changes_the_config_and_unmount_frees_everything() {
    let _serial = serial().await;
    let token = token().await;
    let el = container();
    let mut handle = micc_widget::mount(
        el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("token", token.clone().into()),
            ("pollMs", 1000.into()),
        ]),
    )
    .unwrap();
    until("rows", &el, || !texts(&el, "tr.micc-queue").is_empty()).await;
    handle.update(config(&[
        ("server", sim_url().into()),
        ("token", token.clone().into()),
        ("pollMs", 1000.into()),
        ("queues", "Support,Sales".into()),
        ("locale", "de".into()),
    ]));
    until("the two queues, in German", &el, || {
        texts(&el, ".micc-queue-name") == ["Support", "Sales"]
            && el.text_content().unwrap_or_default().contains("Wartend")
    })
    .await;
    assert_eq!(el.query_selector_all("section").unwrap().length(), 1);
    // Polling runs (1 s interval) while mounted, or real time is live...
    let start = handle.request_count();
    until("polls or live", &el, || {
        handle.request_count() >= start + 2.0 || live(&el)
    })
    .await;

    unmount_frees_everything(handle, &el).await;
}

#[wasm_bindgen_test]
async fn the_totals_row_lines_up_with_the_headers_and_sums_the_rows() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    feed(
        &shared,
        vec![queue("1", "Sales", 3), queue("2", "Support", 4)],
    );
    let mut opts = options();
    opts.totals = true;
    let handle = mount_panel(&el, shared, "en", opts);
    until("totals", &el, || !texts(&el, "tr.micc-totals").is_empty()).await;
    let headers = el.query_selector_all("thead th").unwrap().length();
    let totals = el
        .query_selector_all("tr.micc-totals > *")
        .unwrap()
        .length();
    let row = el.query_selector_all("tr.micc-queue > *").unwrap().length();
    assert_eq!(totals, headers);
    assert_eq!(row / 2, headers);
    // Each totals cell sits under the header of its column.
    let header_classes: Vec<String> = (0..headers)
        .map(|i| {
            el.query_selector_all("thead th")
                .unwrap()
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .map(|e| e.class_name())
                .unwrap_or_default()
        })
        .collect();
    let waiting_at = header_classes
        .iter()
        .position(|c| c == "micc-waiting")
        .unwrap();
    let cell = el
        .query_selector_all("tr.micc-totals > *")
        .unwrap()
        .item(waiting_at as u32)
        .unwrap();
    assert_eq!(cell.text_content().as_deref(), Some("7"));
    drop(handle);
}

/// Makes `document.hidden` answer `hidden` (an own property shadowing the prototype's getter;
/// `None` removes it again).
fn force_hidden(hidden: Option<bool>) {
    let document = web_sys::window().unwrap().document().unwrap();
    let key = JsValue::from_str("hidden");
    match hidden {
        Some(h) => {
            let descriptor = Object::new();
            Reflect::set(&descriptor, &"value".into(), &h.into()).unwrap();
            Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
            Object::define_property(&document, &key, &descriptor);
        }
        None => {
            Reflect::delete_property(&document, &key).unwrap();
        }
    }
}

#[wasm_bindgen_test]
async fn a_hidden_page_does_not_poll_and_polls_again_when_shown() {
    let _serial = serial().await;
    let token = token().await;
    let el = container();
    let mut handle = micc_widget::mount(
        el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("token", token.into()),
            ("pollMs", 1000.into()),
        ]),
    )
    .unwrap();
    until("rows", &el, || !texts(&el, "tr.micc-queue").is_empty()).await;
    force_hidden(Some(true));
    // A request already waiting out its interval may still go; after that, none.
    sleep(Duration::from_millis(1300)).await;
    let hidden_at = handle.request_count();
    sleep(Duration::from_millis(2500)).await;
    let still = handle.request_count();
    force_hidden(None);
    assert_eq!(still, hidden_at, "no polling while document.hidden");
    until("polling again", &el, || handle.request_count() > still).await;
    handle.unmount();
}
