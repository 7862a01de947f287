//! The operation table and hub description that other crates iterate.

use micc_api::{Method, Payload, Source, hubs, operations, parse_operations, route, transport};
use serde_json::json;
use std::collections::BTreeSet;

#[test]
fn table_has_every_operation_in_reference_order() {
    let ops = operations().unwrap();
    assert_eq!(ops.len(), 139);
    let order: Vec<u32> = ops.iter().map(|o| o.reference_order.unwrap()).collect();
    assert_eq!(order, (0..139).collect::<Vec<u32>>());
    let ids: BTreeSet<&str> = ops.iter().map(|o| o.operation_id.as_str()).collect();
    assert_eq!(ids.len(), 139);
    for op in &ops {
        assert!(
            op.operation_id
                .starts_with(&format!("{}_", prefix(&op.tag))),
            "{} does not follow Tag_Action",
            op.operation_id
        );
        assert!(!op.summary.is_empty());
        assert!(matches!(op.success_status, 200 | 201));
    }
}

/// The reference names the Agents group's operations `Agent_...`.
fn prefix(tag: &str) -> &str {
    if tag == "Agents" { "Agent" } else { tag }
}

#[test]
fn reference_operation_names_are_kept() {
    let ops = operations().unwrap();
    for id in [
        "Chat_GetReplyTemplatesBaseDirectory",
        "Chat_GetReplyTemplate",
        "Email_GetReplyTemplatesBaseDirectory",
        "Email_GetReplyTemplate",
        "GlobalReplyTemplate_GetGlobalReplyTemplateTags",
        "Diagnostics_GetSignalRConnectionsById",
        "History_GetHistoryCount",
        "Agent_GetAgentGroups",
        "Queue_GetGroupStates",
    ] {
        assert!(ops.iter().any(|o| o.operation_id == id), "{id}");
    }
}

