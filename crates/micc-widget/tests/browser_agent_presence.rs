//! Component tests of the agent-presence panel in headless Chromium (`wasm-pack test`):
//! through `mount` against the micc-sim named by `MICC_SIM_URL` at build time, and on
//! hand-fed stores for what the simulator cannot pin (clock skew, hostile strings). Every
//! test unmounts what it mounted.
#![cfg(target_arch = "wasm32")]

mod support;

use std::rc::Rc;
use support::*;

use js_sys::{Object, Reflect};
use micc_client::datetime::DateTime;
use micc_client::models::{AgentCurrentState, AgentState, MediaType};
use micc_widget::dom::Mounted;
use micc_widget::format::intl::Formatter;
use micc_widget::panels::agent_presence::{AgentOptions, agent_presence};
use micc_widget::reactive::*;
use micc_widget::store::shared::Shared;
use micc_widget::store::ticker::ticker;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Every item of a collection, page after page (the suite's simulator has more agent
/// states than one page holds).
async fn sim_get(token: &str, path: &str) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    let mut url = format!("{}/miccsdk/api/v1/{path}", sim_url());
    loop {
        let response = gloo_net::http::Request::get(&url)
            .header("Authorization", &format!("Bearer {token}"))
            .send()
            .await
            .unwrap();
        let v: serde_json::Value = response.json().await.unwrap();
        let items = v["_embedded"]["items"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if items.is_empty() {
            return out;
        }
        out.extend(items);
        match v["_links"]["next"]["href"].as_str() {
            Some(next) if next.starts_with("http") => url = next.to_owned(),
            Some(next) => url = format!("{}{next}", sim_url()),
            None => return out,
        }
    }
}

/// Whole hours of a clock text ("1:02:03" → 1, "2:03" → 0).
fn hours(clock: &str) -> u64 {
    let parts: Vec<&str> = clock.trim().split(':').collect();
    if parts.len() == 3 {
        parts[0].trim().parse().unwrap_or(u64::MAX)
    } else {
        0
    }
}

fn full_name(a: &serde_json::Value) -> String {
    format!(
        "{} {}",
        a["firstName"].as_str().unwrap_or_default(),
        a["lastName"].as_str().unwrap_or_default()
    )
}

fn attrs(el: &web_sys::HtmlElement, selector: &str, attr: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.get_attribute(attr).unwrap_or_default())
        .collect()
}

/// A bubbling event, as a user's typing or choosing fires it.
fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

fn type_search(el: &web_sys::HtmlElement, text: &str) {
    let input: web_sys::HtmlInputElement = el
        .query_selector("input[type=search]")
        .unwrap()
        .expect("a search box")
        .dyn_into()
        .unwrap();
    input.set_value(text);
    fire(&input, "input");
}

fn choose_group(el: &web_sys::HtmlElement, id: &str) {
    let select: web_sys::HtmlSelectElement = el
        .query_selector(".micc-group-filter select")
        .unwrap()
        .expect("a group filter")
        .dyn_into()
        .unwrap();
    select.set_value(id);
    fire(&select, "change");
}

fn config(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

async fn mount_sim(el: &web_sys::HtmlElement, token: &str) -> micc_widget::MountHandle {
    micc_widget::mount(
        el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("token", token.into()),
            ("locale", "en".into()),
            ("panel", "agentPresence".into()),
            ("pollMs", 1000.into()),
        ]),
    )
    .unwrap()
}

/// The panel on a store fed by hand.
fn mount_panel(el: &web_sys::HtmlElement, shared: Rc<Shared>) -> Mounted {
    let formatter = Formatter::new("en").unwrap();
    let ticker = ticker();
    micc_widget::dom::mount(
        el,
        Box::new(move || agent_presence(shared, ticker, formatter, AgentOptions::default())),
    )
}

fn agent(id: &str, first: &str, last: &str) -> AgentState {
    AgentState {
        id: Some(id.into()),
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        current_state: Some(AgentCurrentState::Idle),
        media_type: Some(MediaType::Voice),
        ..AgentState::default()
    }
}

