//! `/admin/queues/{key}/name` and `/admin/employees/{key}/name`: what the pages' tests use to
//! give a queue and an agent a hostile name (markup), seen by REST and as events.

mod common;

use axum::http::{Method, StatusCode};
use common::{Sim, items, str_of};
use micc_sim::Config;
use micc_sim::world::Change;
use serde_json::json;

const MARKUP: &str = "<img src=x onerror=alert(1)>";

fn sim() -> Sim {
    Sim::new(Config {
        queues: 6,
        agents: 20,
        ..Config::default()
    })
}

async fn post_admin(s: &Sim, path: &str, body: &str) -> common::Answer {
    s.send(
        Method::POST,
        &format!("/admin{path}"),
        &[("content-type", "application/json")],
        Some(body.to_owned()),
    )
    .await
}

#[tokio::test]
async fn a_renamed_queue_shows_its_new_name_by_id_and_is_found_by_it() {
    let s = sim();
    let t = s.password_token("supervisor", "supervisor").await;
    let queues = items(&s.get("/queues/state", &t).await);
    let first = queues.first().expect("a queue");
    let id = str_of(first, "id");
    // Drain what the world start produced, so the rename's change is seen on its own.
    s.state.world.lock().expect("world").take_changes();

    let a = post_admin(
        &s,
        &format!("/queues/{id}/name"),
        &json!({ "name": MARKUP }).to_string(),
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);

    let again = items(&s.get("/queues/state", &t).await);
    let renamed = again
        .iter()
        .find(|q| str_of(q, "id") == id)
        .expect("same queue");
    assert_eq!(str_of(renamed, "name"), MARKUP);
    // The other queues keep their names.
    for (before, after) in queues.iter().zip(&again).skip(1) {
        assert_eq!(str_of(before, "name"), str_of(after, "name"));
    }
    // The new name is a key as the old one was (case-insensitive names are queue keys).
    let by_name = s
        .get(&format!("/queues/{}/state", urlencode(MARKUP)), &t)
        .await;
    assert_eq!(str_of(&by_name, "id"), id);
}

#[tokio::test]
async fn a_renamed_employee_shows_in_agent_states_and_employee_state() {
    let s = sim();
    let t = s.password_token("supervisor", "supervisor").await;
    let agents = items(&s.get("/agents/states", &t).await);
    let agent = agents.first().expect("an agent");
    let employee = str_of(agent, "employeeRefId");

    let a = post_admin(
        &s,
        &format!("/employees/{employee}/name"),
        &json!({ "name": MARKUP }).to_string(),
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);

    let again = items(&s.get("/agents/states", &t).await);
    // Agent states carry the parts (firstName, lastName), not a full name.
    let rows: Vec<_> = again
        .iter()
        .filter(|r| str_of(r, "employeeRefId") == employee)
        .collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert_eq!(str_of(row, "firstName"), MARKUP, "{row}");
        assert_eq!(str_of(row, "lastName"), "", "{row}");
    }
    let state = s.get(&format!("/employees/{employee}/state"), &t).await;
    assert_eq!(str_of(&state, "name"), MARKUP);
    assert_eq!(str_of(&state, "firstName"), MARKUP);
    assert_eq!(str_of(&state, "lastName"), "");

    // First and last name separately: the full name joins them with one space.
    let a = post_admin(
        &s,
        &format!("/employees/{employee}/name"),
        &json!({ "firstName": "Ada", "lastName": "Lovelace" }).to_string(),
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    let state = s.get(&format!("/employees/{employee}/state"), &t).await;
    assert_eq!(str_of(&state, "name"), "Ada Lovelace");
}

#[tokio::test]
async fn a_rename_is_a_change_clients_are_told_about() {
    let s = sim();
    let t = s.password_token("supervisor", "supervisor").await;
    let queues = items(&s.get("/queues/state", &t).await);
    let id = str_of(queues.first().expect("a queue"), "id");
    let agents = items(&s.get("/agents/states", &t).await);
    let employee = str_of(agents.first().expect("an agent"), "employeeRefId");
    let (q, e) = {
        let mut w = s.state.world.lock().expect("world");
        w.take_changes();
        let q = w.queue_by_key(&id).expect("queue");
        let e = w.employee_by_key(&employee).expect("employee");
        w.rename_queue(q, "Renamed".into()).expect("rename queue");
        w.rename_employee(e, "New".into(), "Name".into())
            .expect("rename employee");
        (q, e)
    };
    let changes = s.state.world.lock().expect("world").take_changes();
    assert!(changes.contains(&Change::QueueState(q)), "{changes:?}");
    assert!(changes.contains(&Change::EmployeeState(e)), "{changes:?}");
    assert!(
        changes.iter().any(|c| matches!(c, Change::AgentState(_))),
        "{changes:?}"
    );
}

#[tokio::test]
async fn bad_renames_are_refused_with_a_message() {
    let s = sim();
    let t = s.password_token("supervisor", "supervisor").await;
    let queues = items(&s.get("/queues/state", &t).await);
    let id = str_of(queues.first().expect("a queue"), "id");
    let long = "x".repeat(201);
    for (path, body) in [
        (
            format!("/queues/{id}/name"),
            json!({ "name": "" }).to_string(),
        ),
        (
            format!("/queues/{id}/name"),
            json!({ "name": "   " }).to_string(),
        ),
        (
            format!("/queues/{id}/name"),
            json!({ "name": long }).to_string(),
        ),
        (format!("/queues/{id}/name"), json!({}).to_string()),
        (
            "/queues/no-such-queue/name".to_owned(),
            json!({ "name": "A" }).to_string(),
        ),
        (
            "/employees/no-such-employee/name".to_owned(),
            json!({ "name": "A" }).to_string(),
        ),
        (
            "/employees/supervisor/name".to_owned(),
            json!({}).to_string(),
        ),
        (
            "/employees/supervisor/name".to_owned(),
            json!({ "name": "A", "firstName": "B" }).to_string(),
        ),
    ] {
        let a = post_admin(&s, &path, &body).await;
        assert_eq!(
            a.status,
            StatusCode::BAD_REQUEST,
            "{path} {body}: {}",
            a.text
        );
        assert!(a.json()["message"].is_string(), "{}", a.text);
    }
    let again = items(&s.get("/queues/state", &t).await);
    assert_eq!(str_of(&again[0], "name"), str_of(&queues[0], "name"));
    // Not JSON at all: axum's rejection, not a rename.
    let a = post_admin(&s, &format!("/queues/{id}/name"), "name=A").await;
    assert!(a.status.is_client_error(), "{}", a.status);
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
