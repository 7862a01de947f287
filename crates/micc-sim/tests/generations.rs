//! Both classic client generations against the simulator, as they speak on the wire:
//! jQuery SignalR 2.0.x (npm `ms-signalr`) sends `clientProtocol=1.3`, never calls `/start`
//! and accepts only `ProtocolVersion` "1.3", sending the cursor and groups token of a long
//! poll in its query; 2.4.x sends `clientProtocol=2.1` (answered 1.5, SignalR 2.2's
//! highest) and posts them in the form. The browser interop tests run the real clients.

mod common;
#[path = "support/signalr_client.rs"]
mod signalr_client;

use axum::http::StatusCode;
use serde_json::{Value, json};
use signalr_client::*;
use tokio::time::timeout;

#[tokio::test]
async fn negotiate_answers_each_generation_its_own_protocol() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    for (client, answer) in [
        ("1.3", "1.3"),
        ("2.1", "1.5"),
        ("1.5", "1.5"),
        ("1.4", "1.4"),
    ] {
        let a = l
            .get(&format!(
                "/miccsdk/signalr/negotiate?clientProtocol={client}&sessionid={}",
                enc(&format!("Bearer {t}"))
            ))
            .await;
        assert_eq!(a.status, StatusCode::OK);
        assert_eq!(a.json()["ProtocolVersion"], answer, "{client}");
    }
}

#[tokio::test]
async fn a_2_0_client_works_over_websockets_without_start() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate_with(&t, "", "1.3").await;
    let (mut ws, cursor) = l.ws_connect(&c).await;
    // No /start: the connection serves at once.
    let q = l.queue_id(0);
    invoke(&mut ws, "queueHub", "addStateMonitor", json!([[q]]), 0).await;
    let g = next_groups_token(&mut ws).await;
    l.dnd(&q, true).await;
    let m = next_messages(&mut ws).await;
    assert_eq!(m[0]["M"], "queueStateChanged");
    // Its reconnect carries the cursor and the token in the query.
    l.drop_transport(&c.id, false).await;
    wait_cut(&mut ws).await;
    l.dnd(&q, false).await;
    let extra = format!("&messageId={}&groupsToken={}", enc(&cursor), enc(&g));
    let mut ws = l.ws(&c, "reconnect", &extra).await;
    let mut seen: Vec<Value> = Vec::new();
    while seen.len() < 2 {
        seen.extend(
            next_messages(&mut ws)
                .await
                .into_iter()
                .map(|m| m["A"][0]["isInDoNotDisturb"].clone()),
        );
    }
    assert_eq!(seen, [json!(true), json!(false)]);
}

#[tokio::test]
async fn a_2_0_client_long_polls_with_get_and_the_query() {
    let l = live(frozen()).await;
    let t = l.supervisor().await;
    let c = l.negotiate_with(&t, "", "1.3").await;
    // 2.0.x polls with GET; everything rides the query.
    let init = l.get(&c.path("connect", "longPolling")).await;
    let init: Value = serde_json::from_str(init.text.trim_start()).unwrap();
    assert_eq!(init["S"], 1);
    let q = l.queue_id(1);
    let r = l
        .send(
            &c,
            "longPolling",
            json!({ "H": "queueHub", "M": "addStateMonitor", "A": [[q]], "I": 0 }),
        )
        .await;
    assert_eq!(r.text, "{\"I\":\"0\"}");
    let cursor = init["C"].as_str().unwrap();
    let poll = l
        .get(&format!(
            "{}&messageId={}",
            c.path("poll", "longPolling"),
            enc(cursor)
        ))
        .await;
    let poll: Value = serde_json::from_str(poll.text.trim_start()).unwrap();
    let g = poll["G"].as_str().expect("the groups token").to_owned();
    let cursor = poll["C"].as_str().unwrap().to_owned();
    l.dnd(&q, true).await;
    let uri = format!(
        "{}&messageId={}&groupsToken={}",
        c.path("reconnect", "longPolling"),
        enc(&cursor),
        enc(&g)
    );
    let got = timeout(WAIT, l.get(&uri)).await.unwrap();
    let got: Value = serde_json::from_str(got.text.trim_start()).unwrap();
    assert_eq!(got["M"][0]["M"], "queueStateChanged", "{got}");
}
