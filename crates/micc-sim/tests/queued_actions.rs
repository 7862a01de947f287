//! Conversation actions on queued work, as public code does them (wire-facts.md, "Conversation
//! actions on queued work"): `Pick` on `queues/{id}/conversations/{conversationId}` with
//! `{conversationAction: 'Pick', id: '<conversation id>'}`, then `Accept` as the employee on
//! `employees/me/conversations/{id}`, for every media; `NoReply` and `Junk` close queued email,
//! SMS and open media items; 409 only for a real conflict, saying which.

mod common;

use axum::http::{Method, StatusCode};
use common::{Sim, items, prop, str_of};
use micc_sim::Config;
use micc_sim::events::Event;
use micc_sim::world::Change;
use serde_json::{Value, json};
use std::sync::Arc;

/// A contact center where nobody works, so conversations wait in every queue.
async fn idle_center() -> (Sim, String) {
    let s = Sim::new(Config {
        queues: 16,
        agents: 70,
        ..Config::default()
    });
    let sup = s.password_token("supervisor", "supervisor").await;
    for e in items(&s.get("/employees?$top=500", &sup).await) {
        s.admin(
            &format!("/employees/{}/state", str_of(&e, "username")),
            json!({ "presence": "Away" }),
        )
        .await;
    }
    s.advance(900.0).await;
    (s, sup)
}

fn num(v: &Value, name: &str) -> u64 {
    prop(v, name)
        .as_u64()
        .unwrap_or_else(|| panic!("{name} is not a count in {v}"))
}

async fn waiting_ids(s: &Sim, t: &str, q: &str) -> Vec<String> {
    items(&s.get(&format!("/queues/{q}/conversations"), t).await)
        .iter()
        .map(|c| str_of(c, "conversationId"))
        .collect()
}

/// Someone who can take work of `media` now, and a conversation waiting in one of their
/// queues: (token of that employee, agent id, queue id, conversation id).
struct Work {
    token: String,
    name: String,
    agent: String,
    queue: String,
    conversation: String,
}

/// Finds waiting work of `media` and an idle agent of that media serving its queue,
/// moving the clock on until something waits (arrivals are random).
async fn find_work(s: &Sim, sup: &str, media: &str, skip_agents: &[String]) -> Work {
    for _ in 0..8 {
        let agents = items(&s.get("/agents/states?$top=500", sup).await);
        for a in agents.iter().filter(|a| {
            str_of(a, "mediaType") == media
                && num(a, "currentActive") == 0
                && !skip_agents.contains(&str_of(a, "id"))
        }) {
            let emp = s
                .get(&format!("/employees/{}", str_of(a, "employeeRefId")), sup)
                .await;
            let token = s.client_token(Some(&str_of(&emp, "username"))).await;
            for q in items(&s.get("/employees/me/queues", &token).await) {
                if str_of(&q, "mediaType") != media {
                    continue;
                }
                let q = str_of(&q, "id");
                if let Some(c) = waiting_ids(s, &token, &q).await.into_iter().next() {
                    return Work {
                        token,
                        name: format!("{} {}", str_of(&emp, "firstName"), str_of(&emp, "lastName")),
                        agent: str_of(a, "id"),
                        queue: q,
                        conversation: c,
                    };
                }
            }
        }
        s.advance(600.0).await;
    }
    panic!("no {media} conversation waits for an idle {media} agent");
}

async fn queue_state(s: &Sim, t: &str, q: &str) -> Value {
    s.get(&format!("/queues/{q}/state"), t).await
}

async fn act_on_queue(s: &Sim, t: &str, q: &str, c: &str, action: &str) -> common::Answer {
    s.api(
        Method::PUT,
        &format!("/queues/{q}/conversations/{c}"),
        t,
        Some(json!({ "conversationAction": action, "id": c })),
    )
    .await
}

