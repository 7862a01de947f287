//! The Employee group: employees, their state, presence in agent groups, inbox.

use serde_json::{Map, Value, json};

use super::Handler;
use super::call::*;
use super::conversation_ops::{apply_updates, conversation_in};
use super::lookup::*;
use super::visibility::*;
use crate::AppState;
use crate::world::{Media, Presence, World};

pub fn handler(op: &str) -> Option<Handler> {
    Some(match op {
        "Employee_GetEmployees" => get_employees,
        "Employee_UpdateEmployeeStates" => update_employee_states,
        "Employee_GetEmployee" => get_employee,
        "Employee_UploadProfilePicture" => upload_profile_picture,
        "Employee_GetEmployeeAgentGroups" => get_employee_agent_groups,
        "Employee_GetEmployeeQueues" => get_employee_queues,
        "Employee_GetEmployeeExtensions" => get_employee_extensions,
        "Employee_GetEmployeeState" => get_employee_state,
        "Employee_UpdateEmployeeState" => update_employee_state,
        "Employee_GetAgentGroupPresence" => get_agent_group_presence,
        "Employee_UpdateAgentGroupPresence" => update_agent_group_presence,
        "Employee_GetAgentGroupPresenceForGroup" => get_agent_group_presence_for_group,
        "Employee_UpdateAgentGroupPresenceForGroup" => update_agent_group_presence_for_group,
        "Employee_GetBusyReasonCodes" => get_busy_reason_codes,
        "Employee_GetAccountCodes" => get_account_codes,
        "Employee_GetGreetings" => get_greetings,
        "Employee_StartGreetingRecording" => start_greeting_recording,
        "Employee_UpdateGreeting" => update_greeting,
        "Employee_GetConversations" => get_conversations,
        "Employee_UpdateConversations" => update_conversations,
        "Employee_StartConversation" => start_conversation,
        "Employee_GetConversation" => get_conversation,
        "Employee_UpdateConversation" => update_conversation,
        _ => return None,
    })
}

type R = Result<Reply, ApiError>;

fn emp(w: &World, call: &Call) -> Result<usize, ApiError> {
    employee(w, call, call.param("id")?)
}

fn get_employees(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    Ok(Reply::Collection(
        (0..w.employees.len())
            .filter(|&e| can_see_employee(&w, &call.principal, e))
            .filter_map(|e| w.employee_model(e))
            .collect(),
    ))
}

fn get_employee(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let e = emp(&w, call)?;
    let mut model = w
        .employee_model(e)
        .ok_or_else(|| ApiError::NotFound("employee".into()))?;
    // `$expand=state` embeds the employee's state (the reference's own example).
    let expand = call.query("$expand").unwrap_or("");
    if expand
        .split(',')
        .any(|x| x.trim().eq_ignore_ascii_case("state"))
        && let (Some(o), Some(st)) = (model.as_object_mut(), w.employee_state(e))
    {
        o.insert("_embedded".into(), json!({ "state": st }));
    }
    Ok(Reply::Value(model))
}

/// The presence and reason asked for by an `EmployeeStateUpdateModel`.
fn requested_presence(body: &Map<String, Value>) -> Result<(Presence, Option<String>), ApiError> {
    let state = str_field(body, "State")
        .ok_or_else(|| ApiError::BadRequest("$.State is required".into()))?;
    let presence = Presence::parse(state).ok_or_else(|| {
        ApiError::BadRequest(format!(
            "$.State: {state} cannot be set; use Available, Busy, DoNotDisturb, Away or Offline"
        ))
    })?;
    let reason = str_field(body, "Reason").map(str::to_owned);
    Ok((presence, reason))
}

fn set_state(
    w: &mut World,
    call: &Call,
    e: usize,
    body: &Map<String, Value>,
) -> Result<(), ApiError> {
    may_change(call, e)?;
    let (presence, reason) = requested_presence(body)?;
    let reason = w.reason_code(presence, reason.as_deref())?;
    w.set_presence(e, presence, reason)?;
    Ok(())
}

fn update_employee_state(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    let e = emp(&w, call)?;
    set_state(&mut w, call, e, &body)?;
    Ok(text("OK"))
}

