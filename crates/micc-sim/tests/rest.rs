//! The simulator's HTTP behaviour beyond "every operation answers": authentication and
//! visibility, errors, OData and paging, faults, casing, events, static files and CORS.

mod common;

use axum::http::{Method, StatusCode, header};
use common::{Sim, items, prop, str_of};
use micc_sim::Config;
use micc_sim::world::Change;
use serde_json::{Value, json};

fn sim() -> Sim {
    Sim::new(Config {
        queues: 16,
        agents: 70,
        ..Config::default()
    })
}

#[tokio::test]
async fn each_grant_issues_a_working_bearer_token() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let agent = s.password_token("AGENT", "agent").await;
    let sys = s.client_token(None).await;
    let imp = s.client_token(Some("agent")).await;
    for t in [&sup, &agent, &sys, &imp] {
        assert_eq!(
            s.api(Method::GET, "/queues/state", t, None).await.status,
            StatusCode::OK
        );
    }
    // `me` is the token's employee; a system token has none.
    assert_eq!(
        str_of(&s.get("/employees/me", &agent).await, "username"),
        "agent"
    );
    assert_eq!(
        str_of(&s.get("/employees/me", &imp).await, "username"),
        "agent"
    );
    assert_eq!(
        s.api(Method::GET, "/employees/me", &sys, None).await.status,
        StatusCode::BAD_REQUEST
    );
    let token = s
        .token_form("grant_type=password&username=agent&password=agent", &[])
        .await
        .json();
    assert_eq!(token["token_type"], "bearer");
    assert_eq!(token["expires_in"], 3600);
    let account = s
        .send(
            Method::GET,
            "/authorizationserver/api/account",
            &[("authorization", &format!("Bearer {imp}"))],
            None,
        )
        .await;
    let claims = account.json();
    assert_eq!(claims["client_id"], "wallboard");
    assert_eq!(
        claims["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"],
        "agent"
    );
}

#[tokio::test]
async fn bad_credentials_and_bad_tokens_are_refused() {
    let s = sim();
    let wrong = s
        .token_form("grant_type=password&username=agent&password=nope", &[])
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert_eq!(wrong.json()["error"], "invalid_grant");
    let no_form = s
        .send(
            Method::POST,
            "/authorizationserver/token",
            &[("content-type", "application/json")],
            Some("{}".into()),
        )
        .await;
    assert_eq!(no_form.status, StatusCode::BAD_REQUEST);
    let ghost = s
        .token_form(
            "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret",
            &[("impersonate", "ghost")],
        )
        .await;
    assert_eq!(ghost.status, StatusCode::BAD_REQUEST);

    let missing = s
        .send(Method::GET, "/miccsdk/api/v1/queues/state", &[], None)
        .await;
    assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
    assert_eq!(missing.headers[header::WWW_AUTHENTICATE], "Bearer");
    assert_eq!(
        missing.json()["message"],
        "Authorization has been denied for this request."
    );
    for bad in ["Basic Zm9vOmJhcg==", "Bearer", "Bearer not-a-token"] {
        let a = s
            .send(
                Method::GET,
                "/miccsdk/api/v1/queues/state",
                &[("authorization", bad)],
                None,
            )
            .await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{bad}");
    }
}

