//! Every operation of the API description, requested against the simulator in both wire
//! forms: its success status, and a body that validates (off-the-shelf JSON Schema
//! validator) against the schema of its response in that form. Fails when the description
//! has an operation the simulator does not serve.

mod common;

use std::collections::{BTreeSet, HashMap};

use axum::http::{Method, StatusCode};
use common::{Sim, items, prop, str_of};
use micc_api::Operation;
use micc_sim::Config;
use micc_sim::wire::{self, WireForm};
use serde_json::{Value, json};

/// Ids the fixtures fill path parameters with, gathered from the running simulator.
struct Ctx {
    ids: HashMap<&'static str, String>,
}

impl Ctx {
    fn id(&self, key: &str) -> String {
        self.ids
            .get(key)
            .cloned()
            .unwrap_or_else(|| panic!("no fixture id for {key}"))
    }
}

fn first_id(v: &Value) -> String {
    let list = items(v);
    let item = list
        .first()
        .unwrap_or_else(|| panic!("empty collection: {v}"));
    let id = prop(item, "id");
    id.as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no id in {item}"))
}

/// Phase of an operation: creations first (later reads need what they create), then reads,
/// then updates, then deletions, the queue deletion last of all.
fn phase(op: &Operation) -> u8 {
    match (op.method, op.operation_id.as_str()) {
        (_, "Queue_DeleteQueue") => 5,
        (
            _,
            "OpenMedia_CreateOpenMedia"
            | "Directory_CreateDirectoryEntry"
            | "GlobalReplyTemplate_CreateGlobalReplyTemplate"
            | "WebHook_RegisterWebhook"
            | "Employee_StartConversation",
        ) => 0,
        (micc_api::Method::Get, _) => 1,
        (micc_api::Method::Delete, _) => 4,
        (
            _,
            "Employee_UpdateConversation"
            | "OpenMedia_UpdateOpenMedia"
            | "Queue_UpdateQueueConversation",
        ) => 3,
        _ => 2,
    }
}

/// The concrete path of `op` with every parameter filled from `ctx`.
fn path_for(op: &Operation, ctx: &Ctx) -> String {
    let segments: Vec<&str> = op.path.split('/').collect();
    let mut out = Vec::new();
    for (i, seg) in segments.iter().enumerate() {
        let Some(name) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) else {
            out.push((*seg).to_owned());
            continue;
        };
        let before = if i > 0 { segments[i - 1] } else { "" };
        let value = match (name, before) {
            ("id", "queues") => ctx.id("queue"),
            ("id", "queuegroups") => ctx.id("queue_group"),
            ("id", "agents") => ctx.id("agent"),
            ("id", "agentgroups") => ctx.id("agent_group"),
            ("id", "employees") | ("id", "signalrconnections") => "me".to_owned(),
            ("id", "dnis") => ctx.id("dnis"),
            ("id", "extensions") => ctx.id("extension"),
            ("id", "sites") => ctx.id("site"),
            ("id", "mediaservers") => ctx.id("media_server"),
            ("id", "mailservers") => ctx.id("mail_server"),
            ("id", "reasoncodes") => ctx.id("reason_code"),
            ("id", "prompts") => ctx.id("prompt"),
            ("id", "variables") => ctx.id("variable"),
            ("id", "warningreasons") => ctx.id("warning_reason"),
            ("id", "globalreplytemplates") => ctx.id("grt"),
            ("id", "directory") => ctx.id("contact"),
            ("id", "openmedia") => ctx.id("open_media"),
            ("id", "conversations") => ctx.id("waiting"),
            ("id", "cases") => ctx.id("case"),
            ("conversationId", "conversations") if op.path.starts_with("/queues") => {
                ctx.id("waiting")
            }
            ("conversationId", "conversations") => ctx.id("outbound"),
            ("conversationId", _) => ctx.id("email"),
            ("groupid", _) => ctx.id("my_agent_group"),
            ("qid", _) => ctx.id("waiting_group"),
            ("cid", _) => ctx.id("waiting"),
            ("monthYearCreated", _) => "112026".to_owned(),
            ("getEmailType", _) => "Preview".to_owned(),
            ("resourceId", _) => "image1".to_owned(),
            ("skipIfContained", _) => "true".to_owned(),
            ("actionName", _) => "update".to_owned(),
            ("fileToDelete", _) => "none".to_owned(),
            ("interactionId", _) => ctx.id("chat"),
            ("tagId", _) => "tag1".to_owned(),
            ("employeeId", _) => ctx.id("me"),
            ("caseId", _) => ctx.id("case"),
            ("callId", _) => "call1".to_owned(),
            ("recordingId", _) => "rec-1-call1".to_owned(),
            ("appname", _) => "Ignite".to_owned(),
            ("profilenameorid", _) => "Default".to_owned(),
            other => panic!(
                "{}: no fixture for path parameter {other:?}",
                op.operation_id
            ),
        };
        out.push(value.replace(' ', "%20"));
    }
    let query = match op.operation_id.as_str() {
        id if id.ends_with("_GetReplyTemplate")
            || id.ends_with("_CheckReplyTemplateFileAccess")
            || id.ends_with("_CheckReplyTemplateDirectoryAccess") =>
        {
            "?filePath=Greetings%5CHello.txt"
        }
        id if id.ends_with("_GetReplyTemplateContent") || id == "Email_GetEmailAttachment" => {
            "?fileName=Hello.txt"
        }
        "Email_GetReusableEmail" => "?to=someone%40example.com",
        "History_GetHistory" => "?$search='_exists_:agentid'&$top=5",
        _ => "",
    };
    format!("{}{query}", out.join("/"))
}

