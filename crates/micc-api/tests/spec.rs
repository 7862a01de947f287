//! Structural checks of spec/openapi.json and spec/signalr.json, and unit tests that show
//! each checker catches the problem it is for (on small broken documents).

mod common;

use common::*;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Integer enums the reference lists without names (see README "Ambiguities").
const UNNAMED_ENUMS: [&str; 3] = [
    "/components/schemas/DirectoryEntryType",
    "/components/schemas/DirectoryEntryModel/properties/VoiceMediaServerType",
    "/components/schemas/OpenMediaUpdateRequestModel/properties/Action",
];

fn both_documents() -> BTreeMap<&'static str, Value> {
    BTreeMap::from([
        ("openapi.json", load_openapi()),
        ("signalr.json", load_signalr()),
    ])
}

fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------- the real documents

#[test]
fn document_is_openapi_3_1_under_the_sdk_base() {
    let doc = load_openapi();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["servers"], json!([{ "url": "/miccsdk/api/v1" }]));
}

#[test]
fn tag_counts_match_the_reference() {
    let doc = load_openapi();
    assert_none(tag_count_problems(&doc, &EXPECTED_TAG_COUNTS));
    assert_eq!(each_op(&doc).len(), 139);
    let tags: Vec<&str> = doc["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = EXPECTED_TAG_COUNTS.iter().map(|(t, _)| *t).collect();
    assert_eq!(tags, expected, "tags are listed in the reference's order");
}

#[test]
fn operation_ids_and_routes_are_unique() {
    assert_none(duplicate_problems(&load_openapi()));
}

#[test]
fn every_ref_resolves_in_both_documents() {
    let docs = both_documents();
    assert_none(dangling_refs(&docs));
    // signalr.json really points into openapi.json
    let mut refs = Vec::new();
    collect_refs(&docs["signalr.json"], &mut refs);
    assert!(
        refs.iter()
            .all(|r| r.starts_with("openapi.json#/components/schemas/"))
    );
    // One per event that carries models: the three state events and the two conversation
    // events (arrays of models); the two removals carry conversation ids (wire-facts).
    assert_eq!(refs.len(), 5, "{refs:?}");
}

#[test]
fn path_templates_and_path_parameters_agree() {
    assert_none(path_param_problems(&load_openapi()));
}

#[test]
fn integer_enums_have_names() {
    assert_none(enum_problems(&load_openapi(), &UNNAMED_ENUMS));
}

#[test]
fn named_enums_are_complete() {
    let doc = load_openapi();
    let s = &doc["components"]["schemas"];
    let names = |n: &str| s[n]["x-enum-names"].as_array().unwrap().len();
    assert_eq!(names("ConversationActionType"), 42);
    assert_eq!(
        s["ConversationActionType"]["x-enum-names"][41],
        "StopRecord"
    );
    assert_eq!(names("PresenceAvailability"), 6);
    assert_eq!(names("AvailableReason"), 5);
    assert_eq!(names("TransferDestinationType"), 5);
    assert_eq!(names("ConferenceActionType"), 8);
    assert_eq!(names("ConversationTransferType"), 5);
    assert_eq!(names("ConversationRequestType"), 10);
    assert_eq!(names("NodeTypes"), 22, "NodeTypes skips 9 and 20");
    assert_eq!(s["NodeTypes"]["enum"][9], 10);
    assert_eq!(s["NodeTypes"]["x-enum-names"][9], "Motive");
}

#[test]
fn every_operation_has_sources_and_markers() {
    assert_none(source_problems(&load_openapi()));
}

#[test]
fn odata_operations_reference_the_odata_parameters() {
    assert_none(odata_problems(&load_openapi()));
}

#[test]
fn known_paths_are_present_with_their_methods() {
    assert_none(known_path_problems(&load_openapi(), &KNOWN));
}

#[test]
fn collections_name_their_item_schema() {
    assert_none(item_schema_problems(&load_openapi()));
}

#[test]
fn paths_are_lowercase_templates() {
    assert_none(path_style_problems(&load_openapi()));
}

#[test]
fn every_schema_is_used_or_is_an_enum() {
    // Each components/schemas entry is referenced from somewhere (no orphans).
    let doc = load_openapi();
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    collect_refs(&load_signalr(), &mut refs);
    for name in doc["components"]["schemas"].as_object().unwrap().keys() {
        let target = format!("#/components/schemas/{name}");
        assert!(
            refs.iter().any(|r| r.ends_with(&target)),
            "schema {name} is never referenced"
        );
    }
}

#[test]
fn hubs_match_wire_facts() {
    let s = load_signalr();
    assert_eq!(s["transport"]["path"], "/miccsdk/signalr");
    assert_eq!(s["transport"]["protocol"], "1.5");
    assert_eq!(s["transport"]["auth"]["name"], "sessionid");
    let hub = |h: &str, kind: &str| -> Vec<String> {
        let mut v: Vec<String> = s["hubs"][h][kind]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        hub("queueHub", "methods"),
        [
            "addConversationMonitor",
            "addStateMonitor",
            "removeConversationMonitor",
            "removeStateMonitor"
        ]
    );
    assert_eq!(
        hub("queueHub", "events"),
        [
            "queueConversationChanged",
            "queueConversationRemoved",
            "queueStateChanged"
        ]
    );
    assert_eq!(hub("employeeHub", "methods"), ["addSelfMonitor"]);
    assert_eq!(
        hub("employeeHub", "events"),
        [
            "employeeConversationChanged",
            "employeeConversationRemoved",
            "employeeStateChanged"
        ]
    );
    assert!(hub("agentHub", "methods").is_empty());
    assert_eq!(hub("agentHub", "events"), ["onAgentStateChanged"]);
    // wire-facts: the state events carry one model, the conversation events arrays (of
    // models when changed, of conversation id strings when removed).
    let arg = |h: &str, e: &str| s["hubs"][h]["events"][e]["args"][0]["schema"].clone();
    for (h, e, model) in [
        ("queueHub", "queueStateChanged", "QueueState"),
        ("employeeHub", "employeeStateChanged", "EmployeeState"),
        ("agentHub", "onAgentStateChanged", "AgentState"),
    ] {
        assert_eq!(
            arg(h, e)["$ref"],
            format!("openapi.json#/components/schemas/{model}")
        );
    }
    for (h, e) in [
        ("queueHub", "queueConversationChanged"),
        ("employeeHub", "employeeConversationChanged"),
    ] {
        assert_eq!(
            arg(h, e),
            json!({ "type": "array", "items": { "$ref": "openapi.json#/components/schemas/ConversationModel" } })
        );
        assert_eq!(s["hubs"][h]["events"][e]["x-source"], "wire-facts");
    }
    for (h, e) in [
        ("queueHub", "queueConversationRemoved"),
        ("employeeHub", "employeeConversationRemoved"),
    ] {
        assert_eq!(
            arg(h, e),
            json!({ "type": "array", "items": { "type": "string" } })
        );
        assert_eq!(s["hubs"][h]["events"][e]["x-source"], "wire-facts");
    }
}

// ------------------------------------------ the checkers catch what they are for

fn mini() -> Value {
    json!({
        "openapi": "3.1.0",
        "tags": [{ "name": "Queue" }],
        "paths": {
            "/queues": { "get": {
                "operationId": "Queue_GetQueues", "tags": ["Queue"], "summary": "Get queues",
                "parameters": [{ "$ref": "#/components/parameters/ODataExpand" },
                               { "$ref": "#/components/parameters/ODataSelect" }],
                "responses": { "200": { "description": "OK", "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/Queue" } } } } },
                "x-odata": true, "x-experimental": false,
                "x-path-source": "inferred", "x-method-source": "inferred"
            } },
            "/queues/{id}/state": { "get": {
                "operationId": "Queue_GetQueueState", "tags": ["Queue"], "summary": "Get a state",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": { "description": "OK" } },
                "x-odata": false, "x-experimental": false,
                "x-path-source": "known", "x-method-source": "known"
            } }
        },
        "components": {
            "schemas": {
                "Queue": { "type": "object", "properties": { "Kind": { "$ref": "#/components/schemas/Kind" } } },
                "Kind": { "type": "integer", "enum": [0, 1], "x-enum-names": ["Voice", "Email"] }
            },
            "parameters": {
                "ODataExpand": { "name": "$expand", "in": "query", "schema": { "type": "string" } },
                "ODataSelect": { "name": "$select", "in": "query", "schema": { "type": "string" } }
            }
        }
    })
}

