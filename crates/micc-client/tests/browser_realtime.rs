//! The real-time driver in headless Chromium (`wasm-pack test`) against a running micc-sim
//! at `MICC_SIM_URL` (another origin than the test page, as in the real deployment): events
//! over WebSockets for subscribed queues only, the self monitor, a dropped WebSocket and its
//! reconnect, refused WebSockets and long polling, unsubscribe removing the server-side
//! monitor, and `stop()` ending the connection on the server. The simulator's admin
//! endpoint (reachable cross-origin from loopback pages) scripts the changes and shows the
//! server's view of the connection.
#![cfg(target_arch = "wasm32")]

use micc_client::models::*;
use micc_client::realtime::connection::Event;
use micc_client::realtime::driver::{ListenerHandle, RealtimeEvent};
use micc_client::realtime::{HubEvent, Realtime, ReconnectReason, State, Transport};
use micc_client::web::WebRealtimeIo;
use micc_client::{ClientConfig, Credentials, MiccClient, WebPlatform};
use serde_json::Value;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sim_url() -> &'static str {
    let Some(url) = option_env!("MICC_SIM_URL") else {
        panic!("MICC_SIM_URL must name a running micc-sim at build time");
    };
    url
}

fn client(user: &str) -> MiccClient<WebPlatform> {
    MiccClient::new(
        ClientConfig::new(sim_url(), Credentials::password(user, user)),
        WebPlatform,
    )
    .unwrap()
}

