//! Conversations, open media and history, and the conversation actions shared with the
//! queue and employee groups.

use serde_json::{Map, Value, json};

use super::Handler;
use super::call::*;
use super::visibility::*;
use crate::AppState;
use crate::world::{ConvAction, ConvState, Conversation, Media, World};

pub fn handler(op: &str) -> Option<Handler> {
    Some(match op {
        "Conversations_GetConversations" => get_conversations,
        "Conversations_GetConversation" => get_conversation,
        "Conversations_AddCallDetails" => add_call_details,
        "OpenMedia_GetOpenMediaItems" => get_open_media_items,
        "OpenMedia_CreateOpenMedia" => create_open_media,
        "OpenMedia_GetOpenMedia" => get_open_media,
        "OpenMedia_UpdateOpenMedia" => update_open_media,
        "OpenMedia_GetOpenMediaQueues" => get_open_media_queues,
        "History_GetHistory" => get_history,
        "History_GetHistoryCount" => get_history_count,
        _ => return None,
    })
}

type R = Result<Reply, ApiError>;

/// Finds an active conversation by id that satisfies `scope`.
pub fn conversation_in(
    w: &World,
    id: &str,
    scope: impl Fn(&Conversation) -> bool,
) -> Result<u64, ApiError> {
    w.conversation_by_id(id)
        .filter(|c| scope(c))
        .map(|c| c.seq)
        .ok_or_else(|| ApiError::NotFound(format!("Conversation '{id}' was not found.")))
}

fn can_see_conversation(w: &World, call: &Call, c: &Conversation) -> bool {
    can_see_queue(w, &call.principal, c.queue)
        || c.agent
            .and_then(|a| w.agents.get(a))
            .is_some_and(|a| Some(a.employee) == call.principal.employee())
}

/// Applies a list of canonical `ConversationUpdateModel`s on behalf of employee `by`,
/// optionally only to conversations of queue `scope`. Stops at the first failure.
pub fn apply_updates(
    w: &mut World,
    by: usize,
    scope: Option<usize>,
    updates: &Value,
) -> Result<(), ApiError> {
    let list = updates.as_array().ok_or_else(|| {
        ApiError::BadRequest("$: expected an array of conversation updates".into())
    })?;
    for (i, update) in list.iter().enumerate() {
        let update = update
            .as_object()
            .ok_or_else(|| ApiError::BadRequest(format!("$[{i}]: expected an object")))?;
        let id = str_field(update, "Id")
            .ok_or_else(|| ApiError::BadRequest(format!("$[{i}].Id is required")))?;
        let action = conversation_action(w, update)
            .map_err(|m| ApiError::BadRequest(format!("$[{i}]: {m}")))?;
        let seq = match conversation_in(w, id, |c| scope.is_none_or(|q| c.queue == q)) {
            Ok(seq) => seq,
            // Acting on a conversation that just ended is a conflict, not a typo.
            Err(not_found) => {
                return Err(w
                    .ended_conversation(id)
                    .map_or(not_found, ApiError::Conflict));
            }
        };
        if let Some(action) = action {
            w.conversation_action(seq, by, action)?;
        }
    }
    Ok(())
}

/// Maps a canonical update to a world action; `None` for actions with no effect on the
/// simulation (tags, classification codes, drafts...), which succeed without change.
fn conversation_action(
    w: &World,
    update: &Map<String, Value>,
) -> Result<Option<ConvAction>, String> {
    let name = str_field(update, "ConversationAction").ok_or("ConversationAction is required")?;
    Ok(Some(match name {
        "Accept" | "AutoAnswer" => ConvAction::Accept,
        "Decline" => ConvAction::Decline,
        "NoReply" => ConvAction::NoReply,
        "Junk" => ConvAction::Junk,
        "Pick" => ConvAction::Pick,
        "End" | "Cancel" => ConvAction::End,
        "Hold" => ConvAction::Hold,
        "RemoveHold" => ConvAction::RemoveHold,
        "Transfer" | "EnhancedTransfer" | "CompleteTransfer" => {
            let kind = str_field(update, "TransferDestinationType").unwrap_or("Queue");
            if kind != "Queue" {
                return Err(format!(
                    "transfers to {kind} are not simulated; transfer to a queue"
                ));
            }
            let dest = str_field(update, "TransferDestination")
                .ok_or("TransferDestination is required for a transfer")?;
            let q = w
                .queue_by_key(dest)
                .ok_or_else(|| format!("transfer destination queue '{dest}' was not found"))?;
            ConvAction::TransferToQueue(q)
        }
        "Unknown" => return Err("ConversationAction Unknown is not an action".into()),
        _ => return Ok(None),
    }))
}

