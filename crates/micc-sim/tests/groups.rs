//! Monitors are SignalR groups (wire-facts, "What public code written against real servers
//! relies on"): events reach a connection whose `connectionData` names no hub, membership
//! travels in the groups token `G` and changes with it, and a `reconnect` rejoins the
//! groups of the token it sends back, and only those. Also the payload shapes of the
//! conversation events and the own agent state of a self monitor.

mod common;
#[path = "support/signalr_client.rs"]
mod signalr_client;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use signalr_client::*;
use tokio::time::timeout;
use tower::ServiceExt;

#[tokio::test]
async fn the_groups_token_comes_with_membership_and_changes_with_it() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t).await;
    let (mut ws, _) = l.ws_connect(&c).await;
    let (q0, q1) = (l.queue_id(0), l.queue_id(1));

    let r = invoke(&mut ws, "queueHub", "addStateMonitor", json!([[q0]]), 0).await;
    assert_eq!(r, json!({ "I": "0" }));
    let g1 = next_groups_token(&mut ws).await;
    let listed = l.connection(&c.id).await;
    assert_eq!(
        listed["groups"],
        json!([format!("queueHub.QueueState-{q0}")]),
        "{listed}"
    );

    // Monitoring the same queue again changes nothing: no new token.
    invoke(&mut ws, "queueHub", "addStateMonitor", json!([[q0]]), 1).await;
    let quiet = timeout(QUIET, next_groups_token(&mut ws)).await;
    assert!(quiet.is_err(), "a token without a change: {quiet:?}");

    invoke(
        &mut ws,
        "queueHub",
        "addConversationMonitor",
        json!([[q1]]),
        2,
    )
    .await;
    let g2 = next_groups_token(&mut ws).await;
    assert_ne!(g1, g2);
    invoke(&mut ws, "queueHub", "removeStateMonitor", json!([[q0]]), 3).await;
    let g3 = next_groups_token(&mut ws).await;
    assert!(g3 != g2 && g3 != g1);
    assert_eq!(
        l.connection(&c.id).await["groups"],
        json!([format!("queueHub.QueueConversations-{q1}")])
    );
}

#[tokio::test]
async fn events_reach_a_connection_without_hubs_in_connection_data() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t).await;
    let (mut ws, _) = l.ws_connect(&c).await;
    let q = l.queue_id(2);
    invoke(&mut ws, "queuehub", "addStateMonitor", json!([[q]]), 0).await;
    l.dnd(&q, true).await;
    let m = next_messages(&mut ws).await;
    assert_eq!(m[0]["H"], "queueHub");
    assert_eq!(m[0]["M"], "queueStateChanged");
    assert_eq!(m[0]["A"][0]["isInDoNotDisturb"], true);
    // One model for a state event, as REST serves it.
    assert_eq!(
        m[0]["A"][0],
        l.sim.get(&format!("/queues/{q}/state"), &t).await
    );
}

#[tokio::test]
async fn conversation_events_carry_arrays_of_models_and_of_ids() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t).await;
    let (mut ws, _) = l.ws_connect(&c).await;
    let all: Vec<String> = (0..12).map(|q| l.queue_id(q)).collect();
    invoke(
        &mut ws,
        "queueHub",
        "addConversationMonitor",
        json!([all]),
        0,
    )
    .await;
    l.sim.advance(1800.0).await;
    let (mut changed, mut removed) = (0, 0);
    while changed == 0 || removed == 0 {
        for m in next_messages(&mut ws).await {
            let list = m["A"][0].as_array().expect("an array argument").clone();
            assert!(!list.is_empty(), "{m}");
            match m["M"].as_str() {
                Some("queueConversationChanged") => {
                    changed += 1;
                    assert!(list.iter().all(|c| c["conversationId"].is_string()), "{m}");
                }
                Some("queueConversationRemoved") => {
                    removed += 1;
                    assert!(list.iter().all(Value::is_string), "ids, not models: {m}");
                }
                other => panic!("unexpected {other:?}"),
            }
        }
    }
}

