//! Presence writes as public code makes them (wire-facts.md): reason codes by id or name,
//! `'reason': 'undefined'` on Available, agent-group presence in the `{id, type, status}`
//! statuses shape for one group or the whole collection, agent-group ids in
//! `presentInAgentGroups`, and the reporting number on voice presence entries.

mod common;

use axum::http::{Method, StatusCode};
use common::{Sim, items, prop, str_of};
use micc_sim::Config;
use micc_sim::events::Event;
use micc_sim::world::Change;
use serde_json::{Value, json};
use std::sync::Arc;

fn sim() -> Sim {
    Sim::new(Config {
        queues: 16,
        agents: 70,
        ..Config::default()
    })
}

/// A world without arrivals: nobody is on a conversation, so the aggregate presence shows
/// exactly the state a person chose (it is Busy while every media of theirs is occupied).
fn quiet_sim() -> Sim {
    Sim::new(Config {
        queues: 16,
        agents: 70,
        arrival_scale: 0.0,
        ..Config::default()
    })
}

fn drain(rx: &mut tokio::sync::broadcast::Receiver<Arc<Event>>) -> Vec<Change> {
    let mut out = Vec::new();
    loop {
        match rx.try_recv() {
            Ok(e) => out.push(e.change.clone()),
            Err(tokio::sync::broadcast::error::TryRecvError::Lagged(_)) => continue,
            Err(_) => return out,
        }
    }
}

async fn put(s: &Sim, path: &str, t: &str, body: Value) -> common::Answer {
    s.api(Method::PUT, path, t, Some(body)).await
}

/// The reason codes `employees/me/busyreasoncodes` offers: (id, name) of one Busy and one
/// Dnd code.
async fn reason_codes(s: &Sim, t: &str) -> ((String, String), (String, String)) {
    let codes = items(&s.get("/employees/me/busyreasoncodes", t).await);
    let of = |kind: &str| {
        codes
            .iter()
            .find(|c| str_of(c, "type") == kind)
            .map(|c| (str_of(c, "id"), str_of(c, "name")))
            .unwrap_or_else(|| panic!("a {kind} reason code in {codes:?}"))
    };
    (of("Busy"), of("Dnd"))
}