/// Request bodies, in the given wire form (enums as names in camel, integers in Pascal).
fn body_for(op: &Operation, ctx: &Ctx, form: WireForm) -> Option<Value> {
    let pascal = form == WireForm::Pascal;
    let e = |name: &str, n: i64| if pascal { json!(n) } else { json!(name) };
    let now = "2026-11-01T10:00:00Z";
    let site = ctx.id("site_guid");
    Some(match op.operation_id.as_str() {
        "OpenMedia_CreateOpenMedia" => json!({
            "TargetUri": "https://crm.example/task/42", "TargetUriEmbedded": true, "Id": "om-coverage",
            "Queue": ctx.id("open_media_queue"), "From": "CRM", "Subject": "Call the customer back",
            "VariableData": { "CustomerId": "42" }
        }),
        "OpenMedia_UpdateOpenMedia" => json!({ "Action": e("Complete", 0) }),
        "Directory_CreateDirectoryEntry" | "Directory_UpdateDirectoryEntry" => json!({
            "SiteId": site, "Name": "Coverage Contact", "Email": "cc@example.com", "Phone": "+15550100",
            "Type": e("ElasticContact", 4), "CreatedOn": now, "ModifiedOn": now,
            "VoiceMediaServerType": e("SIP", 23), "IsMediaQueueWorkflowValidated": false
        }),
        "GlobalReplyTemplate_CreateGlobalReplyTemplate"
        | "GlobalReplyTemplate_UpdateGlobalReplyTemplate" => json!({
            "SiteId": site, "CreatedOn": now, "ModifiedOn": now, "CustomerText": "Thanks",
            "Template": "<p>Thanks</p>", "TemplateText": "Thanks", "Media": "Chat", "Tags": "coverage", "Queues": []
        }),
        "WebHook_RegisterWebhook" => json!({
            "id": "6f1c7d9e-1d2b-4c3a-9e8f-0a1b2c3d4e5f", "name": "coverage", "Url": "https://hooks.example/micc", "Token": "hook-secret"
        }),
        "Employee_StartConversation" => json!({ "Type": e("Voice", 4), "To": "+15550199" }),
        "Employee_UpdateEmployeeStates" => json!([{
            "State": e("Busy", 2), "Reason": "Meeting", "AvailableReason": e("Available", 0),
            "IsHotDeskExternal": false, "DeviceId": "agent"
        }]),
        "Employee_UpdateEmployeeState" => json!({
            "State": e("Busy", 2), "Reason": "Lunch", "AvailableReason": e("Available", 0), "IsHotDeskExternal": false
        }),
        "Employee_UploadProfilePicture" => json!({ "Base64String": "aGVsbG8=", "Config": {} }),
        "Employee_UpdateAgentGroupPresence" => json!({
            "count": 1,
            "_embedded": { "items": [{
                "Id": ctx.id("my_agent_group"),
                "Statuses": [{ "Id": ctx.id("my_group_agent"), "Type": ctx.id("my_group_media"), "Status": "Present" }]
            }] }
        }),
        "Employee_UpdateAgentGroupPresenceForGroup" => json!({
            "Id": ctx.id("my_agent_group"),
            "Statuses": [{ "Id": ctx.id("my_group_agent"), "Type": ctx.id("my_group_media"), "Status": "Present" }]
        }),
        "Employee_StartGreetingRecording" => json!({ "RecordingName": "hello", "IsDefault": true }),
        "Employee_UpdateGreeting" => {
            json!({ "isDefault": true, "DefaultGreeting": "", "Greetings": [], "QueueGreetings": [] })
        }
        "Employee_UpdateConversations" => {
            json!([{ "Id": ctx.id("outbound"), "ConversationAction": e("Hold", 6) }])
        }
        "Employee_UpdateConversation" => json!({ "ConversationAction": e("End", 10) }),
        "Queue_UpdateQueueConversations" => {
            json!([{ "Id": ctx.id("waiting"), "ConversationAction": e("Tag", 13) }])
        }
        "Queue_UpdateQueueConversation" => json!({
            "ConversationAction": e("Transfer", 8), "TransferDestinationType": e("Queue", 0),
            "TransferDestination": ctx.id("other_voice_queue")
        }),
        "Conversations_AddCallDetails" => {
            json!({ "Variables": [{ "Key": "OrderNumber", "Value": "A-17" }] })
        }
        "Diagnostics_RunRouterCommand" => json!({ "CommandName": "status", "Value": "" }),
        "Diagnostics_PostProblemReport" => {
            json!({ "Application": "coverage", "Description": "none", "Logs": [] })
        }
        _ if op.request == micc_api::Payload::None => return None,
        other => panic!("{other}: no fixture body"),
    })
}