fn update_employee_states(state: &AppState, call: &Call) -> R {
    let body = call.body()?;
    let list = body
        .as_array()
        .ok_or_else(|| ApiError::BadRequest("$: expected an array".into()))?;
    let mut w = lock(state)?;
    // The model carries no employee id; the simulator reads the employee from DeviceId
    // (id, username or reporting number).
    for (i, item) in list.iter().enumerate() {
        let obj = item
            .as_object()
            .ok_or_else(|| ApiError::BadRequest(format!("$[{i}]: expected an object")))?;
        let key = str_field(obj, "DeviceId").ok_or_else(|| {
            ApiError::BadRequest(format!("$[{i}].DeviceId must name the employee"))
        })?;
        let e = employee(&w, call, key)?;
        set_state(&mut w, call, e, obj)?;
    }
    Ok(text("OK"))
}

fn upload_profile_picture(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let data = str_field(&body, "Base64String")
        .ok_or_else(|| ApiError::BadRequest("$.Base64String is required".into()))?;
    if !data
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+/=\r\n".contains(&b))
    {
        return Err(ApiError::BadRequest("$.Base64String is not base64".into()));
    }
    let w = lock(state)?;
    let e = emp(&w, call)?;
    may_change(call, e)?;
    Ok(text("Uploaded"))
}

fn get_employee_agent_groups(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let e = emp(&w, call)?;
    let groups: Vec<usize> = w
        .employees
        .get(e)
        .map(|x| x.groups.iter().map(|g| g.0).collect())
        .unwrap_or_default();
    Ok(Reply::Collection(
        groups
            .into_iter()
            .filter_map(|g| w.agent_group_model(g))
            .collect(),
    ))
}

fn get_employee_queues(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let e = emp(&w, call)?;
    let mut qs: Vec<usize> = w
        .employees
        .get(e)
        .map(|x| {
            x.agents
                .iter()
                .flat_map(|&a| w.agent_queues(a).to_vec())
                .collect()
        })
        .unwrap_or_default();
    qs.sort_unstable();
    qs.dedup();
    Ok(Reply::Collection(
        qs.into_iter()
            .filter(|&q| !w.queues[q].deleted)
            .filter_map(|q| w.queue_model(q))
            .collect(),
    ))
}

fn get_employee_extensions(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let e = emp(&w, call)?;
    Ok(Reply::Collection(
        super::catalog_ops::extensions(&w)
            .into_iter()
            .skip(e)
            .take(1)
            .collect(),
    ))
}

fn get_employee_state(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let e = emp(&w, call)?;
    w.employee_state(e)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("employee".into()))
}

fn get_agent_group_presence(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let e = emp(&w, call)?;
    Ok(Reply::Collection(
        w.employee_group_presence(e, None).unwrap_or_default(),
    ))
}

fn get_agent_group_presence_for_group(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let e = emp(&w, call)?;
    let g = agent_group(&w, call.param("groupid")?)?;
    let list = w.employee_group_presence(e, Some(g)).unwrap_or_default();
    if list.is_empty() {
        return Err(ApiError::NotFound(
            "the employee is not a member of that agent group".into(),
        ));
    }
    Ok(Reply::Collection(list))
}

/// A property of a decoded body whatever its casing (the decoder canonicalises the
/// properties the description knows; this also finds those it passes through).
fn field<'a>(obj: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    obj.get(name).or_else(|| {
        obj.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
}