#[wasm_bindgen_test]
async fn mount_shows_every_agent_the_simulator_serves_with_a_summary() {
    let _serial = serial().await;
    let token = token().await;
    let served = sim_get(&token, "agents/states").await;
    assert!(served.len() > 10, "the simulator serves agents");
    let el = container();
    let mut handle = mount_sim(&el, &token).await;
    assert!(el.text_content().unwrap_or_default().contains("Loading"));
    until("rows", &el, || {
        texts(&el, "tr.micc-agent").len() == served.len()
    })
    .await;
    let names = texts(&el, "tr.micc-agent .micc-agent-display");
    let expected: Vec<String> = served.iter().map(full_name).collect();
    assert_eq!(
        names, expected,
        "one row per agent state, in the server's order"
    );
    let keys = attrs(&el, "tr.micc-agent", "data-key");
    let ids: Vec<String> = served
        .iter()
        .map(|a| a["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(keys, ids);
    // Every row says its state in words, not only by a glyph or colour.
    let states = texts(&el, "tr.micc-agent .micc-presence-text");
    assert!(states.iter().all(|s| !s.is_empty()));
    assert_eq!(texts(&el, "tr.micc-agent [role=timer]").len(), served.len());
    // The suite's simulator runs its own clock (a busy hour of its day, whatever the real
    // time): corrected for that skew no agent has been in a state since before the
    // simulated day began; uncorrected, times would be off by months.
    until("the skew measured", &el, || {
        let timers = texts(&el, "tr.micc-agent [role=timer]");
        !timers.is_empty() && timers.iter().all(|t| hours(t) < 24)
    })
    .await;
    // No photos in the simulator: initials stand in.
    assert_eq!(
        texts(&el, "tr.micc-agent .micc-initials").len(),
        served.len()
    );
    // The summary's counts add up to the agents shown.
    let total: usize = texts(&el, ".micc-agent-summary .micc-count-n")
        .iter()
        .map(|n| n.trim().replace(',', "").parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, served.len());
    assert!(
        texts(&el, ".micc-agent-summary li")
            .iter()
            .any(|t| t.contains("On ACD: ") || t.contains("Available: ")),
        "counts are labelled with the state"
    );
    handle.unmount();
}

#[wasm_bindgen_test]
async fn search_and_the_group_filter_narrow_the_rows() {
    let _serial = serial().await;
    let token = token().await;
    let served = sim_get(&token, "agents/states").await;
    let groups = sim_get(&token, "agentgroups").await;
    let el = container();
    let mut handle = mount_sim(&el, &token).await;
    until("rows", &el, || {
        texts(&el, "tr.micc-agent").len() == served.len()
    })
    .await;

    // Search by name, in any case.
    type_search(&el, "ADA");
    let with_ada: Vec<String> = served
        .iter()
        .map(full_name)
        .filter(|n| n.to_lowercase().contains("ada"))
        .collect();
    assert!(!with_ada.is_empty() && with_ada.len() < served.len());
    until("the search narrows", &el, || {
        texts(&el, "tr.micc-agent .micc-agent-display") == with_ada
    })
    .await;
    type_search(&el, "no such agent");
    until("no match", &el, || {
        texts(&el, "tr.micc-agent").is_empty()
            && el
                .text_content()
                .unwrap_or_default()
                .contains("No agents match")
    })
    .await;
    type_search(&el, "");
    until("all again", &el, || {
        texts(&el, "tr.micc-agent").len() == served.len()
    })
    .await;

    // The group filter lists the simulator's agent groups and keeps their members.
    until("group options", &el, || {
        texts(&el, ".micc-group-filter option").len() == groups.len() + 1
    })
    .await;
    let group = groups[0]["id"].as_str().unwrap().to_owned();
    let members: Vec<String> = served
        .iter()
        .filter(|a| {
            a["presentInAgentGroups"]
                .as_array()
                .is_some_and(|g| g.iter().any(|x| x.as_str() == Some(group.as_str())))
        })
        .map(|a| a["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(!members.is_empty() && members.len() < served.len());
    choose_group(&el, &group);
    until("the filter narrows", &el, || {
        attrs(&el, "tr.micc-agent", "data-key") == members
    })
    .await;
    let total: usize = texts(&el, ".micc-agent-summary .micc-count-n")
        .iter()
        .map(|n| n.trim().parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, members.len(), "the summary follows the group filter");
    choose_group(&el, "");
    until("all again", &el, || {
        texts(&el, "tr.micc-agent").len() == served.len()
    })
    .await;
    handle.unmount();
}

#[wasm_bindgen_test]
async fn time_in_state_ticks_and_is_corrected_for_clock_skew() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    let local = js_sys::Date::now();
    // The server's clock is an hour ahead of this browser's, and the agent entered its state
    // 65 s ago by the server's clock.
    let skew = 3_600_000.0;
    shared
        .skew
        .update(|s| _ = s.measure(local, local, local + skew));
    let mut a = agent("a1", "Ada", "Lovelace");
    a.entered_state_on = DateTime::from_unix_millis((local + skew - 65_000.0) as i64);
    shared.agents.update(|s| _ = s.apply_snapshot(vec![a]));
    shared.link.update(|l| l.on_success(local));
    let mounted = mount_panel(&el, shared.clone());
    // Only rows near the screen tick (the suite's page may have scrolled).
    el.scroll_into_view();
    let timer = || texts(&el, "tr.micc-agent [role=timer]").join("");
    until("the skew-corrected time", &el, || {
        let t = timer();
        t.contains("1:05") || t.contains("1:06")
    })
    .await;
    let before = timer();
    until("the timer ticks", &el, || timer() != before).await;
    drop(mounted);
}

fn rows(el: &web_sys::HtmlElement) -> Vec<web_sys::Element> {
    let list = el.query_selector_all("tr.micc-agent").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn timer_of(row: &web_sys::Element) -> String {
    row.query_selector("[role=timer]")
        .unwrap()
        .and_then(|t| t.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn only_rows_near_the_screen_tick_and_a_row_coming_into_view_is_current_at_once() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    let local = js_sys::Date::now();
    // 400 agents, every one 65 s into its state: the table is many screens tall.
    let entered = local - 65_000.0;
    let agents: Vec<AgentState> = (0..400)
        .map(|i| {
            let mut a = agent(&format!("a{i}"), "Agent", &format!("{i:03}"));
            a.entered_state_on = DateTime::from_unix_millis(entered as i64);
            a
        })
        .collect();
    shared.agents.update(|s| _ = s.apply_snapshot(agents));
    shared.link.update(|l| l.on_success(local));
    let mounted = mount_panel(&el, shared.clone());
    until("rows", &el, || rows(&el).len() == 400).await;
    let all = rows(&el);
    let (first, last) = (all[0].clone(), all[399].clone());
    scroll_near_with_far_below(&first, &last);
    // Every row is in the DOM with its timer (screen readers find them all), also off
    // screen: nothing is hidden or removed.
    assert_eq!(texts(&el, "tr.micc-agent [role=timer]").len(), 400);
    let hidden = last.query_selector("[role=timer]").unwrap().unwrap();
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&hidden)
        .unwrap()
        .unwrap();
    assert_eq!(style.get_property_value("visibility").unwrap(), "visible");

    // The row on screen ticks, the one far below keeps its text, and scrolled into view
    // it shows the right time at once.
    only_the_near_row_ticks(&el, &first, &last, &timer_of, || {
        ((js_sys::Date::now() - entered) / 1000.0) as u64
    })
    .await;
    // ... and ticks from then on, while the first row, now off screen, stands still.
    let (first_now, last_now) = (timer_of(&first), timer_of(&last));
    until("the row now on screen ticks", &el, || {
        clock_secs(&timer_of(&last)) >= clock_secs(&last_now) + 2
    })
    .await;
    assert_eq!(
        timer_of(&first),
        first_now,
        "the row scrolled away stands still"
    );
    drop(mounted);
}

#[wasm_bindgen_test]
async fn server_strings_render_as_text_and_only_http_photos_load() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    let mut evil = agent("x", "<img src=x onerror=alert(1)>", "<b>Bold</b>");
    evil.photo_url = Some("javascript:alert(1)".into());
    evil.reason = Some("<script>alert(2)</script>".into());
    let mut pictured = agent("p", "Pia", "Photo");
    pictured.photo_url = Some("https://photos.example/pia.png".into());
    shared
        .agents
        .update(|s| _ = s.apply_snapshot(vec![evil, pictured]));
    shared.link.update(|l| l.on_success(js_sys::Date::now()));
    let mounted = mount_panel(&el, shared.clone());
    until("rows", &el, || texts(&el, "tr.micc-agent").len() == 2).await;
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("<img src=x onerror=alert(1)> <b>Bold</b>"));
    assert!(text.contains("<script>alert(2)</script>"));
    assert!(el.query_selector("b, script").unwrap().is_none());
    // One image: the https photo, with the name as its alt text.
    let imgs = el.query_selector_all("img").unwrap();
    assert_eq!(imgs.length(), 1);
    assert_eq!(attrs(&el, "img", "src"), ["https://photos.example/pia.png"]);
    assert_eq!(attrs(&el, "img", "alt"), ["Pia Photo"]);
    drop(mounted);
}

#[wasm_bindgen_test]
async fn a_changed_agent_changes_in_place_and_rows_come_go_and_move_with_the_list() {
    let _serial = serial().await;
    let el = container();
    let shared = Shared::detached();
    shared.agents.update(|s| {
        _ = s.apply_snapshot(vec![
            agent("x", "Xa", "One"),
            agent("y", "Yo", "Two"),
            agent("z", "Zed", "Three"),
        ])
    });
    shared.link.update(|l| l.on_success(js_sys::Date::now()));
    let mounted = mount_panel(&el, shared.clone());
    until("rows", &el, || texts(&el, "tr.micc-agent").len() == 3).await;
    let before = keyed_rows(&el, "tr.micc-agent");
    // x goes away for lunch and gets a photo and a new name; the order changes, z goes
    // and w comes.
    let mut x = agent("x", "Xena", "One");
    x.current_state = Some(AgentCurrentState::Away);
    x.reason = Some("Lunch".into());
    x.photo_url = Some("https://photos.example/x.png".into());
    shared.agents.update(|s| {
        _ = s.apply_snapshot(vec![agent("y", "Yo", "Two"), x, agent("w", "Wy", "Four")])
    });
    let after = until_keys(&el, "tr.micc-agent", &["y", "x", "w"]).await;
    same_row(&before, &after, "x");
    same_row(&before, &after, "y");
    let x_row = &after[1].1;
    let cell = |sel: &str| text_in(x_row, sel);
    assert_eq!(
        x_row.get_attribute("data-presence").as_deref(),
        Some("away")
    );
    assert_eq!(cell(".micc-presence-text"), "Away");
    assert!(
        x_row
            .query_selector("td.micc-presence-away")
            .unwrap()
            .is_some()
    );
    assert_eq!(cell(".micc-reason"), "Lunch");
    assert_eq!(cell(".micc-agent-display"), "Xena One");
    // The initials gave way to the photo, its alt text the new name.
    assert!(x_row.query_selector(".micc-initials").unwrap().is_none());
    let img = x_row
        .query_selector("img.micc-photo")
        .unwrap()
        .expect("the photo");
    assert_eq!(img.get_attribute("alt").as_deref(), Some("Xena One"));
    // y did not change: it still says available, with its initials.
    assert_eq!(
        after[0].1.get_attribute("data-presence").as_deref(),
        Some("available")
    );
    assert!(
        after[0]
            .1
            .query_selector(".micc-initials")
            .unwrap()
            .is_some()
    );
    assert!(
        before
            .iter()
            .all(|(_, e)| !e.is_same_node(Some(&after[2].1))),
        "w is a row of its own"
    );
    drop(mounted);
}

#[wasm_bindgen_test]
async fn the_labels_are_there_for_screen_readers_and_german_works() {
    let _serial = serial().await;
    let token = token().await;
    let el = container();
    let mut handle = micc_widget::mount(
        el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("token", token.into()),
            ("locale", "de".into()),
            ("panel", "agentPresence".into()),
        ]),
    )
    .unwrap();
    until("rows", &el, || !texts(&el, "tr.micc-agent").is_empty()).await;
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Agentenstatus") && text.contains("Nach Namen suchen"));
    // The search box and the select are inside their labels.
    assert!(
        el.query_selector("label input[type=search]")
            .unwrap()
            .is_some()
    );
    assert!(el.query_selector("label select").unwrap().is_some());
    assert_eq!(el.query_selector_all("th[scope=col]").unwrap().length(), 6);
    handle.unmount();
}

