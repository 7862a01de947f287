//! The hub table against micc-api's signalr.json, and typed events decoded from both wire
//! forms with the payload forms public code relies on (wire-facts.md).

use micc_client::models::{ConversationModel, QueueState};
use micc_client::realtime::HubEvent;
use micc_client::realtime::hubs::{EventKind, HUBS, decode_event};
use micc_client::realtime::protocol::ClientCall;
use serde_json::{Value, json};
use std::collections::BTreeSet;

fn lower(names: impl IntoIterator<Item = impl AsRef<str>>) -> BTreeSet<String> {
    names
        .into_iter()
        .map(|n| n.as_ref().to_ascii_lowercase())
        .collect()
}

#[test]
fn the_hub_table_matches_signalr_json() {
    let spec = micc_api::hubs().unwrap();
    assert_eq!(
        lower(spec.iter().map(|h| &h.name)),
        lower(HUBS.iter().map(|h| h.name))
    );
    for hub in &spec {
        let ours = HUBS
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(&hub.name))
            .unwrap();
        assert_eq!(
            lower(hub.methods.iter().map(|m| &m.name)),
            lower(ours.methods.iter()),
            "{}",
            hub.name
        );
        assert_eq!(
            lower(hub.events.iter().map(|e| &e.name)),
            lower(ours.events.iter()),
            "{}",
            hub.name
        );
        for e in &hub.events {
            let kind = EventKind::of(&hub.name, &e.name)
                .unwrap_or_else(|| panic!("{}.{}", hub.name, e.name));
            // The payload's model: a `$ref`, or an array of them; removal events may be
            // described as id strings (wire-facts.md) or as the conversation model.
            let schema = &e.args[0].schema;
            let item = schema.get("items").unwrap_or(schema);
            match item.get("$ref").and_then(Value::as_str) {
                Some(r) => assert!(
                    r.ends_with(&format!("/{}", kind.model())),
                    "{}.{}: {r}",
                    hub.name,
                    e.name
                ),
                None => assert_eq!(
                    item.get("type"),
                    Some(&json!("string")),
                    "{}.{}",
                    hub.name,
                    e.name
                ),
            }
        }
    }
    let t = micc_api::transport().unwrap();
    assert_eq!(t.path, micc_client::realtime::protocol::urls::SIGNALR_PATH);
    assert_eq!(t.protocol, micc_client::realtime::protocol::CLIENT_PROTOCOL);
    assert_eq!(t.auth_query_name, "sessionid");
}

fn call(hub: &str, method: &str, args: Value) -> ClientCall {
    ClientCall {
        hub: hub.into(),
        method: method.into(),
        args: args.as_array().unwrap().clone(),
        state: None,
    }
}

#[test]
fn state_events_decode_in_both_wire_forms() {
    for payload in [
        json!({"id":"q1","name":"Sales","waitingConversations":3,"longestWaitingConversationDuration":"00:01:05"}),
        json!({"Id":"q1","Name":"Sales","WaitingConversations":3,"LongestWaitingConversationDuration":"00:01:05"}),
    ] {
        let e = decode_event(&call("queuehub", "QUEUESTATECHANGED", json!([payload]))).unwrap();
        let HubEvent::QueueStateChanged(q) = e else {
            panic!("{e:?}")
        };
        let q: QueueState = *q;
        assert_eq!(q.id.as_deref(), Some("q1"));
        assert_eq!(q.waiting_conversations, Some(3));
        assert!(q.longest_waiting_conversation_duration.is_some());
    }
    let e = decode_event(&call(
        "employeeHub",
        "employeeStateChanged",
        json!([{"id":"e1","presence":{"aggregate":{"acdState":"Busy"}}}]),
    ))
    .unwrap();
    assert!(matches!(e, HubEvent::EmployeeStateChanged(s) if s.id.as_deref() == Some("e1")));
    let e = decode_event(&call(
        "agentHub",
        "onAgentStateChanged",
        json!([{"Id":"a1","FirstName":"Ann"}]),
    ))
    .unwrap();
    assert!(matches!(e, HubEvent::AgentStateChanged(s) if s.first_name.as_deref() == Some("Ann")));
}

#[test]
fn conversation_events_carry_arrays_and_accept_one_model() {
    let many = json!([[{"conversationId":"c1"},{"ConversationId":"c2"}]]);
    for (hub, method) in [
        ("queueHub", "queueConversationChanged"),
        ("employeeHub", "employeeConversationChanged"),
    ] {
        let ids = |e: HubEvent| -> Vec<String> {
            let list: Vec<ConversationModel> = match e {
                HubEvent::QueueConversationChanged(l)
                | HubEvent::EmployeeConversationChanged(l) => l,
                other => panic!("{other:?}"),
            };
            list.into_iter().filter_map(|c| c.conversation_id).collect()
        };
        assert_eq!(
            ids(decode_event(&call(hub, method, many.clone())).unwrap()),
            ["c1", "c2"]
        );
        assert_eq!(
            ids(decode_event(&call(hub, method, json!([{"conversationId":"c3"}]))).unwrap()),
            ["c3"]
        );
    }
}

#[test]
fn removal_events_carry_id_strings_and_accept_one_or_models() {
    for (hub, method) in [
        ("queueHub", "queueConversationRemoved"),
        ("employeeHub", "employeeConversationRemoved"),
    ] {
        for (args, want) in [
            (json!([["c1", "c2"]]), vec!["c1", "c2"]),
            (json!(["c3"]), vec!["c3"]),
            (json!([[{"conversationId":"c4"}]]), vec!["c4"]),
            (json!([{"ConversationId":"c5"}]), vec!["c5"]),
        ] {
            let ids = match decode_event(&call(hub, method, args.clone())).unwrap() {
                HubEvent::QueueConversationRemoved(ids)
                | HubEvent::EmployeeConversationRemoved(ids) => ids,
                other => panic!("{other:?}"),
            };
            assert_eq!(ids, want, "{method} {args}");
        }
        assert!(decode_event(&call(hub, method, json!([[1]]))).is_err());
        assert!(decode_event(&call(hub, method, json!([[{"other":1}]]))).is_err());
    }
}

#[test]
fn unknown_events_are_kept_and_bad_payloads_are_typed_errors() {
    let e = decode_event(&call("newHub", "somethingNew", json!([1, "two"]))).unwrap();
    assert_eq!(
        e,
        HubEvent::Unknown {
            hub: "newHub".into(),
            method: "somethingNew".into(),
            args: vec![json!(1), json!("two")]
        }
    );
    assert!(matches!(
        decode_event(&call("queueHub", "brandNew", json!([]))),
        Ok(HubEvent::Unknown { .. })
    ));
    let err = decode_event(&call("queueHub", "queueStateChanged", json!([[1, 2]]))).unwrap_err();
    assert_eq!(err.kind, EventKind::QueueStateChanged);
    assert!(decode_event(&call("queueHub", "queueStateChanged", json!([]))).is_err());
    assert!(
        decode_event(&call(
            "queueHub",
            "queueStateChanged",
            json!([{"waitingConversations":"lots"}])
        ))
        .is_err()
    );
}