fn text_field<'a>(obj: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    field(obj, name)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// The statuses of one `EmployeeAgentGroupModel` (`at` is its JSON path), as media and
/// presence: each `{id: <agent id>, type: <media>, status: 'Present' | 'NotPresent'}`
/// names the employee's agent by id, by media or both (they must agree). Statuses left
/// out keep their presence.
fn requested_statuses(
    w: &World,
    e: usize,
    at: &str,
    model: &Map<String, Value>,
) -> Result<Vec<(Media, bool)>, ApiError> {
    let statuses = field(model, "Statuses")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            ApiError::BadRequest(format!(
                "{at}.Statuses: expected an array of {{id, type, status}}"
            ))
        })?;
    let mut out = Vec::new();
    for (i, status) in statuses.iter().enumerate() {
        let at = format!("{at}.Statuses[{i}]");
        let obj = status
            .as_object()
            .ok_or_else(|| ApiError::BadRequest(format!("{at}: expected an object")))?;
        let present = match text_field(obj, "Status") {
            Some(s) if s.eq_ignore_ascii_case("Present") => true,
            Some(s) if s.eq_ignore_ascii_case("NotPresent") => false,
            Some(s) => {
                return Err(ApiError::BadRequest(format!(
                    "{at}.Status: '{s}' is neither Present nor NotPresent"
                )));
            }
            None => {
                return Err(ApiError::BadRequest(format!(
                    "{at}.Status is required (Present or NotPresent)"
                )));
            }
        };
        let by_type = match text_field(obj, "Type") {
            Some(t) => Some(Media::parse(t).ok_or_else(|| {
                ApiError::BadRequest(format!(
                    "{at}.Type: '{t}' is not a media (Voice, Email, Chat, Sms, OpenMedia)"
                ))
            })?),
            None => None,
        };
        let by_id = match text_field(obj, "Id") {
            Some(id) => Some(
                w.employees
                    .get(e)
                    .into_iter()
                    .flat_map(|emp| emp.agents.iter())
                    .filter_map(|&a| w.agents.get(a))
                    .find(|a| a.id.eq_ignore_ascii_case(id))
                    .map(|a| a.media)
                    .ok_or_else(|| {
                        ApiError::BadRequest(format!(
                            "{at}.Id: '{id}' is not an agent of this employee"
                        ))
                    })?,
            ),
            None => None,
        };
        let media = match (by_id, by_type) {
            (Some(a), Some(b)) if a != b => {
                return Err(ApiError::BadRequest(format!(
                    "{at}: agent {} is a {} agent, not {}",
                    text_field(obj, "Id").unwrap_or(""),
                    a.name(),
                    b.name()
                )));
            }
            (Some(m), _) | (None, Some(m)) => m,
            (None, None) => {
                return Err(ApiError::BadRequest(format!(
                    "{at}: give the agent's id or the media type"
                )));
            }
        };
        out.push((media, present));
    }
    Ok(out)
}

/// The agent groups of a collection PUT: the HAL collection a GET answers (public code
/// sends it back changed), or a bare array of group models.
fn group_items(body: &Value) -> Result<Vec<Value>, ApiError> {
    match body {
        Value::Object(o) => field(o, "_embedded")
            .and_then(Value::as_object)
            .and_then(|e| field(e, "items"))
            .and_then(Value::as_array)
            .cloned()
            .ok_or_else(|| {
                ApiError::BadRequest(
                    "$._embedded.items: expected the agent groups, as the GET answers them".into(),
                )
            }),
        Value::Array(a) => Ok(a.clone()),
        _ => Err(ApiError::BadRequest(
            "$: expected a collection of agent group presences".into(),
        )),
    }
}

fn update_agent_group_presence(state: &AppState, call: &Call) -> R {
    let items = group_items(&call.body()?)?;
    let mut w = lock(state)?;
    let e = emp(&w, call)?;
    may_change(call, e)?;
    let mut changes = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("$._embedded.items[{i}]");
        let obj = item
            .as_object()
            .ok_or_else(|| ApiError::BadRequest(format!("{at}: expected an object")))?;
        let key = text_field(obj, "Id")
            .or_else(|| text_field(obj, "Name"))
            .ok_or_else(|| {
                ApiError::BadRequest(format!("{at}.Id of the agent group is required"))
            })?;
        let g = agent_group(&w, key)?;
        changes.push((g, requested_statuses(&w, e, &at, obj)?));
    }
    w.set_group_presence(e, &changes)?;
    Ok(text("OK"))
}

fn update_agent_group_presence_for_group(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    let e = emp(&w, call)?;
    may_change(call, e)?;
    // The path names the group; the body's `id` (public code repeats it) is not needed.
    let g = agent_group(&w, call.param("groupid")?)?;
    let statuses = requested_statuses(&w, e, "$", &body)?;
    w.set_group_presence(e, &[(g, statuses)])?;
    Ok(text("OK"))
}

fn get_busy_reason_codes(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    emp(&w, call)?;
    Ok(Reply::Collection(w.catalog.reason_codes.clone()))
}

fn get_account_codes(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    emp(&w, call)?;
    Ok(Reply::Collection(Vec::new()))
}

