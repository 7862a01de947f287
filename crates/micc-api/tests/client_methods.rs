//! The description names micc-client's methods (`x-client-groups`, `x-client`), so it is the
//! one source of the Rust and JavaScript APIs: every operation has exactly one method, and
//! the loader refuses a document whose names do not fit the operation.

use micc_api::{ArgKind, SpecError, parse_operations};
use serde_json::{Value, json};

fn doc() -> Value {
    micc_api::openapi_document().unwrap()
}

/// The document with the `x-client` of `operation_id` changed by `edit`.
fn with_client(operation_id: &str, edit: impl Fn(&mut Value)) -> Value {
    let mut d = doc();
    let paths = d["paths"].as_object_mut().unwrap();
    let op = paths
        .values_mut()
        .flat_map(|item| item.as_object_mut().unwrap().values_mut())
        .find(|op| op["operationId"] == operation_id)
        .unwrap();
    edit(&mut op["x-client"]);
    d
}

fn refused(d: &Value) -> String {
    match parse_operations(d) {
        Err(SpecError::Invalid { at, reason }) => format!("{at}: {reason}"),
        other => panic!("accepted: {:?}", other.map(|o| o.len())),
    }
}

#[test]
fn every_operation_has_one_method_in_a_declared_group() {
    let ops = micc_api::operations().unwrap();
    let groups = micc_api::client_groups().unwrap();
    let mut names = std::collections::BTreeSet::new();
    for op in &ops {
        let c = op
            .client
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no x-client", op.operation_id));
        assert!(
            c.group.is_empty() || groups.iter().any(|g| g.name == c.group),
            "{}: group {}",
            op.operation_id,
            c.group
        );
        assert!(
            names.insert((c.group.clone(), c.name.clone())),
            "{} twice",
            c.name
        );
    }
    assert_eq!(names.len(), 139);
}

#[test]
fn argument_kinds_come_from_the_parameters() {
    let ops = micc_api::operations().unwrap();
    let find = |id: &str| {
        ops.iter()
            .find(|o| o.operation_id == id)
            .and_then(|o| o.client.clone())
            .unwrap()
    };
    let state = find("Queue_GetQueueState");
    assert_eq!(
        (state.group.as_str(), state.name.as_str()),
        ("queues", "state")
    );
    assert_eq!(state.args[0].kind, ArgKind::Path("id".into()));

    let monitor = find("Diagnostics_AddEmployeeStateMonitor");
    assert!(
        matches!(monitor.args[1].kind, ArgKind::PathBool(_)),
        "{monitor:?}"
    );

    let attachment = find("Email_GetEmailAttachment");
    assert_eq!(attachment.args[1].kind, ArgKind::Query("fileName".into()));

    // The employee group carries the employee's id: its methods do not take it.
    let update = find("Employee_UpdateConversation");
    assert_eq!(update.group, "employee");
    let kinds: Vec<_> = update.args.iter().map(|a| a.kind.clone()).collect();
    assert_eq!(
        kinds,
        [ArgKind::Path("conversationId".into()), ArgKind::Body]
    );
}

#[test]
fn a_method_of_an_undeclared_group_is_refused() {
    let d = with_client("Queue_GetQueueState", |c| c["group"] = json!("queuez"));
    assert!(refused(&d).contains("group `queuez` is not in x-client-groups"));
}

#[test]
fn a_wrong_number_of_argument_names_is_refused() {
    let d = with_client("Queue_GetQueueState", |c| c["args"] = json!([]));
    assert!(refused(&d).contains("names 0 arguments, the operation takes 1"));
    let d = with_client("Queue_GetQueueState", |c| c["args"] = json!(["id", "more"]));
    assert!(refused(&d).contains("names 2 arguments"));
}

#[test]
fn a_name_that_is_not_snake_case_is_refused() {
    let d = with_client("Queue_GetQueueState", |c| c["method"] = json!("getState"));
    assert!(refused(&d).contains("not a snake_case name"));
    let d = with_client("Queue_GetQueueState", |c| c["args"] = json!(["queueId!"]));
    assert!(refused(&d).contains("not a snake_case name"));
}

#[test]
fn two_methods_of_one_name_in_a_group_are_refused() {
    let d = with_client("Queue_GetQueueState", |c| c["method"] = json!("states"));
    assert!(refused(&d).contains("a second method `states` in group `queues`"));
}

#[test]
fn a_bound_group_needs_its_parameter_first() {
    let d = with_client("Email_GetEmailImage", |c| c["group"] = json!("employee"));
    assert!(
        refused(&d).contains("needs the first path parameter `id`"),
        "{}",
        refused(&d)
    );
    let d = with_client("Status_GetStatus", |c| c["group"] = json!("employee"));
    assert!(refused(&d).contains("needs the first path parameter"));
}

#[test]
fn groups_are_checked() {
    let mut d = doc();
    d["x-client-groups"][0]["name"] = json!("Queues");
    assert!(refused(&d).contains("not a new snake_case name"));
    let mut d = doc();
    let employee = d["x-client-groups"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|g| g["name"] == "employee")
        .unwrap();
    employee["of"] = json!("nobody");
    assert!(refused(&d).contains("reached from unknown group `nobody`"));
}

#[test]
fn a_document_without_the_extension_still_loads() {
    let mut d = doc();
    d.as_object_mut().unwrap().remove("x-client-groups");
    for item in d["paths"].as_object_mut().unwrap().values_mut() {
        for op in item.as_object_mut().unwrap().values_mut() {
            if let Some(op) = op.as_object_mut() {
                op.remove("x-client");
            }
        }
    }
    let ops = parse_operations(&d).unwrap();
    assert!(ops.iter().all(|o| o.client.is_none()));
}