#[tokio::test]
async fn expired_and_revoked_tokens_get_401() {
    let s = sim();
    let t = s.password_token("agent", "agent").await;
    s.admin("/tokens/expire", json!({})).await;
    assert_eq!(
        s.api(Method::GET, "/queues/state", &t, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let a = s.password_token("agent", "agent").await;
    let b = s.password_token("supervisor", "supervisor").await;
    let revoked = s
        .admin("/tokens/revoke", json!({ "user": "agent" }))
        .await
        .json();
    assert_eq!(revoked["revoked"], 1);
    assert_eq!(
        s.api(Method::GET, "/queues/state", &a, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        s.api(Method::GET, "/queues/state", &b, None).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_short_token_lifetime_expires_by_the_clock() {
    let s = Sim::new(Config {
        token_lifetime: 1,
        ..Config::default()
    });
    let t = s.password_token("agent", "agent").await;
    assert_eq!(
        s.api(Method::GET, "/status", &t, None).await.status,
        StatusCode::OK
    );
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        s.api(Method::GET, "/status", &t, None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn an_agent_sees_its_own_queues_and_a_supervisor_sees_all() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let agent = s.password_token("agent", "agent").await;
    let all = s.get("/queues/state", &sup).await;
    let mine = s.get("/queues/state", &agent).await;
    let (all_n, mine_n) = (
        prop(&all, "count").as_u64().unwrap(),
        prop(&mine, "count").as_u64().unwrap(),
    );
    assert_eq!(all_n, 16);
    assert!(
        0 < mine_n && mine_n < all_n,
        "agent sees {mine_n} of {all_n}"
    );
    let mine_ids: Vec<String> = items(&mine).iter().map(|q| str_of(q, "id")).collect();
    let hidden = items(&all)
        .into_iter()
        .map(|q| str_of(&q, "id"))
        .find(|id| !mine_ids.contains(id))
        .unwrap();
    let a = s
        .api(
            Method::GET,
            &format!("/queues/{hidden}/state"),
            &agent,
            None,
        )
        .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    // Another employee's state can only be changed with supervisor rights.
    let other = s.get("/employees", &agent).await;
    let someone = items(&other)
        .into_iter()
        .map(|e| str_of(&e, "username"))
        .find(|u| u != "agent")
        .unwrap();
    let body = json!({ "state": "Busy", "reason": "Lunch" });
    let a = s
        .api(
            Method::PUT,
            &format!("/employees/{someone}/state"),
            &agent,
            Some(body.clone()),
        )
        .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    let a = s
        .api(
            Method::PUT,
            &format!("/employees/{someone}/state"),
            &sup,
            Some(body),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}

#[tokio::test]
async fn errors_are_json_and_say_what_is_wrong() {
    let s = sim();
    let t = s.password_token("supervisor", "supervisor").await;
    let a = s
        .api(Method::GET, "/queues/no-such-queue/state", &t, None)
        .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(
        a.json()["message"]
            .as_str()
            .unwrap()
            .contains("no-such-queue")
    );
    let a = s.api(Method::GET, "/nothing/here", &t, None).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(a.json()["message"].is_string());
    let a = s.api(Method::POST, "/queues/state", &t, None).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(a.headers[header::ALLOW].to_str().unwrap().contains("GET"));
    let a = s
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "state": "Sleepy" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(
        a.json()["message"].as_str().unwrap().contains("Sleepy"),
        "{}",
        a.text
    );
    let a = s
        .send(
            Method::PUT,
            "/miccsdk/api/v1/employees/me/state",
            &[
                ("authorization", &format!("Bearer {t}")),
                ("content-type", "application/json"),
            ],
            Some("{\"State\": ".into()),
        )
        .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    let a = s
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "State": 2, "Reason": "Napping" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "unknown reason code");
    let a = s
        .api(Method::GET, "/queues?$filter=Name eq", &t, None)
        .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    let a = s
        .api(Method::GET, "/queues?$filter=Colour eq 'red'", &t, None)
        .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(a.text.contains("Colour"));
}

#[tokio::test]
async fn odata_filters_orders_and_pages_collections() {
    let s = Sim::new(Config {
        queues: 40,
        agents: 120,
        page_size: 50,
        ..Config::default()
    });
    let t = s.password_token("supervisor", "supervisor").await;
    let voice = s
        .get(
            "/queues?$filter=MediaType eq 'Voice'&$orderby=Name desc",
            &t,
        )
        .await;
    let names: Vec<String> = items(&voice).iter().map(|q| str_of(q, "name")).collect();
    assert!(names.len() >= 10);
    assert!(
        items(&voice)
            .iter()
            .all(|q| prop(q, "mediaType") == "Voice")
    );
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.to_lowercase()));
    assert_eq!(names, sorted);
    let ad = s
        .get(
            "/directory?$filter=Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ADUser'",
            &t,
        )
        .await;
    assert!(!items(&ad).is_empty());
    assert!(items(&ad).iter().all(|e| prop(e, "type") == "ADUser"));
    let found = s.get("/directory?$search='Acme'", &t).await;
    assert_eq!(items(&found).len(), 1);

    // Paging: 50 per page, `count` is the total, `next` links the following page.
    let first = s.get("/agents/states", &t).await;
    let total = prop(&first, "count").as_u64().unwrap();
    assert!(total > 100, "{total} agents");
    let mut seen: Vec<String> = items(&first).iter().map(|a| str_of(a, "id")).collect();
    assert_eq!(seen.len(), 50);
    let mut next = prop(prop(&first, "_links"), "next")
        .get("href")
        .and_then(Value::as_str)
        .map(str::to_owned);
    while let Some(href) = next {
        let path = href.strip_prefix("/miccsdk/api/v1").unwrap();
        let page = s.get(path, &t).await;
        assert_eq!(prop(&page, "count").as_u64(), Some(total));
        seen.extend(items(&page).iter().map(|a| str_of(a, "id")));
        next = prop(prop(&page, "_links"), "next")
            .get("href")
            .and_then(Value::as_str)
            .map(str::to_owned);
    }
    let n = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!(
        (n as u64, seen.len() as u64),
        (total, total),
        "every agent exactly once"
    );
    let top = s.get("/agents/states?$top=7&$skip=3", &t).await;
    assert_eq!(items(&top).len(), 7);
}

#[tokio::test]
async fn scripted_faults_misbehave_in_order() {
    let s = sim();
    let t = s.password_token("supervisor", "supervisor").await;
    s.admin("/faults", json!({ "path": "queues/state", "statuses": [503], "rateLimited": 1, "retryAfterSecs": 2, "malformed": 1, "truncated": 1 })).await;
    let a = s.api(Method::GET, "/agents/states", &t, None).await;
    assert_eq!(a.status, StatusCode::OK, "other paths are untouched");
    let a = s.api(Method::GET, "/queues/state", &t, None).await;
    assert_eq!(a.status, StatusCode::SERVICE_UNAVAILABLE);
    let a = s.api(Method::GET, "/queues/state", &t, None).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(a.headers[header::RETRY_AFTER], "2");
    let a = s.api(Method::GET, "/queues/state", &t, None).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.text.starts_with("<!DOCTYPE html>"));
    let a = s.api(Method::GET, "/queues/state", &t, None).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        serde_json::from_str::<Value>(&a.text).is_err(),
        "truncated body is not JSON"
    );
    let a = s.api(Method::GET, "/queues/state", &t, None).await;
    assert!(serde_json::from_str::<Value>(&a.text).is_ok());
}

#[tokio::test]
async fn paths_are_case_insensitive_like_iis() {
    let s = sim();
    let a = s
        .send(
            Method::POST,
            "/AuthorizationServer/Token",
            &[("content-type", "application/x-www-form-urlencoded")],
            Some("grant_type=password&username=agent&password=agent".into()),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK);
    let t = a.json()["access_token"].as_str().unwrap().to_owned();
    let a = s
        .send(
            Method::GET,
            "/MiccSdk/api/v1/Queues/State",
            &[("authorization", &format!("Bearer {t}"))],
            None,
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}

#[tokio::test]
async fn pascal_form_sends_the_references_names_and_integers() {
    let s = Sim::new(Config {
        wire: micc_sim::wire::WireForm::Pascal,
        ..Config::default()
    });
    let t = s.password_token("supervisor", "supervisor").await;
    let q = s.get("/queues/state", &t).await;
    let first = &items(&q)[0];
    assert!(
        first.get("WaitingConversations").is_some_and(Value::is_u64),
        "{first}"
    );
    assert!(first.get("MediaType").is_some_and(Value::is_i64));
    let st = s.get("/employees/me/state", &t).await;
    assert!(st["Presence"]["Aggregate"]["AcdState"].is_i64(), "{st}");
    // Requests are accepted in either form.
    let a = s
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "state": "Busy", "reason": "Lunch" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = s
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "State": 1 })),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}