/// Waits until the connection has buffered `n` messages (delivery is asynchronous).
async fn buffered(l: &Live, id: &str, n: u64) {
    let started = std::time::Instant::now();
    while l.connection(id).await["buffered"] != n {
        assert!(started.elapsed() < WAIT, "{}", l.connection(id).await);
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_reconnect_with_the_groups_token_keeps_the_groups() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t).await;
    let (mut ws, cursor) = l.ws_connect(&c).await;
    let q = l.queue_id(3);
    invoke(&mut ws, "queueHub", "addStateMonitor", json!([[q]]), 0).await;
    let g = next_groups_token(&mut ws).await;
    l.drop_transport(&c.id, false).await;
    wait_cut(&mut ws).await;
    // While away: buffered, and replayed by cursor to the rejoined group.
    l.dnd(&q, true).await;
    buffered(&l, &c.id, 1).await;

    let extra = format!("&messageId={}&groupsToken={}", enc(&cursor), enc(&g));
    let mut ws = l.ws(&c, "reconnect", &extra).await;
    let m = next_messages(&mut ws).await;
    assert_eq!(m[0]["A"][0]["isInDoNotDisturb"], true);
    l.dnd(&q, false).await;
    let m = next_messages(&mut ws).await;
    assert_eq!(m[0]["A"][0]["isInDoNotDisturb"], false);
    assert_eq!(
        l.connection(&c.id).await["groups"],
        json!([format!("queueHub.QueueState-{q}")])
    );
}

#[tokio::test]
async fn a_reconnect_without_the_token_loses_the_groups() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t).await;
    let (mut ws, cursor) = l.ws_connect(&c).await;
    let q = l.queue_id(4);
    invoke(&mut ws, "queueHub", "addStateMonitor", json!([[q]]), 0).await;
    next_groups_token(&mut ws).await;
    l.drop_transport(&c.id, false).await;
    wait_cut(&mut ws).await;
    l.dnd(&q, true).await;
    buffered(&l, &c.id, 1).await;

    // Neither what happened meanwhile nor anything later arrives.
    let extra = format!("&messageId={}", enc(&cursor));
    let mut ws = l.ws(&c, "reconnect", &extra).await;
    assert_eq!(l.connection(&c.id).await["groups"], json!([]));
    l.dnd(&q, false).await;
    assert_eq!(messages_within_quiet(&mut ws).await, Vec::<Value>::new());
}

#[tokio::test]
async fn a_token_of_another_connection_or_a_forged_one_rejoins_nothing() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let q = l.queue_id(5);
    let other = l.negotiate(&t).await;
    let (mut ws, _) = l.ws_connect(&other).await;
    invoke(&mut ws, "queueHub", "addStateMonitor", json!([[q]]), 0).await;
    let theirs = next_groups_token(&mut ws).await;

    let c = l.negotiate(&t).await;
    for token in [theirs.clone(), format!("A{theirs}"), "garbage".to_owned()] {
        let ws = l
            .ws(&c, "reconnect", &format!("&groupsToken={}", enc(&token)))
            .await;
        assert_eq!(l.connection(&c.id).await["groups"], json!([]), "{token}");
        drop(ws);
    }
}

/// A long poll of `c` (POST form, as the 2.x client sends it), answered in the background.
fn poll(
    l: &Live,
    c: &Client,
    endpoint: &str,
    form: String,
) -> tokio::task::JoinHandle<(StatusCode, Value)> {
    let router = l.sim.router.clone();
    let uri = c.path(endpoint, "longPolling");
    tokio::spawn(async move {
        let req = Request::post(uri)
            .header(
                "content-type",
                "application/x-www-form-urlencoded; charset=UTF-8",
            )
            .body(Body::from(form))
            .unwrap();
        let res = router.oneshot(req).await.unwrap();
        let status = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        (status, serde_json::from_str(text.trim_start()).unwrap())
    })
}