const MINI_KNOWN: [(&str, &str); 1] = [("GET", "/queues/{id}/state")];

#[test]
fn mini_document_passes_every_checker() {
    let d = mini();
    assert_none(tag_count_problems(&d, &[("Queue", 2)]));
    assert_none(duplicate_problems(&d));
    assert_none(dangling_refs(&BTreeMap::from([(
        "openapi.json",
        d.clone(),
    )])));
    assert_none(path_param_problems(&d));
    assert_none(enum_problems(&d, &[]));
    assert_none(source_problems(&d));
    assert_none(odata_problems(&d));
    assert_none(known_path_problems(&d, &MINI_KNOWN));
    assert_none(item_schema_problems(&d));
    assert_none(path_style_problems(&d));
}

#[test]
fn checker_catches_wrong_tag_counts() {
    let d = mini();
    assert_eq!(tag_count_problems(&d, &[("Queue", 3)]).len(), 2); // tag and total
    assert!(!tag_count_problems(&d, &[("Agents", 2)]).is_empty());
}

#[test]
fn checker_catches_repeated_ids_and_routes() {
    let mut d = mini();
    d["paths"]["/queues/{id}/state"]["get"]["operationId"] = json!("Queue_GetQueues");
    assert_eq!(duplicate_problems(&d).len(), 1);
    let mut d = mini();
    let op = d["paths"]["/queues/{id}/state"]["get"].clone();
    let mut op2 = op.clone();
    op2["operationId"] = json!("Other");
    op2["parameters"][0]["name"] = json!("queueId");
    d["paths"]["/QUEUES/{queueId}/state"] = json!({ "get": op2 });
    assert_eq!(
        duplicate_problems(&d).len(),
        1,
        "same route under another parameter name"
    );
}