#[tokio::test]
async fn a_reason_code_is_accepted_by_id_or_by_name() {
    let s = sim();
    let t = s.password_token("agent", "agent").await;
    let ((busy_id, busy_name), (dnd_id, dnd_name)) = reason_codes(&s, &t).await;
    // The same codes are the reason code resource's.
    let all = items(&s.get("/reasoncodes", &t).await);
    assert!(all.iter().any(|c| str_of(c, "id") == busy_id));
    assert_eq!(
        str_of(&s.get(&format!("/reasoncodes/{busy_id}"), &t).await, "name"),
        busy_name
    );

    let a = put(
        &s,
        "/employees/me/state",
        &t,
        json!({ "state": "Busy", "reason": busy_id }),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    s.advance(1800.0).await;
    let st = s.get("/employees/me/state", &t).await;
    assert_eq!(st["presence"]["aggregate"]["acdState"], "Busy");
    assert_eq!(
        st["presence"]["aggregate"]["reason"],
        json!(busy_name),
        "{st}"
    );
    let agents: Vec<Value> = items(&s.get("/agents/states?$top=500", &t).await)
        .into_iter()
        .filter(|a| str_of(a, "employeeRefId") == str_of(&st, "id"))
        .collect();
    assert!(!agents.is_empty());
    // Agents show the reason while they are in make-busy (a conversation in hand comes first).
    for a in &agents {
        if str_of(a, "currentState") == "MakeBusy" {
            assert_eq!(a["reason"], json!(busy_name), "{a}");
        }
    }

    // By name, in any case; and an id in upper case (GUIDs in any case).
    let a = put(
        &s,
        "/employees/me/state",
        &t,
        json!({ "state": "DoNotDisturb", "reason": dnd_name.to_uppercase() }),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = put(
        &s,
        "/employees/me/state",
        &t,
        json!({ "state": "DoNotDisturb", "reason": dnd_id.to_uppercase() }),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let st = s.get("/employees/me/state", &t).await;
    assert_eq!(st["presence"]["aggregate"]["acdState"], "DoNotDisturb");
    assert_eq!(st["presence"]["aggregate"]["reason"], json!(dnd_name));
}

#[tokio::test]
async fn a_reason_of_the_other_state_or_an_unknown_one_is_refused() {
    let s = sim();
    let t = s.password_token("agent", "agent").await;
    let ((busy_id, busy_name), (dnd_id, dnd_name)) = reason_codes(&s, &t).await;
    let before = s.get("/employees/me/state", &t).await;
    for (state, reason, says) in [
        (
            "DoNotDisturb",
            busy_id.as_str(),
            format!("'{busy_name}' is a reason code for Busy, not for DoNotDisturb"),
        ),
        (
            "Busy",
            dnd_id.as_str(),
            format!("'{dnd_name}' is a reason code for DoNotDisturb, not for Busy"),
        ),
        (
            "Busy",
            "Gone fishing",
            "'Gone fishing' is not a reason code".to_owned(),
        ),
        (
            "Busy",
            "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21",
            "is not a reason code".to_owned(),
        ),
    ] {
        let a = put(
            &s,
            "/employees/me/state",
            &t,
            json!({ "state": state, "reason": reason }),
        )
        .await;
        assert_eq!(
            a.status,
            StatusCode::BAD_REQUEST,
            "{state} {reason}: {}",
            a.text
        );
        assert!(a.text.contains(&says), "{state} {reason}: {}", a.text);
        assert!(
            a.text.contains("Reason"),
            "the answer names the property: {}",
            a.text
        );
    }
    // Nothing changed.
    let after = s.get("/employees/me/state", &t).await;
    assert_eq!(after["presence"], before["presence"]);
}

#[tokio::test]
async fn reason_undefined_on_available_is_ignored() {
    let s = quiet_sim();
    let t = s.password_token("agent", "agent").await;
    let ((busy_id, _), _) = reason_codes(&s, &t).await;
    let a = put(
        &s,
        "/employees/me/state",
        &t,
        json!({ "state": "Busy", "reason": busy_id }),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = put(
        &s,
        "/employees/me/state",
        &t,
        json!({ "state": "Available", "reason": "undefined" }),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let st = s.get("/employees/me/state", &t).await;
    let presence = &st["presence"];
    assert_eq!(presence["aggregate"]["acdState"], "Available");
    assert!(presence["aggregate"]["reason"].is_null(), "{presence}");
    for media in ["email", "chat", "sms", "openMedia"] {
        assert!(
            prop(&presence[media], "reason").is_null(),
            "{media}: {presence}"
        );
    }
    for v in presence["voice"].as_array().into_iter().flatten() {
        assert!(v["reason"].is_null(), "{presence}");
    }
    let agents = items(&s.get("/agents/states?$top=500", &t).await);
    for a in agents
        .iter()
        .filter(|a| str_of(a, "employeeRefId") == str_of(&st, "id"))
    {
        assert!(a["reason"].is_null(), "{a}");
    }
}

/// The agent ids of an employee, by media.
async fn agents_of(s: &Sim, t: &str, employee_id: &str) -> Vec<(String, String)> {
    items(&s.get("/agents/states?$top=500", t).await)
        .iter()
        .filter(|a| str_of(a, "employeeRefId") == employee_id)
        .map(|a| (str_of(a, "id"), str_of(a, "mediaType")))
        .collect()
}

#[tokio::test]
async fn agent_group_presence_has_the_statuses_shape() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    // Every employee: each of their groups, with one status per agent on a media it serves.
    for e in items(&s.get("/employees?$top=500", &sup).await) {
        let id = str_of(&e, "id");
        let agents = agents_of(&s, &sup, &id).await;
        let groups = items(&s.get(&format!("/employees/{id}/agentgroups"), &sup).await);
        let presence = items(
            &s.get(&format!("/employees/{id}/agentgrouppresence"), &sup)
                .await,
        );
        assert_eq!(presence.len(), groups.len());
        for g in &presence {
            let gid = str_of(g, "id");
            let group = groups
                .iter()
                .find(|x| str_of(x, "id") == gid)
                .unwrap_or_else(|| panic!("{gid} is one of the employee's groups"));
            assert_eq!(str_of(g, "name"), str_of(group, "name"));
            assert_eq!(str_of(g, "reporting"), str_of(group, "reporting"));
            let statuses = g["statuses"].as_array().expect("statuses is an array");
            assert!(!statuses.is_empty(), "{g}");
            for st in statuses {
                let keys: Vec<&String> = st.as_object().expect("an object").keys().collect();
                assert_eq!(keys.len(), 3, "{st}");
                let agent = (str_of(st, "id"), str_of(st, "type"));
                assert!(
                    agents.contains(&agent),
                    "{st} names an agent of the employee"
                );
                let enabled = format!("is{}Enabled", agent.1);
                assert_eq!(prop(group, &enabled), &json!(true), "{enabled} in {group}");
                assert_eq!(str_of(st, "status"), "Present");
            }
        }
        // An agent state lists the ids of the groups it is present in.
        for a in items(&s.get("/agents/states?$top=500", &sup).await)
            .iter()
            .filter(|a| str_of(a, "employeeRefId") == id)
        {
            let listed: Vec<String> = a["presentInAgentGroups"]
                .as_array()
                .expect("presentInAgentGroups is an array")
                .iter()
                .map(|g| g.as_str().expect("a group id").to_owned())
                .collect();
            let expected: Vec<String> = presence
                .iter()
                .filter(|g| {
                    g["statuses"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|st| str_of(st, "id") == str_of(a, "id"))
                })
                .map(|g| str_of(g, "id"))
                .collect();
            assert_eq!(listed, expected, "{a}");
        }
    }
}

/// Ids of the conversations in `t`'s employee's inbox.
async fn inbox(s: &Sim, t: &str) -> Vec<String> {
    items(&s.get("/employees/me/conversations", t).await)
        .iter()
        .map(|c| str_of(c, "conversationId"))
        .collect()
}

/// The queues `t`'s employee serves.
async fn my_queues(s: &Sim, t: &str) -> Vec<String> {
    items(&s.get("/employees/me/queues", t).await)
        .iter()
        .map(|q| str_of(q, "id"))
        .collect()
}

fn logged_in(state: &Value) -> u64 {
    ["agentsAvailable", "agentsUnavailable"]
        .iter()
        .map(|k| prop(state, k).as_u64().unwrap_or(0))
        .sum()
}

#[tokio::test]
async fn leaving_and_joining_a_group_changes_routing_and_is_published() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let t = s.password_token("agent", "agent").await;
    // Only the agent may work: everyone else is away.
    for e in items(&s.get("/employees?$top=500", &sup).await) {
        let name = str_of(&e, "username");
        let presence = if name == "agent" { "Available" } else { "Away" };
        s.admin(
            &format!("/employees/{name}/state"),
            json!({ "presence": presence }),
        )
        .await;
    }
    s.advance(600.0).await;
    let (e, agent_index) = {
        let w = s.state.world.lock().unwrap();
        let e = w.employee_by_key("agent").unwrap();
        let a = w.employees[e].agents[0];
        (e, a)
    };
    let queues = my_queues(&s, &t).await;
    assert!(!queues.is_empty());
    let mut before = Vec::new();
    for q in &queues {
        before.push(s.get(&format!("/queues/{q}/state"), &sup).await);
    }
    let groups = s.get("/employees/me/agentgrouppresence", &t).await;
    let group = items(&groups)
        .into_iter()
        .next()
        .expect("the agent is in a group");
    let gid = str_of(&group, "id");
    let agent_id = str_of(&group["statuses"][0], "id");

    let held = inbox(&s, &t).await;
    // Leave the group, sending back the GET's item as the sample page does.
    let mut events = s.state.events.subscribe();
    let mut leave = json!({
        "id": gid,
        "name": group["name"],
        "reporting": group["reporting"],
        "statuses": group["statuses"],
    });
    for st in leave["statuses"].as_array_mut().unwrap() {
        st["status"] = json!("NotPresent");
    }
    let a = put(
        &s,
        &format!("/employees/me/agentgrouppresence/{gid}"),
        &t,
        leave,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let now = items(&s.get("/employees/me/agentgrouppresence", &t).await);
    let g = now.iter().find(|g| str_of(g, "id") == gid).unwrap();
    assert!(
        g["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .all(|st| str_of(st, "status") == "NotPresent")
    );
    let agent = s.get(&format!("/agents/{agent_id}/state"), &sup).await;
    assert!(
        !agent["presentInAgentGroups"]
            .as_array()
            .unwrap()
            .contains(&json!(gid))
    );
    let changes = drain(&mut events);
    assert!(changes.contains(&Change::EmployeeState(e)), "{changes:?}");
    assert!(
        changes.contains(&Change::AgentState(agent_index)),
        "{changes:?}"
    );
    assert!(
        changes.iter().any(|c| matches!(c, Change::QueueState(_))),
        "{changes:?}"
    );
    // The agent group is the agent's only one: the queues no longer count the agent.
    for (q, b) in queues.iter().zip(&before) {
        let st = s.get(&format!("/queues/{q}/state"), &sup).await;
        assert_eq!(logged_in(&st), logged_in(b) - 1, "{q}");
    }
    // Absent, the agent gets no new work while it piles up (and finishes what it held).
    s.advance(3.0 * 3600.0).await;
    let mine = inbox(&s, &t).await;
    assert!(
        mine.iter().all(|c| held.contains(c)),
        "nothing is routed to an absent agent: {mine:?}"
    );
    let mut waiting = 0;
    for q in &queues {
        waiting += prop(
            &s.get(&format!("/queues/{q}/state"), &sup).await,
            "waitingConversations",
        )
        .as_u64()
        .unwrap();
    }
    assert!(waiting > 0, "work waits for the absent agent");

    // Join again through the collection: the GET's answer sent back with Present.
    let mut all = s.get("/employees/me/agentgrouppresence", &t).await;
    for g in all["_embedded"]["items"].as_array_mut().unwrap() {
        for st in g["statuses"].as_array_mut().unwrap() {
            st["status"] = json!("Present");
        }
    }
    let mut events = s.state.events.subscribe();
    let a = put(&s, "/employees/me/agentgrouppresence", &t, all).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let agent = s.get(&format!("/agents/{agent_id}/state"), &sup).await;
    assert!(
        agent["presentInAgentGroups"]
            .as_array()
            .unwrap()
            .contains(&json!(gid))
    );
    // Present again, it is offered waiting work at once.
    assert_eq!(str_of(&agent, "currentState"), "Ringing", "{agent}");
    let offered: Vec<Value> = items(&s.get("/employees/me/conversations", &t).await)
        .into_iter()
        .filter(|c| str_of(c, "conversationState") == "Offered")
        .collect();
    assert_eq!(offered.len(), 1, "{offered:?}");
    assert!(!held.contains(&str_of(&offered[0], "conversationId")));
    let changes = drain(&mut events);
    assert!(changes.contains(&Change::EmployeeState(e)), "{changes:?}");
    assert!(
        changes.contains(&Change::AgentState(agent_index)),
        "{changes:?}"
    );
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, Change::QueueConversationRemoved { .. })),
        "the routed conversation leaves its queue: {changes:?}"
    );
}

#[tokio::test]
async fn presence_per_media_in_one_group() {
    // An employee in a group serving several media: one status changes, the others stay.
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let (username, gid) = {
        let mut w = s.state.world.lock().unwrap();
        // An employee with agents of two media; their first group is made to serve both.
        let e = (0..w.employees.len())
            .find(|&e| w.employees[e].agents.len() >= 2)
            .expect("an employee on two media");
        let g = w.employees[e].groups[0].0;
        let media: Vec<_> = w.employees[e]
            .agents
            .iter()
            .map(|&a| w.agents[a].media)
            .collect();
        w.agent_groups[g].media = media;
        (
            w.employees[e].username.clone(),
            w.agent_groups[g].id.clone(),
        )
    };
    let t = s.client_token(Some(&username)).await;
    let group = s
        .get(&format!("/employees/me/agentgrouppresence/{gid}"), &t)
        .await;
    let group = items(&group).into_iter().next().expect("the group");
    let statuses = group["statuses"].as_array().unwrap().clone();
    assert_eq!(statuses.len(), 2, "{group}");
    let first = &statuses[0];
    let a = put(
        &s,
        &format!("/employees/me/agentgrouppresence/{gid}"),
        &t,
        json!({ "id": gid, "statuses": [{ "id": first["id"], "type": first["type"], "status": "NotPresent" }] }),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let now = s
        .get(&format!("/employees/me/agentgrouppresence/{gid}"), &t)
        .await;
    let now = items(&now).into_iter().next().unwrap();
    for (old, new) in statuses.iter().zip(now["statuses"].as_array().unwrap()) {
        let want = if old["id"] == first["id"] {
            "NotPresent"
        } else {
            "Present"
        };
        assert_eq!(str_of(new, "status"), want, "{now}");
    }
    // By media type alone, back to present.
    let a = put(
        &s,
        &format!("/employees/me/agentgrouppresence/{gid}"),
        &t,
        json!({ "statuses": [{ "type": first["type"], "status": "Present" }] }),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let now = s
        .get(&format!("/employees/me/agentgrouppresence/{gid}"), &t)
        .await;
    assert!(
        items(&now)[0]["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .all(|st| str_of(st, "status") == "Present")
    );
    let _ = sup;
}

#[tokio::test]
async fn bad_agent_group_presence_is_refused_and_changes_nothing() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let t = s.password_token("agent", "agent").await;
    let all = s.get("/employees/me/agentgrouppresence", &t).await;
    let group = items(&all).into_iter().next().unwrap();
    let gid = str_of(&group, "id");
    let agent_id = str_of(&group["statuses"][0], "id");
    let media = str_of(&group["statuses"][0], "type");
    let other_agent = items(&s.get("/agents/states?$top=500", &sup).await)
        .into_iter()
        .map(|a| str_of(&a, "id"))
        .find(|id| *id != agent_id)
        .unwrap();
    let not_mine = items(&s.get("/agentgroups", &sup).await)
        .into_iter()
        .map(|g| str_of(&g, "id"))
        .find(|id| *id != gid)
        .unwrap();
    let other_media = if media == "Chat" { "Email" } else { "Chat" };
    for (path, body, says) in [
        (
            format!("/employees/me/agentgrouppresence/{gid}"),
            json!({ "statuses": [{ "id": agent_id, "type": media, "status": "Maybe" }] }),
            "$.Statuses[0].Status: 'Maybe' is neither Present nor NotPresent".to_owned(),
        ),
        (
            format!("/employees/me/agentgrouppresence/{gid}"),
            json!({ "statuses": [{ "id": other_agent, "status": "NotPresent" }] }),
            "is not an agent of this employee".to_owned(),
        ),
        (
            format!("/employees/me/agentgrouppresence/{gid}"),
            json!({ "statuses": [{ "id": agent_id, "type": other_media, "status": "NotPresent" }] }),
            format!("is a {media} agent, not {other_media}"),
        ),
        (
            format!("/employees/me/agentgrouppresence/{not_mine}"),
            json!({ "statuses": [{ "type": media, "status": "NotPresent" }] }),
            "not a member of agent group".to_owned(),
        ),
        (
            "/employees/me/agentgrouppresence".to_owned(),
            json!({ "_embedded": { "items": [
                { "id": gid, "statuses": [{ "id": agent_id, "status": "NotPresent" }] },
                { "id": not_mine, "statuses": [{ "type": media, "status": "NotPresent" }] }
            ] } }),
            "not a member of agent group".to_owned(),
        ),
    ] {
        let a = put(&s, &path, &t, body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{path}: {}", a.text);
        assert!(a.text.contains(&says), "{path}: {}", a.text);
    }
    // The refused collection changed nothing, not even its first, valid group.
    assert_eq!(s.get("/employees/me/agentgrouppresence", &t).await, all);
}

#[tokio::test]
async fn voice_presence_entries_carry_the_agent_reporting_number() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let voice: Vec<Value> = items(&s.get("/agents/states?$top=500", &sup).await)
        .into_iter()
        .filter(|a| str_of(a, "mediaType") == "Voice")
        .collect();
    assert!(!voice.is_empty());
    for a in voice.iter().take(5) {
        let st = s
            .get(
                &format!("/employees/{}/state", str_of(a, "employeeRefId")),
                &sup,
            )
            .await;
        let entries = st["presence"]["voice"]
            .as_array()
            .expect("voice is an array");
        assert_eq!(entries.len(), 1, "{st}");
        assert_eq!(entries[0]["reporting"], a["reporting"], "{st}");
        assert!(entries[0]["acdState"].is_string());
    }
}
