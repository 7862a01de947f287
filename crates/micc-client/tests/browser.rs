//! In headless Chromium (`wasm-pack test`) against a running micc-sim whose URL the test
//! command passes at build time in `MICC_SIM_URL`: every grant, operations of every group,
//! paging, token renewal after expiry and retries on injected faults, over real `fetch`.
#![cfg(target_arch = "wasm32")]

use micc_client::models::*;
use micc_client::odata::{Filter, Literal};
use micc_client::{ClientConfig, Credentials, Error, MiccClient, RetryPolicy, WebPlatform};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sim_url() -> &'static str {
    let Some(url) = option_env!("MICC_SIM_URL") else {
        panic!("MICC_SIM_URL must name a running micc-sim at build time");
    };
    url
}

fn client(credentials: Credentials) -> MiccClient<WebPlatform> {
    let mut config = ClientConfig::new(sim_url(), credentials);
    config.retry = RetryPolicy {
        base_delay: std::time::Duration::from_millis(20),
        ..RetryPolicy::default()
    };
    MiccClient::new(config, WebPlatform).unwrap()
}

fn supervisor() -> MiccClient<WebPlatform> {
    client(Credentials::password("supervisor", "supervisor"))
}

/// The simulator's admin endpoint (test-only; scripts faults and token expiry).
async fn admin(path: &str, body: &str) {
    let r = gloo_net::http::Request::post(&format!("{}/admin{path}", sim_url()))
        .header("Content-Type", "application/json")
        .body(body.to_owned())
        .unwrap()
        .send()
        .await
        .unwrap();
    assert!(r.ok(), "admin {path}: {}", r.status());
}

#[wasm_bindgen_test]
async fn each_grant_logs_in() {
    for c in [
        Credentials::password("agent", "agent"),
        Credentials::password("supervisor", "supervisor"),
        Credentials::client("wallboard", "wallboard-secret"),
        Credentials::impersonating("wallboard", "wallboard-secret", "agent"),
    ] {
        let page = client(c).queues().states().send().await.unwrap();
        assert!(page.count.unwrap_or(0) > 0);
    }
    let me = client(Credentials::impersonating(
        "wallboard",
        "wallboard-secret",
        "agent",
    ))
    .employees()
    .me()
    .get()
    .send()
    .await
    .unwrap();
    assert_eq!(me.username.as_deref(), Some("agent"));
    let e = client(Credentials::password("agent", "wrong"))
        .queues()
        .states()
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), "auth");
}