fn get_conversations(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let seqs: Vec<u64> = w
        .conversations
        .values()
        .filter(|c| can_see_conversation(&w, call, c))
        .map(|c| c.seq)
        .collect();
    Ok(Reply::Collection(
        seqs.into_iter().filter_map(|s| w.conversation(s)).collect(),
    ))
}

fn get_conversation(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let seq = conversation_in(&w, call.param("id")?, |c| can_see_conversation(&w, call, c))?;
    w.conversation(seq)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("conversation".into()))
}

fn add_call_details(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let pairs: Vec<(String, String)> = body
        .get("Variables")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            ApiError::BadRequest("$.Variables: expected an array of {Key, Value}".into())
        })?
        .iter()
        .enumerate()
        .map(|(i, kv)| {
            let get = |k: &str| {
                kv.as_object()
                    .and_then(|o| o.iter().find(|(name, _)| name.eq_ignore_ascii_case(k)))
                    .and_then(|(_, v)| v.as_str())
            };
            match (get("Key"), get("Value")) {
                (Some(k), Some(v)) if !k.is_empty() => Ok((k.to_owned(), v.to_owned())),
                _ => Err(ApiError::BadRequest(format!(
                    "$.Variables[{i}]: expected {{\"Key\": string, \"Value\": string}}"
                ))),
            }
        })
        .collect::<Result<_, _>>()?;
    let mut w = lock(state)?;
    let seq = conversation_in(&w, call.param("id")?, |c| can_see_conversation(&w, call, c))?;
    w.add_variables(seq, pairs)?;
    let vars: Vec<Value> = w
        .conversations
        .get(&seq)
        .map(|c| {
            c.variables
                .iter()
                .map(|(k, v)| json!({ "Key": k, "Value": v }))
                .collect()
        })
        .unwrap_or_default();
    Ok(Reply::Value(json!({ "Variables": vars })))
}

fn get_open_media_items(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let seqs: Vec<u64> = w
        .conversations
        .values()
        .filter(|c| c.media == Media::OpenMedia && can_see_conversation(&w, call, c))
        .map(|c| c.seq)
        .collect();
    Ok(Reply::Collection(
        seqs.into_iter().filter_map(|s| w.open_media(s)).collect(),
    ))
}

fn create_open_media(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    if body.is_empty() {
        return Err(ApiError::BadRequest(
            "the body must specify at least one argument".into(),
        ));
    }
    let mut w = lock(state)?;
    let q = match str_field(&body, "Queue") {
        Some(key) => w
            .queue_by_key(key)
            .ok_or_else(|| ApiError::NotFound(format!("Queue '{key}' was not found.")))?,
        None => (0..w.queues.len())
            .find(|&q| w.queues[q].media == Media::OpenMedia && !w.queues[q].deleted)
            .ok_or_else(|| ApiError::Conflict("no open media queue is configured".into()))?,
    };
    let field = |k: &str| str_field(&body, k).map(str::to_owned);
    let seq = w.create_open_media(
        q,
        field("Id"),
        field("From"),
        field("To"),
        field("Subject"),
        field("TargetUri"),
    )?;
    if let Some(vars) = body.get("VariableData").and_then(Value::as_object) {
        let pairs = vars
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                )
            })
            .collect();
        w.add_variables(seq, pairs)?;
    }
    w.open_media(seq)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::Conflict("the item was routed away at once".into()))
}

fn open_media_seq(w: &World, id: &str) -> Result<u64, ApiError> {
    conversation_in(w, id, |c| {
        c.media == Media::OpenMedia && c.state != ConvState::Handled
    })
}

fn get_open_media(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let seq = open_media_seq(&w, call.param("id")?)?;
    w.open_media(seq)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("open media".into()))
}

fn update_open_media(state: &AppState, call: &Call) -> R {
    let body = call.body_object()?;
    let mut w = lock(state)?;
    let seq = open_media_seq(&w, call.param("id")?)?;
    match str_field(&body, "Action") {
        Some("Complete") => w.complete_open_media(seq)?,
        Some(other) => {
            return Err(ApiError::Conflict(format!(
                "{other} applies to failed interactions only, and this one has not failed"
            )));
        }
        None => return Err(ApiError::BadRequest("$.Action is required".into())),
    }
    Ok(text("Completed"))
}

fn get_open_media_queues(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    Ok(Reply::Collection(
        visible_queues(&w, &call.principal)
            .into_iter()
            .filter(|&q| w.queues[q].media == Media::OpenMedia)
            .filter_map(|q| w.queue_model(q))
            .collect(),
    ))
}

fn get_history(state: &AppState, call: &Call) -> R {
    call.required_query("$search")?;
    let w = lock(state)?;
    Ok(Reply::Collection(w.history.iter().cloned().collect()))
}

fn get_history_count(state: &AppState, call: &Call) -> R {
    call.bool_query("global")?;
    let w = lock(state)?;
    Ok(Reply::Value(json!(w.history.len())))
}