#[test]
fn checker_catches_dangling_refs_within_and_across_files() {
    let mut d = mini();
    d["components"]["schemas"]["Queue"]["properties"]["Kind"]["$ref"] =
        json!("#/components/schemas/Nope");
    let docs = BTreeMap::from([("openapi.json", d)]);
    assert_eq!(dangling_refs(&docs).len(), 1);

    let hubs = json!({ "hubs": { "h": { "events": { "e": { "args": [
        { "name": "x", "schema": { "$ref": "openapi.json#/components/schemas/Queue" } },
        { "name": "y", "schema": { "$ref": "openapi.json#/components/schemas/Missing" } },
        { "name": "z", "schema": { "$ref": "other.json#/a" } }
    ] } } } } });
    let docs = BTreeMap::from([("openapi.json", mini()), ("signalr.json", hubs)]);
    let problems = dangling_refs(&docs);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("Missing")));
    assert!(problems.iter().any(|p| p.contains("unknown document")));
}

#[test]
fn checker_catches_undeclared_and_unused_path_parameters() {
    let mut d = mini();
    d["paths"]["/queues/{id}/state"]["get"]["parameters"][0]["name"] = json!("queueId");
    assert_eq!(
        path_param_problems(&d).len(),
        2,
        "{{id}} undeclared and queueId unused"
    );
    let mut d = mini();
    d["paths"]["/queues/{id}/state"]["get"]["parameters"][0]["required"] = json!(false);
    assert_eq!(path_param_problems(&d).len(), 1);
}

#[test]
fn checker_catches_enums_without_names() {
    let mut d = mini();
    d["components"]["schemas"]["Kind"]
        .as_object_mut()
        .unwrap()
        .remove("x-enum-names");
    assert_eq!(enum_problems(&d, &[]).len(), 1);

    let mut d = mini();
    d["components"]["schemas"]["Kind"]["x-enum-names"] = json!(["Voice"]);
    assert_eq!(enum_problems(&d, &[]).len(), 1, "wrong length");
    d["components"]["schemas"]["Kind"]["x-enum-names"] = json!(["Voice", "Voice"]);
    assert_eq!(enum_problems(&d, &[]).len(), 1, "repeated");
    d["components"]["schemas"]["Kind"]["x-enum-names"] = json!(["Voice", ""]);
    assert_eq!(enum_problems(&d, &[]).len(), 1, "empty");

    // string enums need no names
    let mut d = mini();
    d["components"]["schemas"]["Kind"] = json!({ "type": "string", "enum": ["a", "b"] });
    assert_none(enum_problems(&d, &[]));

    // values without names are only accepted where allowed and flagged
    let mut d = mini();
    d["components"]["schemas"]["Kind"] = json!({ "type": "integer", "x-enum-values": [0, 1] });
    assert_eq!(enum_problems(&d, &[]).len(), 2);
    assert_eq!(enum_problems(&d, &["/components/schemas/Kind"]).len(), 1);
    d["components"]["schemas"]["Kind"]["x-enum-names-unknown"] = json!(true);
    assert_none(enum_problems(&d, &["/components/schemas/Kind"]));
}