/// A request to the simulator's admin endpoint; its JSON answer.
async fn admin(method: &str, path: &str, body: Option<&str>) -> Value {
    let url = format!("{}/admin{path}", sim_url());
    let builder = match method {
        "GET" => gloo_net::http::Request::get(&url),
        "PUT" => gloo_net::http::Request::put(&url),
        "DELETE" => gloo_net::http::Request::delete(&url),
        _ => gloo_net::http::Request::post(&url),
    };
    let r = match body {
        Some(b) => {
            builder
                .header("Content-Type", "application/json")
                .body(b.to_owned())
                .unwrap()
                .send()
                .await
        }
        None => builder.send().await,
    }
    .unwrap();
    assert!(r.ok(), "admin {method} {path}: {}", r.status());
    let text = r.text().await.unwrap_or_default();
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// The simulator's view of connection `id`, if it knows it.
async fn server_connection(id: &str) -> Option<Value> {
    let list = admin("GET", "/signalr/connections", None).await;
    list.as_array()?
        .iter()
        .find(|c| c["connectionId"].as_str() == Some(id))
        .cloned()
}

async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// Every event a `Realtime` delivered, in order.
#[derive(Clone, Default)]
struct Log(Rc<RefCell<Vec<RealtimeEvent>>>);

impl Log {
    fn attach(&self, rt: &Realtime<WebPlatform>) -> ListenerHandle<WebPlatform> {
        let log = self.0.clone();
        rt.on_event(move |e| log.borrow_mut().push(e.clone()))
    }

    fn any(&self, pred: impl Fn(&RealtimeEvent) -> bool) -> bool {
        self.0.borrow().iter().any(pred)
    }

    /// Waits up to `ms` for an event matching `pred` (seen before or after the call).
    async fn wait(&self, ms: u32, what: &str, pred: impl Fn(&RealtimeEvent) -> bool) {
        let mut waited = 0;
        while !self.any(&pred) {
            assert!(waited < ms, "no {what} within {ms} ms");
            sleep(20).await;
            waited += 20;
        }
    }

    fn clear(&self) {
        self.0.borrow_mut().clear();
    }
}

fn queue_event(e: &RealtimeEvent, id: &str, snapshot: bool) -> bool {
    matches!(e, RealtimeEvent::Hub { event: HubEvent::QueueStateChanged(q), snapshot: s }
        if *s == snapshot && q.id.as_deref() == Some(id))
}

fn queue_event_any(e: &RealtimeEvent, id: &str) -> bool {
    queue_event(e, id, false) || queue_event(e, id, true)
}

async fn two_queues(c: &MiccClient<WebPlatform>) -> (String, String) {
    let page = c.queues().states().send().await.unwrap();
    let ids: Vec<String> = page.items().iter().filter_map(|q| q.id.clone()).collect();
    assert!(ids.len() >= 2);
    (ids[0].clone(), ids[1].clone())
}

/// Toggles a queue's do-not-disturb (each call a change, so an event).
async fn toggle_dnd(id: &str, on: bool) {
    admin(
        "POST",
        &format!("/queues/{id}/dnd"),
        Some(&format!(r#"{{"on":{on}}}"#)),
    )
    .await;
}

async fn wait_gone(id: &str) {
    let mut waited = 0;
    while server_connection(id).await.is_some() {
        assert!(
            waited < 5000,
            "connection {id} still on the server after stop()"
        );
        sleep(50).await;
        waited += 50;
    }
}

#[wasm_bindgen_test]
async fn subscribed_queue_events_arrive_others_do_not_unsubscribe_and_stop_clean_up() {
    admin("DELETE", "/faults", None).await;
    let c = client("supervisor");
    let (a, b) = two_queues(&c).await;
    let rt = c.realtime().unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let sub = rt.subscribe_queue_state(&[a.as_str()]).unwrap();
    rt.start().await.unwrap();
    assert_eq!(rt.state(), State::Connected);
    assert_eq!(rt.transport(), Some(Transport::WebSockets));
    assert!(log.any(|e| matches!(
        e,
        RealtimeEvent::Connection(Event::TransportSelected(Transport::WebSockets))
    )));
    // The monitor is established, then the REST snapshot of the subscribed queue arrives.
    log.wait(5000, "snapshot of the subscribed queue", |e| {
        queue_event(e, &a, true)
    })
    .await;
    let id = rt.connection_id().unwrap();
    let server = server_connection(&id).await.unwrap();
    assert_eq!(server["transport"], "webSockets", "{server}");
    assert_eq!(
        server["queueStateMonitors"],
        serde_json::json!([a]),
        "{server}"
    );

    log.clear();
    toggle_dnd(&a, true).await;
    toggle_dnd(&b, true).await;
    log.wait(5000, "event of the subscribed queue", |e| {
        queue_event(e, &a, false)
    })
    .await;
    sleep(1000).await;
    assert!(
        !log.any(|e| queue_event_any(e, &b)),
        "an event of a queue nobody subscribed to arrived"
    );
    toggle_dnd(&a, false).await;
    toggle_dnd(&b, false).await;

    // A second subscriber of the same queue shares the monitor; the last one leaving
    // removes it on the server.
    let again = rt.subscribe_queue_state(&[a.as_str()]).unwrap();
    assert_eq!(
        rt.subscribers(micc_client::realtime::connection::Topic::QueueState, &a),
        2
    );
    drop(sub);
    sleep(300).await;
    let server = server_connection(&id).await.unwrap();
    assert_eq!(
        server["queueStateMonitors"],
        serde_json::json!([a]),
        "{server}"
    );
    again.unsubscribe();
    let mut waited = 0;
    loop {
        let server = server_connection(&id).await.unwrap();
        if server["queueStateMonitors"] == serde_json::json!([]) {
            break;
        }
        assert!(
            waited < 5000,
            "monitor still there after unsubscribe: {server}"
        );
        sleep(50).await;
        waited += 50;
    }
    log.clear();
    toggle_dnd(&a, true).await;
    sleep(800).await;
    assert!(
        !log.any(|e| queue_event_any(e, &a)),
        "event after unsubscribe"
    );
    toggle_dnd(&a, false).await;

    // Subscribing while connected adds the monitor now and takes its snapshot.
    let later = rt.subscribe_queue_state(&[b.as_str()]).unwrap();
    log.wait(
        5000,
        "snapshot of a queue subscribed while connected",
        |e| queue_event(e, &b, true),
    )
    .await;
    let server = server_connection(&id).await.unwrap();
    assert_eq!(
        server["queueStateMonitors"],
        serde_json::json!([b]),
        "{server}"
    );
    toggle_dnd(&b, true).await;
    log.wait(5000, "event of the queue subscribed while connected", |e| {
        queue_event(e, &b, false)
    })
    .await;
    toggle_dnd(&b, false).await;
    drop(later);

    rt.stop().await;
    assert_eq!(rt.state(), State::Disconnected);
    wait_gone(&id).await;
}

#[wasm_bindgen_test]
async fn subscribe_me_delivers_my_employee_and_agent_state() {
    admin("DELETE", "/faults", None).await;
    let c = client("agent");
    // Without agentHub in `connectionData`: the own agent state comes from the self monitor.
    let rt = Realtime::with_config(&c, WebRealtimeIo, |config| {
        config.hubs = vec!["queueHub".into(), "employeeHub".into()];
    })
    .unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let _me = rt.subscribe_me().unwrap();
    let _agent = rt.subscribe_agent_state().unwrap();
    rt.start().await.unwrap();
    log.wait(5000, "snapshot of my state", |e| {
        matches!(
            e,
            RealtimeEvent::Hub {
                event: HubEvent::EmployeeStateChanged(_),
                snapshot: true
            }
        )
    })
    .await;
    let me = c.employees().me().get().send().await.unwrap();
    let my_id = me.id.clone().unwrap();
    let id = rt.connection_id().unwrap();
    let server = server_connection(&id).await.unwrap();
    assert_eq!(
        server["selfMonitor"].as_str(),
        Some(my_id.as_str()),
        "{server}"
    );

    log.clear();
    for reason in ["Lunch", "Meeting"] {
        let busy = EmployeeStateUpdateModel {
            state: Some(PresenceAvailability::Busy),
            reason: Some(reason.into()),
            available_reason: Some(AvailableReason::Available),
            is_hot_desk_external: Some(false),
            ..Default::default()
        };
        // Whatever the agent's state was, one of the two is a change.
        let _ = c.employees().me().set_state(&busy).send().await;
    }
    log.wait(5000, "employeeStateChanged after PUT employees/me/state", |e| {
        matches!(e, RealtimeEvent::Hub { event: HubEvent::EmployeeStateChanged(s), snapshot: false }
            if s.id.as_deref() == Some(my_id.as_str()))
    })
    .await;
    log.wait(5000, "my own onAgentStateChanged", |e| {
        matches!(e, RealtimeEvent::Hub { event: HubEvent::AgentStateChanged(s), snapshot: false }
            if s.employee_ref_id.as_deref() == Some(my_id.as_str()))
    })
    .await;
    rt.stop().await;
    wait_gone(&id).await;
}

#[wasm_bindgen_test]
async fn a_dropped_websocket_reconnects_and_events_keep_coming() {
    admin("DELETE", "/faults", None).await;
    let c = client("supervisor");
    let (a, _) = two_queues(&c).await;
    let rt = c.realtime().unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let _sub = rt.subscribe_queue_state(&[a.as_str()]).unwrap();
    rt.start().await.unwrap();
    log.wait(5000, "snapshot", |e| queue_event(e, &a, true))
        .await;
    log.clear();
    admin("POST", "/signalr/drop", Some("{}")).await;
    log.wait(5000, "reconnecting after the drop", |e| {
        matches!(e, RealtimeEvent::Connection(Event::Reconnecting(_)))
    })
    .await;
    log.wait(8000, "reconnected", |e| {
        matches!(e, RealtimeEvent::Connection(Event::Reconnected { .. }))
    })
    .await;
    assert_eq!(rt.state(), State::Connected);
    toggle_dnd(&a, true).await;
    log.wait(5000, "event after the reconnect", |e| {
        queue_event(e, &a, false)
    })
    .await;
    toggle_dnd(&a, false).await;
    let id = rt.connection_id().unwrap();
    let server = server_connection(&id).await.unwrap();
    assert_eq!(
        server["queueStateMonitors"],
        serde_json::json!([a]),
        "{server}"
    );
    rt.stop().await;
    wait_gone(&id).await;
}

#[wasm_bindgen_test]
async fn refused_websockets_fall_back_to_long_polling() {
    admin(
        "PUT",
        "/signalr/faults",
        Some(r#"{"refuseWebSockets":true}"#),
    )
    .await;
    let c = client("supervisor");
    let (a, _) = two_queues(&c).await;
    let rt = c.realtime().unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let _sub = rt.subscribe_queue_state(&[a.as_str()]).unwrap();
    let started = rt.start().await;
    admin("DELETE", "/faults", None).await;
    started.unwrap();
    assert_eq!(rt.transport(), Some(Transport::LongPolling));
    assert!(log.any(|e| matches!(
        e,
        RealtimeEvent::Connection(Event::TransportFallback {
            from: Transport::WebSockets,
            to: Transport::LongPolling,
            ..
        })
    )));
    log.wait(5000, "snapshot", |e| queue_event(e, &a, true))
        .await;
    let id = rt.connection_id().unwrap();
    // The listing names a long-polling connection's transport while a poll is held.
    let mut waited = 0;
    loop {
        let server = server_connection(&id).await.unwrap();
        if server["transport"] == "longPolling" {
            break;
        }
        assert!(waited < 3000, "no poll held on the server: {server}");
        sleep(50).await;
        waited += 50;
    }
    toggle_dnd(&a, true).await;
    log.wait(5000, "event over long polling", |e| {
        queue_event(e, &a, false)
    })
    .await;
    toggle_dnd(&a, false).await;
    rt.stop().await;
    wait_gone(&id).await;
}

/// The simulator's tokens last 10 s (`--token-lifetime 10`): the client renews at nine
/// tenths, and the open WebSocket (whose URL carries the token) reconnects with the new one
/// before the old lapses, resuming the same connection with its groups.
#[wasm_bindgen_test]
async fn a_renewed_token_reconnects_the_websocket_before_the_old_one_lapses() {
    admin("DELETE", "/faults", None).await;
    let c = client("supervisor");
    let (a, _) = two_queues(&c).await;
    let rt = c.realtime().unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let _sub = rt.subscribe_queue_state(&[a.as_str()]).unwrap();
    rt.start().await.unwrap();
    let id = rt.connection_id().unwrap();
    log.wait(15_000, "a reconnect for the renewed token", |e| {
        matches!(
            e,
            RealtimeEvent::Connection(Event::Reconnecting(ReconnectReason::TokenRenewed))
        )
    })
    .await;
    log.wait(5000, "the connection restored", |e| {
        matches!(
            e,
            RealtimeEvent::Connection(Event::Reconnected { restored: true })
        )
    })
    .await;
    assert_eq!(rt.connection_id().as_deref(), Some(id.as_str()));
    assert!(!log.any(|e| matches!(e, RealtimeEvent::Connection(Event::Unauthorized))));
    log.clear();
    toggle_dnd(&a, true).await;
    log.wait(5000, "event after the token renewal", |e| {
        queue_event(e, &a, false)
    })
    .await;
    toggle_dnd(&a, false).await;
    rt.stop().await;
    wait_gone(&id).await;
}

#[wasm_bindgen_test]
async fn dropping_the_last_handle_closes_the_connection() {
    admin("DELETE", "/faults", None).await;
    let c = client("supervisor");
    let rt = c.realtime().unwrap();
    let copy = rt.clone();
    rt.start().await.unwrap();
    let id = rt.connection_id().unwrap();
    drop(rt);
    sleep(300).await;
    assert!(
        server_connection(&id).await.is_some(),
        "a clone still holds the connection"
    );
    assert_eq!(copy.state(), State::Connected);
    drop(copy);
    wait_gone(&id).await;
}

/// Conversation monitors: the simulated day goes on (`/admin/clock/advance`) and the
/// array payloads of `queueConversationChanged`/`…Removed` arrive typed.
#[wasm_bindgen_test]
async fn queue_conversation_events_arrive_as_arrays() {
    admin("DELETE", "/faults", None).await;
    let c = client("supervisor");
    let page = c.queues().states().send().await.unwrap();
    let ids: Vec<String> = page
        .items()
        .iter()
        .filter_map(|q| q.id.clone())
        .take(10)
        .collect();
    let rt = c.realtime().unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let _sub = rt.subscribe_queue_conversations(&ids).unwrap();
    rt.start().await.unwrap();
    let id = rt.connection_id().unwrap();
    let mut waited = 0;
    loop {
        let server = server_connection(&id).await.unwrap();
        if server["queueConversationMonitors"].as_array().map(Vec::len) == Some(ids.len()) {
            break;
        }
        assert!(waited < 5000, "monitors not established: {server}");
        sleep(50).await;
        waited += 50;
    }
    let pushed = |e: &RealtimeEvent| match e {
        RealtimeEvent::Hub {
            event: HubEvent::QueueConversationChanged(list),
            snapshot: false,
        } => !list.is_empty() && list.iter().all(|c| c.conversation_id.is_some()),
        RealtimeEvent::Hub {
            event: HubEvent::QueueConversationRemoved(list),
            snapshot: false,
        } => !list.is_empty(),
        _ => false,
    };
    for _ in 0..10 {
        if log.any(pushed) {
            break;
        }
        admin("POST", "/clock/advance", Some(r#"{"seconds":30}"#)).await;
        sleep(300).await;
    }
    log.wait(3000, "a conversation event of the monitored queues", pushed)
        .await;
    rt.stop().await;
    wait_gone(&id).await;
}

/// With SignalR blocked (a reverse proxy that forwards only the REST API), a started
/// real-time channel subscribed to `queue` that polls every `interval_ms` and tries real time
/// again after `retry_ms`; asserts it is polling.
async fn polling_on(
    c: &MiccClient<WebPlatform>,
    queue: &str,
    interval_ms: u64,
    retry_ms: u64,
) -> (
    Realtime<WebPlatform>,
    Log,
    ListenerHandle<WebPlatform>,
    micc_client::realtime::Subscription<WebPlatform>,
) {
    use micc_client::realtime::connection::PollingConfig;
    use std::time::Duration;
    admin("PUT", "/signalr/faults", Some(r#"{"blockSignalr":true}"#)).await;
    let rt = Realtime::with_config(c, WebRealtimeIo, |config| {
        config.polling = Some(PollingConfig {
            interval: Duration::from_millis(interval_ms),
            retry_realtime_after: Duration::from_millis(retry_ms),
        });
    })
    .unwrap();
    let log = Log::default();
    let listener = log.attach(&rt);
    let sub = rt.subscribe_queue_state(&[queue]).unwrap();
    rt.start().await.unwrap();
    assert_eq!(rt.state(), State::Polling);
    (rt, log, listener, sub)
}

#[wasm_bindgen_test]
async fn with_signalr_blocked_the_connection_polls_then_goes_back_to_real_time() {
    let c = client("supervisor");
    let (a, b) = two_queues(&c).await;
    let (rt, log, _l, _sub) = polling_on(&c, &a, 500, 2500).await;
    assert!(log.any(|e| matches!(e, RealtimeEvent::Connection(Event::PollingFallback { .. }))));
    log.wait(3000, "a polled snapshot", |e| queue_event(e, &a, true))
        .await;
    // A change reaches the subscriber by the next round; the other queue never comes.
    log.clear();
    toggle_dnd(&a, true).await;
    log.wait(3000, "the change in a polled snapshot", |e| {
        matches!(e, RealtimeEvent::Hub { event: HubEvent::QueueStateChanged(q), snapshot: true }
            if q.id.as_deref() == Some(a.as_str()) && q.is_in_do_not_disturb == Some(true))
    })
    .await;
    assert!(!log.any(|e| queue_event_any(e, &b)));
    // The proxy lets SignalR through again: the next retry connects in real time.
    admin("DELETE", "/faults", None).await;
    let mut waited = 0;
    while rt.state() != State::Connected {
        assert!(
            waited < 8000,
            "still {:?} after the fault was lifted",
            rt.state()
        );
        sleep(100).await;
        waited += 100;
    }
    assert_eq!(rt.transport(), Some(Transport::WebSockets));
    log.clear();
    toggle_dnd(&a, false).await;
    log.wait(5000, "an event in real time", |e| queue_event(e, &a, false))
        .await;
    rt.stop().await;
    assert_eq!(rt.state(), State::Disconnected);
}

/// Runs `script` in the test page: how these tests make the page look hidden or offline.
fn run_in_page(script: &str) {
    js_sys::Function::new_no_args(script)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

/// Makes the page look hidden or visible to `document.visibilityState`, with the event.
fn set_page_visibility(state: &str) {
    run_in_page(&format!(
        "Object.defineProperty(document, 'visibilityState', {{ value: '{state}', configurable: true }});
         document.dispatchEvent(new Event('visibilitychange'));"
    ));
}

#[wasm_bindgen_test]
async fn polling_pauses_while_the_page_is_hidden() {
    let c = client("supervisor");
    let (a, _) = two_queues(&c).await;
    let (rt, log, _l, _sub) = polling_on(&c, &a, 300, 600_000).await;
    log.wait(3000, "a polled snapshot", |e| queue_event(e, &a, true))
        .await;
    set_page_visibility("hidden");
    sleep(400).await;
    log.clear();
    sleep(1500).await;
    assert!(
        !log.any(|e| queue_event(e, &a, true)),
        "no polling while the page is hidden"
    );
    set_page_visibility("visible");
    log.wait(1000, "a snapshot as soon as the page is shown", |e| {
        queue_event(e, &a, true)
    })
    .await;
    rt.stop().await;
    admin("DELETE", "/faults", None).await;
}

/// Makes the browser look offline or online to `navigator.onLine`, with the window's event.
fn set_online(online: bool) {
    let event = if online { "online" } else { "offline" };
    run_in_page(&format!(
        "Object.defineProperty(navigator, 'onLine', {{ value: {online}, configurable: true }});
         window.dispatchEvent(new Event('{event}'));"
    ));
}

#[wasm_bindgen_test]
async fn offline_the_reconnect_waits_and_goes_as_soon_as_the_browser_is_online() {
    admin("DELETE", "/faults", None).await;
    let c = client("supervisor");
    let (a, _) = two_queues(&c).await;
    let rt = c.realtime().unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let _sub = rt.subscribe_queue_state(&[a.as_str()]).unwrap();
    rt.start().await.unwrap();
    set_online(false);
    log.clear();
    admin("POST", "/signalr/drop", Some("{}")).await;
    log.wait(5000, "reconnecting after the drop", |e| {
        matches!(e, RealtimeEvent::Connection(Event::Reconnecting(_)))
    })
    .await;
    // The default policy would have tried within a few seconds: offline, nothing is tried.
    sleep(4000).await;
    assert_eq!(rt.state(), State::Reconnecting);
    assert!(!log.any(|e| matches!(e, RealtimeEvent::Connection(Event::Reconnected { .. }))));
    set_online(true);
    log.wait(3000, "reconnected as soon as the browser is online", |e| {
        matches!(e, RealtimeEvent::Connection(Event::Reconnected { .. }))
    })
    .await;
    assert!(log.any(|e| matches!(
        e,
        RealtimeEvent::Connection(Event::NetworkChanged { online: false })
    )));
    rt.stop().await;
}

#[wasm_bindgen_test]
async fn stalled_long_polls_are_detected_as_a_lost_connection() {
    use std::time::Duration;
    // Long polling (WebSockets refused), then the server holds every poll without answer.
    // The suite's simulator holds a poll 5 s at most (`--signalr-connection-timeout 5`);
    // a poll held past that and a 1 s grace is a stall.
    admin(
        "PUT",
        "/signalr/faults",
        Some(r#"{"refuseWebSockets":true}"#),
    )
    .await;
    let c = client("supervisor");
    let (a, _) = two_queues(&c).await;
    let rt = Realtime::with_config(&c, WebRealtimeIo, |config| {
        config.poll_stall_grace = Duration::from_secs(1);
    })
    .unwrap();
    let log = Log::default();
    let _l = log.attach(&rt);
    let _sub = rt.subscribe_queue_state(&[a.as_str()]).unwrap();
    rt.start().await.unwrap();
    assert_eq!(rt.transport(), Some(Transport::LongPolling));
    admin(
        "PUT",
        "/signalr/faults",
        Some(r#"{"refuseWebSockets":true,"stallPolls":true}"#),
    )
    .await;
    log.wait(12000, "the stall noticed as a lost connection", |e| {
        matches!(
            e,
            RealtimeEvent::Connection(Event::Reconnecting(ReconnectReason::KeepAliveTimeout))
        )
    })
    .await;
    admin("DELETE", "/faults", None).await;
    log.wait(10000, "reconnected once polls are answered again", |e| {
        matches!(e, RealtimeEvent::Connection(Event::Reconnected { .. }))
            || matches!(
                e,
                RealtimeEvent::Connection(Event::StateChanged {
                    to: State::Connected,
                    ..
                })
            )
    })
    .await;
    rt.stop().await;
}
