//! `x-idempotent`: every operation of the description says whether a client may send it
//! again after a failure that may have reached the server, and the markers follow the rule
//! clients rely on (reads and whole-state replacements yes; conversation actions, POSTs
//! and DELETEs no).

use micc_api::{Method, openapi_document, operations, parse_operations};
use serde_json::{Value, json};

/// Operations that replace a resource's whole state with the body: sending the same body
/// twice leaves the same state.
const WHOLE_STATE_REPLACEMENTS: &[&str] = &[
    "GlobalReplyTemplate_UpdateGlobalReplyTemplate",
    "Directory_UpdateDirectoryEntry",
    "Employee_UpdateEmployeeStates",
    "Employee_UpdateEmployeeState",
    "Employee_UpdateAgentGroupPresence",
    "Employee_UpdateAgentGroupPresenceForGroup",
];

#[test]
fn every_operation_carries_the_marker_as_a_boolean() {
    let doc = openapi_document().unwrap();
    let mut seen = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in ["get", "put", "post", "delete", "patch"] {
            let Some(op) = item.get(method) else { continue };
            seen += 1;
            assert!(
                op.get("x-idempotent").is_some_and(Value::is_boolean),
                "{method} {path}: x-idempotent missing or not a boolean"
            );
        }
    }
    assert_eq!(seen, operations().unwrap().len());
}

#[test]
fn the_markers_follow_the_rule() {
    for op in operations().unwrap() {
        let id = op.operation_id.as_str();
        let conversation_action = op.method == Method::Put && op.path.contains("/conversations");
        let expected = match op.method {
            Method::Get => true,
            Method::Post | Method::Delete => false,
            _ if conversation_action => false,
            _ => WHOLE_STATE_REPLACEMENTS.contains(&id),
        };
        assert_eq!(
            op.idempotent, expected,
            "{id} ({:?} {})",
            op.method, op.path
        );
    }
    // The conversation actions of wire-facts.md (Pick, Accept, Send, Transfer, Dtmf) are
    // never repeated by a client on its own.
    for id in [
        "Queue_UpdateQueueConversation",
        "Queue_UpdateQueueConversations",
        "Employee_UpdateConversation",
        "Employee_UpdateConversations",
        "OpenMedia_UpdateOpenMedia",
    ] {
        let op = operations()
            .unwrap()
            .into_iter()
            .find(|o| o.operation_id == id)
            .unwrap();
        assert!(!op.idempotent, "{id}");
    }
}

#[test]
fn the_parser_reads_the_marker_and_refuses_a_wrong_type() {
    let doc = |method: &str, marker: Option<Value>| {
        let mut op = json!({
            "operationId": "X_Do", "tags": ["X"],
            "responses": { "200": { "description": "OK" } },
            "x-odata": false, "x-experimental": false,
            "x-path-source": "inferred", "x-method-source": "inferred"
        });
        if let Some(m) = marker {
            op["x-idempotent"] = m;
        }
        json!({ "paths": { "/x": { method: op } } })
    };
    let idempotent = |d: Value| parse_operations(&d).unwrap()[0].idempotent;
    assert!(idempotent(doc("put", Some(json!(true)))));
    assert!(!idempotent(doc("get", Some(json!(false)))));
    // Without a marker only a read is assumed safe.
    assert!(idempotent(doc("get", None)));
    assert!(!idempotent(doc("put", None)));
    assert!(!idempotent(doc("delete", None)));
    assert!(parse_operations(&doc("put", Some(json!("yes")))).is_err());
}