fn get_greetings(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    emp(&w, call)?;
    Ok(Reply::Value(
        json!({ "isDefault": true, "DefaultGreeting": "", "Greetings": [], "QueueGreetings": [] }),
    ))
}

fn self_only(call: &Call, e: usize) -> Result<(), ApiError> {
    if call.principal.employee() == Some(e) {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "Using \"me\" is always allowed. Third party requests are denied".into(),
        ))
    }
}

fn start_greeting_recording(state: &AppState, call: &Call) -> R {
    call.body_object()?;
    let w = lock(state)?;
    let e = emp(&w, call)?;
    self_only(call, e)?;
    Ok(text("Calling your phone to record the greeting"))
}

fn update_greeting(state: &AppState, call: &Call) -> R {
    call.body_object()?;
    let w = lock(state)?;
    let e = emp(&w, call)?;
    self_only(call, e)?;
    Ok(text("OK"))
}

fn inbox(w: &World, e: usize) -> Vec<u64> {
    w.conversations
        .values()
        .filter(|c| {
            c.agent
                .and_then(|a| w.agents.get(a))
                .is_some_and(|a| a.employee == e)
        })
        .map(|c| c.seq)
        .collect()
}

fn inbox_access(call: &Call, e: usize) -> Result<(), ApiError> {
    if call.principal.employee() == Some(e) || call.principal.sees_all() {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "A supervisor license is required".into(),
        ))
    }
}

fn get_conversations(state: &AppState, call: &Call) -> R {
    call.bool_query("refreshMonitors")?;
    let kind = call.query("type").unwrap_or("").to_ascii_lowercase();
    if !matches!(kind.as_str(), "" | "active" | "drafts" | "failed") {
        return Err(ApiError::BadRequest(format!(
            "type '{kind}' must be active, drafts or failed"
        )));
    }
    let w = lock(state)?;
    let e = emp(&w, call)?;
    inbox_access(call, e)?;
    let seqs = if matches!(kind.as_str(), "" | "active") {
        inbox(&w, e)
    } else {
        Vec::new()
    };
    Ok(Reply::Collection(
        seqs.into_iter().filter_map(|s| w.conversation(s)).collect(),
    ))
}

fn update_conversations(state: &AppState, call: &Call) -> R {
    let updates = call.body()?;
    let mut w = lock(state)?;
    let e = emp(&w, call)?;
    inbox_access(call, e)?;
    apply_updates(&mut w, e, None, &updates)?;
    Ok(text("OK"))
}

fn start_conversation(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    let e = emp(&w, call)?;
    self_only(call, e)?;
    let media = match str_field(&body, "Type") {
        Some("Voice") => Media::Voice,
        Some("Sms") => Media::Sms,
        Some("Email") => Media::Email,
        Some(other) => {
            return Err(ApiError::BadRequest(format!(
                "$.Type: {other} conversations cannot be started here"
            )));
        }
        None => return Err(ApiError::BadRequest("$.Type is required".into())),
    };
    let to = str_field(&body, "To")
        .ok_or_else(|| ApiError::BadRequest("$.To is required".into()))?
        .to_owned();
    let seq = w.start_outbound(e, media, to, str_field(&body, "Subject").map(str::to_owned))?;
    let id = w
        .conversations
        .get(&seq)
        .map(|c| c.id.clone())
        .unwrap_or_default();
    Ok(text(id))
}

fn get_conversation(state: &AppState, call: &Call) -> R {
    // waitTimeMs (a long poll for a conversation about to appear) is checked by the
    // dispatcher and not simulated: the answer comes at once.
    let w = lock(state)?;
    let e = emp(&w, call)?;
    inbox_access(call, e)?;
    let mine = inbox(&w, e);
    let seq = conversation_in(&w, call.param("conversationId")?, |c| mine.contains(&c.seq))?;
    w.conversation(seq)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("conversation".into()))
}

fn update_conversation(state: &AppState, call: &Call) -> R {
    let mut update = call.body_object()?;
    let mut w = lock(state)?;
    let e = emp(&w, call)?;
    inbox_access(call, e)?;
    update.insert("Id".into(), json!(call.param("conversationId")?));
    apply_updates(&mut w, e, None, &Value::Array(vec![Value::Object(update)]))?;
    Ok(text("OK"))
}