#[wasm_bindgen_test]
async fn operations_of_every_group() {
    let c = supervisor();
    let states = c.queues().states().send().await.unwrap();
    let first = states.items().first().cloned().unwrap();
    let id = first.id.clone().unwrap();
    let one = c.queues().state(&id).send().await.unwrap();
    assert_eq!(one.name, first.name);
    assert!(c.queues().conversations(&id).send().await.is_ok());
    assert!(
        c.queue_groups()
            .states()
            .send()
            .await
            .unwrap()
            .count
            .unwrap_or(0)
            > 0
    );
    let agents = c.agents().states().top(5).send().await.unwrap();
    assert_eq!(agents.items().len(), 5);
    assert!(agents.items()[0].current_state.is_some());
    assert!(
        c.agent_groups()
            .list()
            .send()
            .await
            .unwrap()
            .count
            .unwrap_or(0)
            > 0
    );
    let me = c.employees().me().state().send().await.unwrap();
    assert!(
        me.presence
            .and_then(|p| p.aggregate)
            .and_then(|a| a.acd_state)
            .is_some()
    );
    assert!(
        c.employees()
            .me()
            .busy_reason_codes()
            .send()
            .await
            .unwrap()
            .count
            .unwrap_or(0)
            > 0
    );
    let ad = c
        .directory()
        .list()
        .filter(Filter::eq(
            "Type",
            Literal::enum_member("DirectoryEntryType", "ADUser"),
        ))
        .send()
        .await
        .unwrap();
    assert!(!ad.items().is_empty());
    assert!(
        ad.items()
            .iter()
            .all(|e| e.r#type == Some(DirectoryEntryType::ADUser)),
        "{:?}",
        ad.items()[0].r#type
    );
    assert!(c.conversations().list().send().await.is_ok());
    assert!(
        c.open_media()
            .queues()
            .send()
            .await
            .unwrap()
            .count
            .unwrap_or(0)
            > 0
    );
    assert!(c.dnis().list().send().await.is_ok());
    assert!(c.extensions().list().top(3).send().await.is_ok());
    assert!(c.sites().list().send().await.is_ok());
    assert!(c.media_servers().list().send().await.is_ok());
    assert!(c.mail_servers().list().send().await.is_ok());
    assert!(c.reason_codes().list().send().await.is_ok());
    assert!(c.warning_reasons().list().send().await.is_ok());
    assert!(c.prompts().list().send().await.is_ok());
    assert!(c.variables().list().send().await.is_ok());
    assert!(c.cases().list().send().await.is_ok());
    assert!(c.global_reply_templates().list().send().await.is_ok());
    assert!(c.history().count().send().await.is_ok());
    assert!(
        c.chat()
            .reply_templates_base_directory()
            .send()
            .await
            .is_ok()
    );
    assert!(c.email().reply_template_folders().send().await.is_ok());
    assert!(c.sms().from_queues().send().await.is_ok());
    assert!(c.application_profiles().list("Ignite").send().await.is_ok());
    assert!(
        c.diagnostics()
            .employee_state_monitor_count("me")
            .send()
            .await
            .is_ok()
    );
    assert!(c.agents().licenses().send().await.is_ok());
    let status = c.status().send().await.unwrap();
    assert_eq!(status.is_ready, Some(true));
    let w = client(Credentials::client("wallboard", "wallboard-secret"));
    assert!(w.webhooks().list().send().await.is_ok());
}

/// The first id of a list answer (every model here has an `id` or `Id`).
fn first<T: serde::Serialize>(items: &[T]) -> String {
    let v = micc_client::models::to_camel_json(&items[0]);
    v["id"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no id in {v}"))
}

#[wasm_bindgen_test]
async fn a_second_operation_of_every_group() {
    let c = supervisor();
    let q = first(c.queues().list().send().await.unwrap().items());
    assert!(c.queues().get(&q).send().await.unwrap().name.is_some());
    let g = first(c.queue_groups().states().send().await.unwrap().items());
    assert!(c.queue_groups().state(&g).send().await.is_ok());
    assert!(
        c.queue_groups()
            .members(&g)
            .send()
            .await
            .unwrap()
            .count
            .unwrap_or(0)
            > 0
    );
    let a = first(c.agents().list().top(1).send().await.unwrap().items());
    assert!(c.agents().get(&a).send().await.is_ok());
    assert!(c.agents().state(&a).send().await.is_ok());
    let ag = first(c.agent_groups().list().send().await.unwrap().items());
    assert!(c.agent_groups().states(&ag).send().await.is_ok());
    assert!(c.agent_groups().agents(&ag).send().await.is_ok());
    assert!(
        c.employees()
            .list()
            .top(3)
            .send()
            .await
            .unwrap()
            .items()
            .len()
            == 3
    );
    assert!(c.employees().me().agent_groups().send().await.is_ok());
    assert!(c.employees().me().queues().send().await.is_ok());
    assert!(c.employees().me().greetings().send().await.is_ok());
    let case = first(c.cases().list().send().await.unwrap().items());
    assert!(c.cases().get(&case, "112026").send().await.is_ok());
    for (list, get) in [
        (
            c.dnis().list().send().await.map(|p| first(p.items())),
            "dnis",
        ),
        (
            c.sites().list().send().await.map(|p| first(p.items())),
            "sites",
        ),
        (
            c.mail_servers()
                .list()
                .send()
                .await
                .map(|p| first(p.items())),
            "mail",
        ),
        (
            c.reason_codes()
                .list()
                .send()
                .await
                .map(|p| first(p.items())),
            "reason",
        ),
        (
            c.warning_reasons()
                .list()
                .send()
                .await
                .map(|p| first(p.items())),
            "warning",
        ),
        (
            c.prompts().list().send().await.map(|p| first(p.items())),
            "prompt",
        ),
        (
            c.variables().list().send().await.map(|p| first(p.items())),
            "variable",
        ),
        (
            c.media_servers()
                .list()
                .send()
                .await
                .map(|p| first(p.items())),
            "media",
        ),
        (
            c.extensions()
                .list()
                .top(1)
                .send()
                .await
                .map(|p| first(p.items())),
            "extension",
        ),
    ] {
        let id = list.unwrap();
        let ok = match get {
            "dnis" => c.dnis().get(&id).send().await.is_ok(),
            "sites" => c.sites().get(&id).send().await.is_ok(),
            "mail" => c.mail_servers().get(&id).send().await.is_ok(),
            "reason" => c.reason_codes().get(&id).send().await.is_ok(),
            "warning" => c.warning_reasons().get(&id).send().await.is_ok(),
            "prompt" => c.prompts().get(&id).send().await.is_ok(),
            "variable" => c.variables().get(&id).send().await.is_ok(),
            "media" => c.media_servers().get(&id).send().await.is_ok(),
            _ => c.extensions().get(&id).send().await.is_ok(),
        };
        assert!(ok, "{get} {id}");
    }
    assert!(!c.media_servers().times().send().await.unwrap().is_empty());
    assert!(
        c.application_profiles()
            .get("Ignite", "Default")
            .send()
            .await
            .is_ok()
    );
    assert!(
        c.chat()
            .reply_template("Greetings\\Hello.txt")
            .send()
            .await
            .is_ok()
    );
    assert!(
        c.email()
            .reply_template_content("Hello.txt")
            .send()
            .await
            .is_ok()
    );
    assert!(c.sms().reply_templates().send().await.is_ok());
    assert!(
        c.history()
            .search()
            .search("_exists_:agentid")
            .top(5)
            .send()
            .await
            .is_ok()
    );
    let d = first(c.directory().list().top(1).send().await.unwrap().items());
    assert!(c.directory().get(&d).send().await.is_ok());
    assert!(
        c.diagnostics()
            .add_employee_state_monitor("me", true)
            .send()
            .await
            .is_ok()
    );
    assert!(
        c.diagnostics()
            .remove_employee_state_monitor("me")
            .send()
            .await
            .is_ok()
    );
    let w = client(Credentials::client("wallboard", "wallboard-secret"));
    let hook = WebhookModel {
        id: Some("6f1c7d9e-1d2b-4c3a-9e8f-0a1b2c3d4e5f".into()),
        url: Some("https://hooks.example/x".into()),
        token: Some("t".into()),
        ..Default::default()
    };
    assert!(w.webhooks().register(&hook).send().await.is_ok());
    assert!(
        w.webhooks()
            .call_recordings("1", "call1")
            .send()
            .await
            .is_ok()
    );
    // Open media: create, read, complete.
    let item = OpenMediaRequestModel {
        subject: Some("Call back".into()),
        target_uri_embedded: Some(false),
        ..Default::default()
    };
    let created = c.open_media().create(&item).send().await.unwrap();
    let id = created.id.unwrap();
    assert!(c.open_media().get(&id).send().await.is_ok());
    assert!(
        c.open_media()
            .list()
            .send()
            .await
            .unwrap()
            .items()
            .iter()
            .any(|o| o.id.as_deref() == Some(id.as_str()))
    );
    let done = OpenMediaUpdateRequestModel {
        action: Some(OpenMediaAction::Complete),
    };
    c.open_media().update(&id, &done).send().await.unwrap();
    assert_eq!(
        c.open_media().get(&id).send().await.unwrap_err().status(),
        Some(404)
    );
    // Global reply templates: create, read, delete.
    let sites = c.sites().list().send().await.unwrap();
    let t = GlobalReplyTemplateModel {
        site_id: sites.items()[0].id.clone(),
        customer_text: Some("Thanks".into()),
        template_text: Some("Thanks".into()),
        media: Some("Chat".into()),
        ..Default::default()
    };
    let made = c.global_reply_templates().create(&t).send().await.unwrap();
    let tid = made.id.unwrap();
    assert_eq!(
        c.global_reply_templates()
            .get(&tid)
            .send()
            .await
            .unwrap()
            .customer_text
            .as_deref(),
        Some("Thanks")
    );
    c.global_reply_templates()
        .delete(&tid)
        .send()
        .await
        .unwrap();
    assert_eq!(
        c.global_reply_templates()
            .get(&tid)
            .send()
            .await
            .unwrap_err()
            .status(),
        Some(404)
    );
}

#[wasm_bindgen_test]
async fn writes_round_trip() {
    let c = client(Credentials::password("agent", "agent"));
    let busy = EmployeeStateUpdateModel {
        state: Some(PresenceAvailability::Busy),
        reason: Some("Lunch".into()),
        available_reason: Some(AvailableReason::Available),
        is_hot_desk_external: Some(false),
        ..Default::default()
    };
    c.employees().me().set_state(&busy).send().await.unwrap();
    let st = c.employees().me().state().send().await.unwrap();
    let aggregate = st.presence.and_then(|p| p.aggregate).unwrap();
    assert_eq!(aggregate.reason.as_deref(), Some("Lunch"));
    let bad = EmployeeStateUpdateModel {
        reason: Some("Napping".into()),
        ..busy
    };
    let e = c.employees().me().set_state(&bad).send().await.unwrap_err();
    assert_eq!(e.status(), Some(400));
}

#[wasm_bindgen_test]
async fn paging_walks_a_large_collection() {
    let c = supervisor();
    let all = c.agents().states().top(7).all(10_000).await.unwrap();
    let total = c
        .agents()
        .states()
        .top(1)
        .send()
        .await
        .unwrap()
        .count
        .unwrap();
    assert_eq!(all.len() as u64, total);
    let mut ids: Vec<_> = all.iter().filter_map(|a| a.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len() as u64, total, "each agent once");
    let capped = c.agents().states().top(7).all(10).await.unwrap();
    assert_eq!(capped.len(), 10);
}

#[wasm_bindgen_test]
async fn an_expired_token_is_renewed_on_the_401() {
    let c = client(Credentials::password("agent", "agent"));
    c.queues().states().send().await.unwrap();
    let before = c.bearer().await.unwrap();
    admin("/tokens/expire", "{}").await;
    c.queues().states().send().await.unwrap();
    let after = c.bearer().await.unwrap();
    assert_ne!(before, after, "a new token after the refusal");
    // A fixed token cannot be renewed: the refusal is an auth error.
    let fixed = client(Credentials::token(before.unwrap()));
    let e = fixed.queues().states().send().await.unwrap_err();
    assert_eq!(e.kind(), "auth");
}

/// The suite's simulator issues tokens for 10 s (scripts/test.sh): a client renews before
/// the token lapses, without ever meeting a 401.
#[wasm_bindgen_test]
async fn a_short_lived_token_is_renewed_before_it_lapses() {
    let c = client(Credentials::client("wallboard", "wallboard-secret"));
    c.status().send().await.unwrap();
    let first = c.bearer().await.unwrap();
    gloo_timers::future::TimeoutFuture::new(9_200).await;
    c.status().send().await.unwrap();
    let second = c.bearer().await.unwrap();
    assert_ne!(
        first, second,
        "renewed within the last tenth of the lifetime"
    );
}

#[wasm_bindgen_test]
async fn injected_503_and_429_are_retried() {
    let c = supervisor();
    c.status().send().await.unwrap();
    admin(
        "/faults",
        r#"{"path":"/status","statuses":[503,502],"rateLimited":1,"retryAfterSecs":1}"#,
    )
    .await;
    let t0 = js_sys::Date::now();
    let status = c.status().send().await.unwrap();
    assert_eq!(status.is_ready, Some(true));
    assert!(js_sys::Date::now() - t0 >= 1000.0, "waited for Retry-After");
    admin("/faults", r#"{"path":"/status","statuses":[500]}"#).await;
    let e = c.status().send().await.unwrap_err();
    assert!(matches!(e, Error::Status { status: 500, .. }), "{e:?}");
}