fn drain(rx: &mut tokio::sync::broadcast::Receiver<Arc<Event>>) -> Vec<Arc<Event>> {
    let mut out = Vec::new();
    loop {
        match rx.try_recv() {
            Ok(e) => out.push(e),
            Err(tokio::sync::broadcast::error::TryRecvError::Lagged(_)) => continue,
            Err(_) => return out,
        }
    }
}

/// Pick, then Accept as the employee: the conversation leaves the queue, rings at the
/// picker, then is connected to them and counts as answered.
async fn pick_and_accept(media: &str, accept: Value) {
    let (s, sup) = idle_center().await;
    let w = find_work(&s, &sup, media, &[]).await;
    let before = queue_state(&s, &sup, &w.queue).await;
    let mut events = s.state.events.subscribe();

    let a = act_on_queue(&s, &w.token, &w.queue, &w.conversation, "Pick").await;
    assert_eq!(a.status, StatusCode::OK, "{media} Pick: {}", a.text);
    let after = queue_state(&s, &sup, &w.queue).await;
    assert_eq!(
        num(&after, "waitingConversations"),
        num(&before, "waitingConversations") - 1,
        "{media}: the picked conversation left the queue"
    );
    assert!(
        !waiting_ids(&s, &sup, &w.queue)
            .await
            .contains(&w.conversation)
    );
    let mine = s
        .get(
            &format!("/employees/me/conversations/{}", w.conversation),
            &w.token,
        )
        .await;
    assert_eq!(str_of(&mine, "conversationState"), "Offered", "{mine}");
    assert_eq!(str_of(&mine, "agentId"), w.agent);
    let agent = s.get(&format!("/agents/{}/state", w.agent), &sup).await;
    assert_eq!(str_of(&agent, "currentState"), "Ringing");
    let removed = drain(&mut events).into_iter().any(|e| {
        matches!(&e.change, Change::QueueConversationRemoved { id, .. } if *id == w.conversation)
    });
    assert!(removed, "{media}: the queue's removal event is published");

    let mut body = accept;
    body["id"] = json!(w.conversation);
    let a = s
        .api(
            Method::PUT,
            &format!("/employees/me/conversations/{}", w.conversation),
            &w.token,
            Some(body),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{media} Accept: {}", a.text);
    let mine = s
        .get(
            &format!("/employees/me/conversations/{}", w.conversation),
            &w.token,
        )
        .await;
    assert_eq!(str_of(&mine, "conversationState"), "ACD", "{mine}");
    let agent = s.get(&format!("/agents/{}/state", w.agent), &sup).await;
    assert_eq!(str_of(&agent, "currentState"), "ACD");
    assert_eq!(num(&agent, "currentActive"), 1);
    let after = queue_state(&s, &sup, &w.queue).await;
    assert_eq!(
        num(&after, "answeredConversationsToday"),
        num(&before, "answeredConversationsToday") + 1,
        "{media}: answered once accepted"
    );
    let changes: Vec<Change> = drain(&mut events)
        .iter()
        .map(|e| e.change.clone())
        .collect();
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, Change::EmployeeConversation { .. })),
        "{media}: the employee's conversation event is published: {changes:?}"
    );
    // A second Accept of one's own connected conversation is not a conflict.
    let again = s
        .api(
            Method::PUT,
            &format!("/employees/me/conversations/{}", w.conversation),
            &w.token,
            Some(json!({ "conversationAction": "Accept", "id": w.conversation })),
        )
        .await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.text);
}

#[tokio::test]
async fn pick_then_accept_voice() {
    pick_and_accept("Voice", json!({ "conversationAction": "Accept" })).await;
}

#[tokio::test]
async fn pick_then_accept_email_with_reply_all() {
    pick_and_accept(
        "Email",
        json!({
            "conversationAction": "Accept",
            "tags": [{ "key": "emailAcceptType", "value": "ReplyAll" }]
        }),
    )
    .await;
}