#[wasm_bindgen_test]
async fn a_bad_panel_kind_is_shown_not_thrown() {
    let _serial = serial().await;
    let el = container();
    let mut handle = micc_widget::mount(
        el.clone().into(),
        config(&[("server", sim_url().into()), ("panel", "nope".into())]),
    )
    .unwrap();
    assert!(
        el.text_content()
            .unwrap_or_default()
            .contains("config.panel must be")
    );
    handle.unmount();
}

#[wasm_bindgen_test]
async fn a_queue_panel_and_an_agent_panel_share_one_store_and_both_get_data() {
    let _serial = serial().await;
    let token = token().await;
    let queues_el = container();
    let agents_el = container();
    let mut queues = micc_widget::mount(
        queues_el.clone().into(),
        config(&[
            ("server", sim_url().into()),
            ("token", token.clone().into()),
            ("pollMs", 1000.into()),
        ]),
    )
    .unwrap();
    let mut agents = mount_sim(&agents_el, &token).await;
    let (q, a) = (queues.store().unwrap(), agents.store().unwrap());
    assert!(Rc::ptr_eq(&q, &a), "one store, one client, one loop");
    drop((q, a));
    until("queue rows", &queues_el, || {
        !texts(&queues_el, "tr.micc-queue").is_empty()
    })
    .await;
    until("agent rows", &agents_el, || {
        !texts(&agents_el, "tr.micc-agent").is_empty()
    })
    .await;
    // With the agent panel gone the store lives on and keeps polling for the queue panel
    // (or its real time stays live).
    agents.unmount();
    assert_eq!(agents_el.child_element_count(), 0);
    let start = queues.request_count();
    until("queues still polled or live", &queues_el, || {
        queues.request_count() >= start + 2.0 || live(&queues_el)
    })
    .await;
    queues.unmount();
}

#[wasm_bindgen_test]
async fn unmount_removes_everything_and_stops_polling() {
    let _serial = serial().await;
    let token = token().await;
    let el = container();
    let handle = mount_sim(&el, &token).await;
    until("rows", &el, || !texts(&el, "tr.micc-agent").is_empty()).await;
    let start = handle.request_count();
    until("polls", &el, || handle.request_count() >= start + 2.0).await;
    unmount_frees_everything(handle, &el).await;
}