#[test]
fn every_operation_routes_to_itself() {
    let ops = operations().unwrap();
    for op in &ops {
        let concrete: String = op
            .path
            .split('/')
            .map(|s| if s.starts_with('{') { "x1" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        let found = route(&ops, op.method, &concrete).map(|o| o.operation_id.as_str());
        assert_eq!(
            found,
            Some(op.operation_id.as_str()),
            "{} {}",
            op.method,
            concrete
        );
    }
    // literal segments win over parameters, and literals match case-insensitively
    let r = |m, p| route(&ops, m, p).map(|o| o.operation_id.clone());
    assert_eq!(
        r(Method::Get, "/queues/state").as_deref(),
        Some("Queue_GetQueueStates")
    );
    assert_eq!(
        r(Method::Get, "/Queues/Q1/State").as_deref(),
        Some("Queue_GetQueueState")
    );
    assert_eq!(
        r(Method::Get, "/queues/Q1").as_deref(),
        Some("Queue_GetQueue")
    );
    assert_eq!(r(Method::Patch, "/queues/Q1"), None);
    assert_eq!(r(Method::Get, "/nope"), None);
}

#[test]
fn key_operations_have_the_expected_shape() {
    let ops = operations().unwrap();
    let get = |id: &str| ops.iter().find(|o| o.operation_id == id).unwrap();

    let q = get("Queue_GetQueueState");
    assert_eq!(
        (q.method, q.path.as_str()),
        (Method::Get, "/queues/{id}/state")
    );
    assert_eq!(
        (q.path_source, q.method_source),
        (Source::Known, Source::Known)
    );
    assert_eq!(q.response, Payload::Model("QueueState".into()));
    assert_eq!(q.path_params, ["id"]);
    assert!(!q.is_collection);

    let qs = get("Queue_GetQueueStates");
    assert!(qs.is_collection && qs.odata);
    assert_eq!(qs.response_schema.as_deref(), Some("QueueState"));
    let odata: Vec<&str> = qs
        .query_params
        .iter()
        .filter(|p| p.odata)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        odata,
        [
            "$filter", "$orderby", "$top", "$skip", "$expand", "$select", "$search", "$count"
        ]
    );

    let om = get("OpenMedia_CreateOpenMedia");
    assert_eq!(om.success_status, 201);
    assert_eq!(om.request_schema.as_deref(), Some("OpenMediaRequestModel"));

    let cases = get("Cases_GetCases");
    let offset = cases
        .query_params
        .iter()
        .find(|p| p.name == "offset")
        .unwrap();
    assert_eq!(offset.schema_type.as_deref(), Some("integer"));
    assert_eq!(offset.format.as_deref(), Some("int32"));
    assert_eq!(offset.default, Some(json!(-2147483648i64)));
    assert!(!offset.required);
    let site = cases
        .query_params
        .iter()
        .find(|p| p.name == "siteId")
        .unwrap();
    assert_eq!(site.format.as_deref(), Some("uuid"));

    let states = get("Employee_UpdateEmployeeStates");
    assert_eq!(
        states.request,
        Payload::ArrayOf("EmployeeStateUpdateModel".into())
    );
    assert_eq!(
        states.access_control.as_deref(),
        Some(
            "Requires \"May change the real-time states of agents and queues in Interactive Contact Center\""
        )
    );

    let presence = get("Employee_UpdateAgentGroupPresence");
    assert_eq!(
        presence.request,
        Payload::Collection("EmployeeAgentGroupModel".into())
    );

    let history = get("History_GetHistory");
    assert!(history.experimental);
    let search = history
        .query_params
        .iter()
        .find(|p| p.name == "$search")
        .unwrap();
    assert!(search.required, "the reference makes $search mandatory");

    assert!(get("Queue_GetGroupState").experimental);
    assert!(!get("Queue_GetQueueState").experimental);
    assert_eq!(
        get("Status_GetStatus").access_control.as_deref(),
        Some("Any user")
    );
    assert_eq!(get("Cases_GetCases").access_control, None);
    assert_eq!(
        get("Chat_PeekCloudlinkTranscript").response,
        Payload::Inline(json!({ "type": "boolean" }))
    );
}

#[test]
fn known_operations_are_the_wire_facts_table() {
    let ops = operations().unwrap();
    let known: Vec<String> = ops
        .iter()
        .filter(|o| o.method_source == Source::Known)
        .map(|o| format!("{} {}", o.method, o.path))
        .collect();
    assert_eq!(known.len(), 19, "{known:?}");
    for op in &ops {
        if op.method_source == Source::Known {
            assert_eq!(op.path_source, Source::Known, "{}", op.operation_id);
        }
    }
}

#[test]
fn parse_reports_broken_documents_instead_of_panicking() {
    let good = json!({ "paths": { "/x": { "get": {
        "operationId": "X_Get", "tags": ["X"],
        "responses": { "200": { "description": "OK" } },
        "x-odata": false, "x-experimental": false,
        "x-path-source": "inferred", "x-method-source": "inferred"
    } } } });
    let ops = parse_operations(&good).unwrap();
    assert_eq!(ops[0].response, Payload::None);
    assert_eq!(ops[0].reference_order, None);

    for (pointer, value) in [
        ("/paths/~1x/get/operationId", json!(null)),
        ("/paths/~1x/get/x-method-source", json!("maybe")),
        ("/paths/~1x/get/x-odata", json!("yes")),
        ("/paths/~1x/get/responses", json!({ "404": {} })),
        ("/paths/~1x/get/tags", json!([])),
    ] {
        let mut bad = good.clone();
        *bad.pointer_mut(pointer).unwrap() = value;
        assert!(parse_operations(&bad).is_err(), "{pointer}");
    }
    let mut bad = good.clone();
    bad["paths"]["/x"]["get"]["parameters"] = json!([{ "$ref": "#/components/parameters/None" }]);
    assert!(parse_operations(&bad).is_err(), "dangling parameter $ref");
    assert!(parse_operations(&json!({})).is_err());
}

#[test]
fn hubs_and_transport() {
    let hubs = hubs().unwrap();
    // Sorted: the order of a JSON object depends on serde_json's `preserve_order` feature,
    // which another workspace member turns on.
    let mut names: Vec<&str> = hubs.iter().map(|h| h.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["agentHub", "employeeHub", "queueHub"]);
    let queue = hubs.iter().find(|h| h.name == "queueHub").unwrap();
    let changed = queue
        .events
        .iter()
        .find(|e| e.name == "queueStateChanged")
        .unwrap();
    assert_eq!(changed.payload_schema(), Some("QueueState"));
    let add = queue
        .methods
        .iter()
        .find(|m| m.name == "addStateMonitor")
        .unwrap();
    assert_eq!(
        add.args[0].schema,
        json!({ "type": "array", "items": { "type": "string" } })
    );
    let employee = hubs.iter().find(|h| h.name == "employeeHub").unwrap();
    assert!(
        employee
            .methods
            .iter()
            .any(|m| m.name == "addSelfMonitor" && m.args.is_empty())
    );
    let agent = hubs.iter().find(|h| h.name == "agentHub").unwrap();
    assert_eq!(agent.events[0].payload_schema(), Some("AgentState"));

    // every event payload is a model of openapi.json, or an array of models or of ids
    let doc: serde_json::Value = serde_json::from_str(micc_api::OPENAPI_JSON).unwrap();
    for hub in &hubs {
        for e in &hub.events {
            let schema = &e.args[0].schema;
            let model = match e.payload_schema() {
                Some(name) => Some(name.to_owned()),
                None => {
                    assert_eq!(schema["type"], "array", "{}: {schema}", e.name);
                    schema["items"]["$ref"]
                        .as_str()
                        .and_then(|r| r.rsplit_once("/components/schemas/"))
                        .map(|(_, n)| n.to_owned())
                }
            };
            match model {
                Some(name) => assert!(doc["components"]["schemas"].get(&name).is_some(), "{name}"),
                None => assert_eq!(schema["items"]["type"], "string", "{}", e.name),
            }
        }
    }

    let t = transport().unwrap();
    assert_eq!(t.path, "/miccsdk/signalr");
    assert_eq!(t.hub_connection_url, "/miccsdk");
    assert_eq!(t.protocol, "1.5");
    assert_eq!(t.auth_query_name, "sessionid");
    assert_eq!(t.auth_value, "Bearer <access_token>");
    assert_eq!(
        t.transports,
        ["webSockets", "serverSentEvents", "longPolling"]
    );
}