#[tokio::test]
async fn pick_then_accept_chat() {
    pick_and_accept("Chat", json!({ "conversationAction": "Accept" })).await;
}

#[tokio::test]
async fn pick_then_accept_sms() {
    pick_and_accept("Sms", json!({ "conversationAction": "Accept", "tags": [] })).await;
}

#[tokio::test]
async fn pick_then_accept_open_media() {
    pick_and_accept("OpenMedia", json!({ "conversationAction": "Accept" })).await;
}

/// NoReply or Junk from the queue: the item leaves the queue and the world, the removal
/// is published with the item's last look, and the queue's answered and abandoned counts do
/// not move (it was offered; nobody answered it and the customer did not give up).
async fn close_from_queue(media: &str, action: &str) {
    let (s, sup) = idle_center().await;
    let w = find_work(&s, &sup, media, &[]).await;
    let before = queue_state(&s, &sup, &w.queue).await;
    let mut events = s.state.events.subscribe();
    let a = act_on_queue(&s, &sup, &w.queue, &w.conversation, action).await;
    assert_eq!(a.status, StatusCode::OK, "{media} {action}: {}", a.text);
    let after = queue_state(&s, &sup, &w.queue).await;
    assert_eq!(
        num(&after, "waitingConversations"),
        num(&before, "waitingConversations") - 1
    );
    assert!(
        !waiting_ids(&s, &sup, &w.queue)
            .await
            .contains(&w.conversation)
    );
    for counter in [
        "offeredConversationsToday",
        "answeredConversationsToday",
        "abandonedConversationsToday",
    ] {
        assert_eq!(
            num(&after, counter),
            num(&before, counter),
            "{media} {action}: {counter}"
        );
    }
    let gone = s
        .api(
            Method::GET,
            &format!("/conversations/{}", w.conversation),
            &sup,
            None,
        )
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND, "{}", gone.text);
    let events = drain(&mut events);
    let removal = events
        .iter()
        .find(|e| {
            matches!(&e.change, Change::QueueConversationRemoved { id, .. } if *id == w.conversation)
        })
        .unwrap_or_else(|| panic!("{media} {action}: no removal event"));
    assert_eq!(removal.payload["ConversationState"], "Ended");
    assert_eq!(removal.payload["LastAgentAction"], action);
    assert!(
        events
            .iter()
            .any(|e| matches!(e.change, Change::QueueState(_))),
        "the queue's new state is published"
    );
    // The same action again: the item is gone, and the answer says so.
    let again = act_on_queue(&s, &sup, &w.queue, &w.conversation, action).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.text);
    assert!(again.text.contains("already ended"), "{}", again.text);
}

#[tokio::test]
async fn no_reply_closes_a_queued_email() {
    close_from_queue("Email", "NoReply").await;
}

#[tokio::test]
async fn junk_closes_a_queued_email() {
    close_from_queue("Email", "Junk").await;
}

#[tokio::test]
async fn no_reply_closes_a_queued_sms() {
    close_from_queue("Sms", "NoReply").await;
}

#[tokio::test]
async fn junk_closes_a_queued_sms() {
    close_from_queue("Sms", "Junk").await;
}

#[tokio::test]
async fn no_reply_closes_a_queued_open_media_item() {
    close_from_queue("OpenMedia", "NoReply").await;
}

#[tokio::test]
async fn junk_closes_a_queued_open_media_item() {
    close_from_queue("OpenMedia", "Junk").await;
}

#[tokio::test]
async fn no_reply_does_not_apply_to_voice() {
    let (s, sup) = idle_center().await;
    let w = find_work(&s, &sup, "Voice", &[]).await;
    let a = act_on_queue(&s, &sup, &w.queue, &w.conversation, "NoReply").await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    assert!(a.text.contains("email, SMS and open media"), "{}", a.text);
    assert!(
        waiting_ids(&s, &sup, &w.queue)
            .await
            .contains(&w.conversation)
    );
}