#[test]
fn checker_catches_missing_sources() {
    let mut d = mini();
    d["paths"]["/queues"]["get"]
        .as_object_mut()
        .unwrap()
        .remove("x-path-source");
    d["paths"]["/queues"]["get"]["x-method-source"] = json!("guessed");
    assert_eq!(source_problems(&d).len(), 2);
}

#[test]
fn checker_catches_odata_operations_without_odata_parameters() {
    let mut d = mini();
    d["paths"]["/queues"]["get"]["parameters"] =
        json!([{ "$ref": "#/components/parameters/ODataExpand" }]);
    assert_eq!(odata_problems(&d).len(), 1, "$select missing");
    let mut d = mini();
    d["paths"]["/queues"]["get"]["parameters"][1] =
        json!({ "name": "$select", "in": "query", "schema": { "type": "string" } });
    assert_eq!(
        odata_problems(&d).len(),
        2,
        "inline, so not a $ref and missing"
    );
    let mut d = mini();
    d["paths"]["/queues"]["get"]["x-odata"] = json!(false);
    assert_eq!(
        odata_problems(&d).len(),
        2,
        "declared on a non-OData operation"
    );
    // a collection needs all eight
    let mut d = mini();
    d["paths"]["/queues"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = json!({
        "allOf": [{ "$ref": "#/components/schemas/HalCollection" }]
    });
    assert_eq!(odata_problems(&d).len(), 6);
}

#[test]
fn checker_catches_missing_or_mislabelled_known_paths() {
    let d = mini();
    assert_eq!(
        known_path_problems(
            &d,
            &[("GET", "/queues/{id}/state"), ("PUT", "/queues/{id}/state")]
        )
        .len(),
        1,
        "PUT is missing"
    );
    let mut d = mini();
    d["paths"]["/queues"]["get"]["x-path-source"] = json!("known");
    assert_eq!(known_path_problems(&d, &MINI_KNOWN).len(), 1);
    let mut d = mini();
    d["paths"]["/queues/{id}/state"]["get"]["x-method-source"] = json!("inferred");
    assert_eq!(known_path_problems(&d, &MINI_KNOWN).len(), 1);
}

#[test]
fn checker_catches_collections_without_item_schema() {
    let mut d = mini();
    d["paths"]["/queues"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = json!({
        "allOf": [
            { "$ref": "#/components/schemas/HalCollection" },
            { "properties": { "_embedded": { "properties": { "items": { "items": { "$ref": "#/components/schemas/Queue" } } } } } }
        ]
    });
    assert_eq!(item_schema_problems(&d).len(), 1, "x-item-schema missing");
    d["paths"]["/queues"]["get"]["x-item-schema"] = json!("Other");
    assert_eq!(item_schema_problems(&d).len(), 1, "x-item-schema differs");
    d["paths"]["/queues"]["get"]["x-item-schema"] = json!("Queue");
    assert_none(item_schema_problems(&d));
}

#[test]
fn checker_catches_non_lowercase_paths() {
    let mut d = mini();
    let item = d["paths"]["/queues"].clone();
    d["paths"]["/Queues/Extra"] = item;
    assert_eq!(path_style_problems(&d).len(), 1);
}

#[test]
fn models_keep_every_sample_property_as_spelled() {
    // Property counts of the reference's response samples.
    let doc = load_openapi();
    let s = &doc["components"]["schemas"];
    let props = |n: &str| s[n]["properties"].as_object().unwrap().len();
    for (model, count) in [
        ("CaseModel", 40),
        ("ConversationModel", 83),
        ("QueueState", 66),
        ("AgentState", 47),
        ("EmployeeState", 18),
        ("EmployeeModel", 34),
        ("QueueModel", 16),
        ("OpenMediaConversationModel", 14),
        ("ConversationUpdateModel", 15),
        ("DirectoryEntryModel", 19),
    ] {
        assert_eq!(props(model), count, "{model}");
    }
    assert!(s["AgentModel"]["properties"].get("Photourl").is_some());
    assert!(
        s["EmployeeGreetingsModel"]["properties"]
            .get("isDefault")
            .is_some()
    );
    assert!(s["QueueModel"]["properties"].get("id").is_some());
    assert!(s["QueueModel"]["properties"].get("Id").is_none());
    assert_eq!(
        s["QueueState"]["properties"]["WaitingConversations"]["type"],
        "integer"
    );
    assert_eq!(
        s["QueueState"]["properties"]["LongestWaitingConversationDuration"]["x-dotnet-timespan"],
        true
    );
    assert_eq!(
        s["OpenMediaRequestModel"]["required"],
        json!(["TargetUriEmbedded"])
    );
}