#[tokio::test]
async fn writes_change_the_world_and_publish_events() {
    let s = sim();
    let mut events = s.state.events.subscribe();
    let t = s.password_token("agent", "agent").await;
    let a = s
        .api(
            Method::PUT,
            "/employees/me/state",
            &t,
            Some(json!({ "state": "DoNotDisturb", "reason": "Focus time" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let st = s.get("/employees/me/state", &t).await;
    assert_eq!(st["presence"]["aggregate"]["acdState"], "DoNotDisturb");
    let mut got = None;
    while let Ok(e) = events.try_recv() {
        if matches!(e.change, Change::EmployeeState(1)) {
            got = Some(e);
        }
    }
    let e = got.expect("an EmployeeState event for the agent");
    assert_eq!(e.schema, "EmployeeState");
    assert_eq!(
        e.payload["Presence"]["Aggregate"]["AcdState"],
        "DoNotDisturb"
    );
}

#[tokio::test]
async fn picking_a_waiting_conversation_through_the_queue() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    for e in items(&s.get("/employees?$top=500", &sup).await) {
        s.admin(
            &format!("/employees/{}/state", str_of(&e, "username")),
            json!({ "presence": "Away" }),
        )
        .await;
    }
    s.advance(900.0).await;
    let agent = s.password_token("agent", "agent").await;
    let mine = s.get("/employees/me/queues", &agent).await;
    let mut found = None;
    for q in items(&mine).into_iter().map(|q| str_of(&q, "id")) {
        if let Some(c) = waiting_ids(&s, &agent, &q).await.into_iter().next() {
            found = Some((q, c));
            break;
        }
    }
    let (q, conv) = found.expect("something waits in one of the agent's queues");
    let before = prop(
        &s.get(&format!("/queues/{q}/state"), &agent).await,
        "waitingConversations",
    )
    .as_u64()
    .unwrap();
    let a = s
        .api(
            Method::PUT,
            &format!("/queues/{q}/conversations/{conv}"),
            &agent,
            Some(json!({ "conversationAction": "Pick" })),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let after = prop(
        &s.get(&format!("/queues/{q}/state"), &agent).await,
        "waitingConversations",
    )
    .as_u64()
    .unwrap();
    assert_eq!(after, before - 1);
    let inbox = s.get("/employees/me/conversations", &agent).await;
    assert!(
        items(&inbox)
            .iter()
            .any(|c| str_of(c, "conversationId") == conv)
    );
    let again = s
        .api(
            Method::PUT,
            &format!("/queues/{q}/conversations/{conv}"),
            &agent,
            Some(json!({ "conversationAction": "Pick" })),
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "no longer waiting: {}",
        again.text
    );
    let end = s
        .api(
            Method::PUT,
            &format!("/employees/me/conversations/{conv}"),
            &agent,
            Some(json!({ "conversationAction": "End" })),
        )
        .await;
    assert_eq!(end.status, StatusCode::OK, "{}", end.text);
}

async fn waiting_ids(s: &Sim, t: &str, q: &str) -> Vec<String> {
    items(&s.get(&format!("/queues/{q}/conversations"), t).await)
        .iter()
        .map(|c| str_of(c, "conversationId"))
        .collect()
}

#[tokio::test]
async fn static_files_and_cors() {
    let dir = std::env::temp_dir().join(format!("micc-sim-static-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("index.html"), "<h1>hi</h1>").unwrap();
    std::fs::write(dir.join("pkg/x.wasm"), vec![0u8; 4096]).unwrap();
    let s = Sim::new(Config {
        www: Some(dir.clone()),
        pkg: Some(dir.join("pkg")),
        ..Config::default()
    });
    let a = s.send(Method::GET, "/", &[], None).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.text.contains("hi"));
    let a = s
        .send(
            Method::GET,
            "/pkg/x.wasm",
            &[("accept-encoding", "gzip")],
            None,
        )
        .await;
    assert_eq!(a.headers[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(a.headers[header::CONTENT_ENCODING], "gzip");
    let a = s
        .send(
            Method::OPTIONS,
            "/miccsdk/api/v1/queues/state",
            &[
                ("origin", "http://localhost:5173"),
                ("access-control-request-method", "GET"),
                ("access-control-request-headers", "authorization"),
            ],
            None,
        )
        .await;
    assert_eq!(
        a.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "http://localhost:5173"
    );
    let a = s
        .send(
            Method::GET,
            "/miccsdk/api/v1/queues/state",
            &[("origin", "https://wallboard.example")],
            None,
        )
        .await;
    // `--cors any` (the default, SignalR 2's AllowAll): any page origin, with credentials;
    // tests/cors.rs covers the other modes.
    assert_eq!(
        a.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://wallboard.example"
    );
    assert_eq!(a.headers[header::ACCESS_CONTROL_ALLOW_CREDENTIALS], "true");
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn the_demo_token_endpoint_exists_only_when_configured() {
    let off = sim();
    assert_eq!(
        off.send(Method::GET, "/demo/token", &[], None).await.status,
        StatusCode::NOT_FOUND
    );
    let on = Sim::new(Config {
        demo_token_user: Some("agent".into()),
        ..Config::default()
    });
    let t = on.send(Method::GET, "/demo/token", &[], None).await.json();
    let token = t["access_token"].as_str().unwrap();
    assert_eq!(
        str_of(&on.get("/employees/me", token).await, "username"),
        "agent"
    );
}

#[tokio::test]
async fn the_clock_moves_the_world_at_the_configured_speed() {
    let state = micc_sim::AppState::new(Config {
        speed: 600.0,
        ..Config::default()
    });
    let mut events = state.events.subscribe();
    let start = state.world.lock().unwrap().now;
    micc_sim::spawn_clock(state.clone());
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    let now = state.world.lock().unwrap().now;
    // 600x for about a second: roughly ten simulated minutes (ticks are 100 ms apart).
    let advanced = (now - start) as f64 / 1000.0;
    assert!(
        (400.0..=800.0).contains(&advanced),
        "advanced {advanced} simulated seconds"
    );
    let mut kinds = std::collections::HashSet::new();
    loop {
        match events.try_recv() {
            Ok(e) => {
                kinds.insert(std::mem::discriminant(&e.change));
            }
            // Ten busy minutes may overflow the channel; the newest events remain.
            Err(tokio::sync::broadcast::error::TryRecvError::Lagged(_)) => continue,
            Err(_) => break,
        }
    }
    assert!(
        kinds.len() >= 3,
        "queue, agent and employee changes are published: {}",
        kinds.len()
    );
}

#[tokio::test]
async fn removal_events_carry_the_conversation_as_it_last_looked() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    for e in items(&s.get("/employees?$top=500", &sup).await) {
        let name = str_of(&e, "username");
        s.admin(
            &format!("/employees/{name}/state"),
            json!({ "presence": "Away" }),
        )
        .await;
    }
    let mut events = s.state.events.subscribe();
    s.advance(1800.0).await;
    let mut abandoned = None;
    loop {
        match events.try_recv() {
            Ok(e) => {
                if matches!(e.change, Change::QueueConversationRemoved { .. }) {
                    abandoned = Some(e);
                    break;
                }
            }
            Err(tokio::sync::broadcast::error::TryRecvError::Lagged(_)) => continue,
            Err(_) => break,
        }
    }
    let e = abandoned.expect("with nobody working, someone abandons within 30 minutes");
    assert_eq!(e.schema, "ConversationModel");
    assert_eq!(e.payload["ConversationState"], "Abandoned", "{}", e.payload);
    assert!(e.payload["ConversationId"].is_string());
}