#[tokio::test]
async fn a_second_pick_is_a_conflict_that_names_the_picker() {
    let (s, sup) = idle_center().await;
    let first = find_work(&s, &sup, "Email", &[]).await;
    let a = act_on_queue(&s, &first.token, &first.queue, &first.conversation, "Pick").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);

    // Someone else serving the same queue tries to pick it too.
    let agents = items(&s.get("/agents/states?$top=500", &sup).await);
    let mut other = None;
    for a in agents
        .iter()
        .filter(|a| str_of(a, "mediaType") == "Email" && str_of(a, "id") != first.agent)
    {
        let emp = s
            .get(&format!("/employees/{}", str_of(a, "employeeRefId")), &sup)
            .await;
        let token = s.client_token(Some(&str_of(&emp, "username"))).await;
        let serves = items(&s.get("/employees/me/queues", &token).await)
            .iter()
            .any(|q| str_of(q, "id") == first.queue);
        if serves {
            other = Some(token);
            break;
        }
    }
    let other = other.expect("a second email agent serves the queue");
    let second = act_on_queue(&s, &other, &first.queue, &first.conversation, "Pick").await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{}", second.text);
    assert!(
        second.text.contains("already offered to") && second.text.contains(&first.name),
        "the conflict says who has it: {}",
        second.text
    );
    // Nor can the other accept it.
    let accept = s
        .api(
            Method::PUT,
            &format!("/employees/me/conversations/{}", first.conversation),
            &other,
            Some(json!({ "conversationAction": "Accept", "id": first.conversation })),
        )
        .await;
    assert_eq!(accept.status, StatusCode::CONFLICT, "{}", accept.text);
    assert!(accept.text.contains(&first.name), "{}", accept.text);
    // The picker still can.
    let accept = s
        .api(
            Method::PUT,
            &format!("/employees/me/conversations/{}", first.conversation),
            &first.token,
            Some(json!({ "conversationAction": "Accept", "id": first.conversation })),
        )
        .await;
    assert_eq!(accept.status, StatusCode::OK, "{}", accept.text);
}

#[tokio::test]
async fn accepting_work_nobody_picked_says_to_pick_it_first() {
    let (s, sup) = idle_center().await;
    let w = find_work(&s, &sup, "Chat", &[]).await;
    let a = s
        .api(
            Method::PUT,
            &format!("/employees/me/conversations/{}", w.conversation),
            &w.token,
            Some(json!({ "conversationAction": "Accept", "id": w.conversation })),
        )
        .await;
    assert_eq!(a.status, StatusCode::CONFLICT, "{}", a.text);
    assert!(a.text.contains("pick it first"), "{}", a.text);
}

#[tokio::test]
async fn no_reply_from_the_inbox_ends_an_accepted_email() {
    let (s, sup) = idle_center().await;
    let w = find_work(&s, &sup, "Email", &[]).await;
    let before = queue_state(&s, &sup, &w.queue).await;
    let a = act_on_queue(&s, &w.token, &w.queue, &w.conversation, "Pick").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    for action in ["Accept", "NoReply"] {
        let a = s
            .api(
                Method::PUT,
                &format!("/employees/me/conversations/{}", w.conversation),
                &w.token,
                Some(json!({ "conversationAction": action, "id": w.conversation })),
            )
            .await;
        assert_eq!(a.status, StatusCode::OK, "{action}: {}", a.text);
    }
    let inbox = s.get("/employees/me/conversations", &w.token).await;
    assert!(
        !items(&inbox)
            .iter()
            .any(|c| str_of(c, "conversationId") == w.conversation)
    );
    // It was answered (accepted) before it was closed.
    let after = queue_state(&s, &sup, &w.queue).await;
    assert_eq!(
        num(&after, "answeredConversationsToday"),
        num(&before, "answeredConversationsToday") + 1
    );
}