/// Which token an operation is called with (most as the supervisor, `me` = employee 0).
fn token_for<'a>(op: &Operation, sup: &'a str, sys: &'a str) -> &'a str {
    match op.operation_id.as_str() {
        "WebHook_GetWebhooks" => sys,
        _ => sup,
    }
}

async fn gather(sim: &Sim, sup: &str) -> Ctx {
    let mut ids: HashMap<&'static str, String> = HashMap::new();
    let me = sim.get("/employees/me", sup).await;
    ids.insert("me", str_of(&me, "id"));
    let states = items(&sim.get("/queues/state", sup).await);
    let waiting_in = |media: &str| {
        states
            .iter()
            .filter(|s| {
                prop(s, "mediaType") == &json!(media)
                    || prop(s, "mediaType") == &json!(media_int(media))
            })
            .filter(|s| prop(s, "waitingConversations").as_u64().unwrap_or(0) > 0)
            .map(|s| str_of(s, "id"))
            .collect::<Vec<_>>()
    };
    let voice = waiting_in("Voice");
    let queue = voice
        .first()
        .cloned()
        .expect("a voice queue with waiting conversations");
    let conv = |q: String| async move {
        let list = items(&sim.get(&format!("/queues/{q}/conversations"), sup).await);
        str_of(
            list.first().expect("a waiting conversation"),
            "conversationId",
        )
    };
    ids.insert("waiting", conv(queue.clone()).await);
    ids.insert(
        "email",
        conv(waiting_in("Email").first().cloned().expect("waiting email")).await,
    );
    ids.insert(
        "chat",
        conv(waiting_in("Chat").first().cloned().expect("waiting chat")).await,
    );
    let all_queues = items(&sim.get("/queues", sup).await);
    let other = all_queues
        .iter()
        .filter(|q| str_of(q, "id") != queue)
        .find(|q| prop(q, "mediaType") == &json!("Voice") || prop(q, "mediaType") == &json!(1))
        .map(|q| str_of(q, "name"))
        .expect("a second voice queue");
    ids.insert("other_voice_queue", other);
    let open_media_queue = all_queues
        .iter()
        .find(|q| prop(q, "mediaType") == &json!("OpenMedia") || prop(q, "mediaType") == &json!(5))
        .map(|q| str_of(q, "name"))
        .expect("an open media queue");
    ids.insert("open_media_queue", open_media_queue);
    ids.insert("queue", queue.clone());
    // A queue group holding the queue with the waiting conversation.
    let groups = items(&sim.get("/queuegroups/state", sup).await);
    ids.insert(
        "queue_group",
        str_of(groups.first().expect("queue groups"), "id"),
    );
    for g in &groups {
        let gid = str_of(g, "id");
        let members = items(&sim.get(&format!("/queuegroups/{gid}/members"), sup).await);
        if members.iter().any(|m| str_of(m, "id") == queue) {
            ids.insert("waiting_group", gid);
            break;
        }
    }
    ids.insert("agent", first_id(&sim.get("/agents", sup).await));
    ids.insert("agent_group", first_id(&sim.get("/agentgroups", sup).await));
    let presence = sim.get("/employees/me/agentgrouppresence", sup).await;
    let group = items(&presence)
        .into_iter()
        .next()
        .expect("an agent group of mine");
    ids.insert("my_agent_group", str_of(&group, "id"));
    // One status of it: the agent and its media.
    let status = &prop(&group, "statuses")[0];
    ids.insert("my_group_agent", str_of(status, "id"));
    ids.insert("my_group_media", str_of(status, "type"));
    ids.insert("dnis", first_id(&sim.get("/dnis", sup).await));
    ids.insert("extension", first_id(&sim.get("/extensions", sup).await));
    let site = first_id(&sim.get("/sites", sup).await);
    ids.insert("site_guid", site.clone());
    ids.insert("site", site);
    ids.insert(
        "media_server",
        first_id(&sim.get("/mediaservers", sup).await),
    );
    ids.insert("mail_server", first_id(&sim.get("/mailservers", sup).await));
    ids.insert("reason_code", first_id(&sim.get("/reasoncodes", sup).await));
    ids.insert("prompt", first_id(&sim.get("/prompts", sup).await));
    ids.insert("variable", first_id(&sim.get("/variables", sup).await));
    ids.insert(
        "warning_reason",
        first_id(&sim.get("/warningreasons", sup).await),
    );
    ids.insert("case", first_id(&sim.get("/cases", sup).await));
    Ctx { ids }
}