#[tokio::test]
async fn long_polling_gets_the_token_in_a_poll_and_rejoins_from_the_form() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate(&t).await;
    let (_, init) = timeout(WAIT, poll(&l, &c, "connect", String::new()))
        .await
        .unwrap()
        .unwrap();
    let cursor = init["C"].as_str().unwrap().to_owned();
    let waiting = poll(&l, &c, "poll", format!("messageId={}", enc(&cursor)));
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let q = l.queue_id(6);
    let r = l
        .send(
            &c,
            "longPolling",
            json!({ "H": "queueHub", "M": "addStateMonitor", "A": [[q]], "I": 0 }),
        )
        .await;
    assert_eq!(r.text, "{\"I\":\"0\"}");
    // The membership change answers the waiting poll: a token, no messages.
    let (_, answer) = timeout(WAIT, waiting).await.unwrap().unwrap();
    let g = answer["G"].as_str().expect("a groups token").to_owned();
    assert_eq!(answer["M"], json!([]));
    let keys: Vec<&str> = answer
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["C", "G", "M"]);
    let cursor = answer["C"].as_str().unwrap().to_owned();

    // A long-polling reconnect posts the token in its form.
    let form = format!("messageId={}&groupsToken={}", enc(&cursor), enc(&g));
    let reconnect = poll(&l, &c, "reconnect", form);
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    l.dnd(&q, true).await;
    let (_, got) = timeout(WAIT, reconnect).await.unwrap().unwrap();
    assert_eq!(got["M"][0]["M"], "queueStateChanged", "{got}");

    // Without it the groups are gone.
    let cursor = got["C"].as_str().unwrap().to_owned();
    let reconnect = poll(&l, &c, "reconnect", format!("messageId={}", enc(&cursor)));
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(l.connection(&c.id).await["groups"], json!([]));
    l.dnd(&q, false).await;
    tokio::time::sleep(QUIET).await;
    assert!(!reconnect.is_finished(), "no event may answer the poll");
    reconnect.abort();
}

#[tokio::test]
async fn a_self_monitor_delivers_the_employees_own_agent_state() {
    let l = live(frozen()).await;
    let t = l.agent().await;
    let c = l.negotiate(&t).await;
    let (mut ws, _) = l.ws_connect(&c).await;
    let r = invoke(&mut ws, "employeeHub", "addSelfMonitor", json!([]), 0).await;
    assert_eq!(r, json!({ "I": "0" }));
    next_groups_token(&mut ws).await;
    let me = l.sim.get("/employees/me", &t).await;
    let me_id = me["id"].as_str().unwrap().to_owned();
    let groups = l.connection(&c.id).await["groups"].clone();
    assert_eq!(
        groups,
        json!([
            format!("agentHub.Agent-{me_id}"),
            format!("employeeHub.Employee-{me_id}")
        ])
    );

    // Someone else's presence: nothing for this connection.
    l.sim
        .admin(
            "/employees/supervisor/state",
            json!({ "presence": "DoNotDisturb", "reason": "Training" }),
        )
        .await;
    assert_eq!(messages_within_quiet(&mut ws).await, Vec::<Value>::new());

    let a = l
        .sim
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "state": "Busy", "reason": "Lunch" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let mut seen = Vec::new();
    while !(seen.contains(&"employeeStateChanged".to_owned())
        && seen.contains(&"onAgentStateChanged".to_owned()))
    {
        for m in next_messages(&mut ws).await {
            if m["M"] == "onAgentStateChanged" {
                assert_eq!(m["H"], "agentHub");
                let agent = m["A"][0]["id"].as_str().unwrap();
                let rest = l.sim.get(&format!("/agents/{agent}/state"), &t).await;
                assert_eq!(m["A"][0], rest);
            }
            seen.push(m["M"].as_str().unwrap().to_owned());
        }
    }
}

#[tokio::test]
async fn agent_hub_in_connection_data_sees_every_visible_agent_once() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l
        .negotiate_with(&t, r#"[{"name":"agentHub"}]"#, "2.1")
        .await;
    let (mut ws, _) = l.ws_connect(&c).await;
    invoke(&mut ws, "employeeHub", "addSelfMonitor", json!([]), 0).await;
    // Another agent's change arrives through agentHub...
    l.sim
        .admin(
            "/employees/agent/state",
            json!({ "presence": "DoNotDisturb", "reason": "Training" }),
        )
        .await;
    let m = next_messages(&mut ws).await;
    assert!(m.iter().all(|m| m["M"] == "onAgentStateChanged"), "{m:?}");
    // ...and its own, which it gets through both, arrives once per agent.
    l.sim
        .admin(
            "/employees/supervisor/state",
            json!({ "presence": "DoNotDisturb", "reason": "Training" }),
        )
        .await;
    let mut all = Vec::new();
    all.extend(next_messages(&mut ws).await);
    all.extend(messages_within_quiet(&mut ws).await);
    let agents: Vec<&str> = all
        .iter()
        .filter(|m| m["M"] == "onAgentStateChanged")
        .filter_map(|m| m["A"][0]["id"].as_str())
        .collect();
    let mut unique = agents.clone();
    unique.sort_unstable();
    unique.dedup();
    assert!(!agents.is_empty());
    assert_eq!(agents.len(), unique.len(), "{all:?}");
}