fn media_int(name: &str) -> i64 {
    ["Unknown", "Voice", "Email", "Chat", "Sms", "OpenMedia"]
        .iter()
        .position(|m| *m == name)
        .unwrap_or(0) as i64
}

/// Ids that only exist once the creation phase ran.
fn learn(ctx: &mut Ctx, op: &Operation, body: &Value) {
    match op.operation_id.as_str() {
        "OpenMedia_CreateOpenMedia" => {
            ctx.ids.insert("open_media", str_of(body, "id"));
        }
        "Directory_CreateDirectoryEntry" | "GlobalReplyTemplate_CreateGlobalReplyTemplate" => {
            let key = if op.tag == "Directory" {
                "contact"
            } else {
                "grt"
            };
            ctx.ids.insert(key, str_of(body, "id"));
        }
        "Employee_StartConversation" => {
            ctx.ids.insert(
                "outbound",
                body.as_str().expect("the new conversation's id").to_owned(),
            );
        }
        _ => {}
    }
}

async fn every_operation(form: WireForm) {
    let sim = Sim::new(Config {
        wire: form,
        arrival_scale: 3.0,
        ..Config::default()
    });
    let sup = sim.password_token("supervisor", "supervisor").await;
    let sys = sim.client_token(None).await;
    // Nobody works, so conversations wait in every queue.
    let all = items(&sim.get("/employees?$top=500", &sup).await);
    for e in &all {
        let name = str_of(e, "username");
        sim.admin(
            &format!("/employees/{name}/state"),
            json!({ "presence": "Busy", "reason": "Meeting" }),
        )
        .await;
    }
    sim.advance(20.0 * 60.0).await;
    let mut ctx = gather(&sim, &sup).await;

    let schema_doc = wire::wire_schema(form);
    let mut ops: Vec<&Operation> = micc_sim::rest::operations().iter().collect();
    assert_eq!(ops.len(), 139);
    ops.sort_by_key(|op| (phase(op), op.operation_id.clone()));
    let mut served = BTreeSet::new();
    let mut failures = Vec::new();
    for op in ops {
        let path = path_for(op, &ctx);
        let body = body_for(op, &ctx, form);
        let method = Method::from_bytes(op.method.as_str().as_bytes()).unwrap();
        let answer = sim
            .api(method, &path, token_for(op, &sup, &sys), body)
            .await;
        let expected = StatusCode::from_u16(op.success_status).unwrap();
        if answer.status != expected {
            failures.push(format!(
                "{} {} {path}: {} {}",
                op.operation_id, op.method, answer.status, answer.text
            ));
            continue;
        }
        let value: Value = match serde_json::from_str(&answer.text) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{}: body is not JSON ({e})", op.operation_id));
                continue;
            }
        };
        let mut schema = wire::response_schema_for(&op.operation_id)
            .unwrap_or_else(|| panic!("{} has no schema", op.operation_id));
        if let (Some(s), Some(defs)) = (schema.as_object_mut(), schema_doc.get("$defs")) {
            s.insert("$defs".into(), defs.clone());
        }
        match jsonschema::validator_for(&schema) {
            Ok(validator) => {
                let errors: Vec<String> = validator
                    .iter_errors(&value)
                    .take(5)
                    .map(|e| format!("{} at {}", e, e.instance_path()))
                    .collect();
                if !errors.is_empty() {
                    failures.push(format!(
                        "{}: body does not match its schema: {errors:?}",
                        op.operation_id
                    ));
                    continue;
                }
            }
            Err(e) => failures.push(format!("{}: schema does not compile: {e}", op.operation_id)),
        }
        learn(&mut ctx, op, &value);
        served.insert(op.operation_id.clone());
    }
    assert!(
        failures.is_empty(),
        "{} operations failed in {form:?} form:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let all: BTreeSet<String> = micc_api::operations()
        .unwrap()
        .into_iter()
        .map(|o| o.operation_id)
        .collect();
    assert_eq!(
        served, all,
        "operations of the description the simulator does not serve"
    );
}

#[tokio::test]
async fn every_operation_answers_with_a_valid_body_in_camel_form() {
    every_operation(WireForm::Camel).await;
}

#[tokio::test]
async fn every_operation_answers_with_a_valid_body_in_pascal_form() {
    every_operation(WireForm::Pascal).await;
}

#[test]
fn every_operation_has_a_handler() {
    let missing: Vec<String> = micc_sim::rest::operations()
        .iter()
        .filter(|op| micc_sim::rest::handler_for(&op.operation_id).is_none())
        .map(|op| op.operation_id.clone())
        .collect();
    assert!(missing.is_empty(), "no handler for {missing:?}");
    assert_eq!(micc_sim::rest::operations().len(), 139);
}
