//! Queue and Agents groups: queue-now statistics, queue conversations, agents, agent groups.

use serde_json::{Value, json};

use super::Handler;
use super::call::*;
use super::conversation_ops::{apply_updates, conversation_in};
use super::lookup::*;
use super::visibility::*;
use crate::AppState;
use crate::world::{Activity, Media};

pub fn handler(op: &str) -> Option<Handler> {
    Some(match op {
        "Queue_GetQueues" => get_queues,
        "Queue_GetQueueStates" => get_queue_states,
        "Queue_GetQueue" => get_queue,
        "Queue_DeleteQueue" => delete_queue,
        "Queue_GetQueueGroupMembers" => get_queue_group_members,
        "Queue_GetQueueState" => get_queue_state,
        "Queue_GetQueueConversations" => get_queue_conversations,
        "Queue_UpdateQueueConversations" => update_queue_conversations,
        "Queue_GetQueueConversation" => get_queue_conversation,
        "Queue_UpdateQueueConversation" => update_queue_conversation,
        "Queue_GetGroupStates" => get_group_states,
        "Queue_GetGroupState" => get_group_state,
        "Queue_GetGroupConversation" => get_group_conversation,
        "Agent_GetAgents" => get_agents,
        "Agent_GetAgentStates" => get_agent_states,
        "Agent_GetAgent" => get_agent,
        "Agent_GetAgentState" => get_agent_state,
        "Agent_GetAgentGroups" => get_agent_groups,
        "Agent_GetAgentGroup" => get_agent_group,
        "Agent_GetAgentGroupStates" => get_agent_group_states,
        "Agent_GetLicenseInfo" => get_license_info,
        "Agent_GetAgentGroupAgents" => get_agent_group_agents,
        "Agent_GetIntegratedSoftphone" => get_integrated_softphone,
        _ => return None,
    })
}

type R = Result<Reply, ApiError>;

fn get_queues(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    Ok(Reply::Collection(
        visible_queues(&w, &call.principal)
            .into_iter()
            .filter_map(|q| w.queue_model(q))
            .collect(),
    ))
}

fn get_queue_states(state: &AppState, call: &Call) -> R {
    let mut w = lock(state)?;
    let qs = visible_queues(&w, &call.principal);
    Ok(Reply::Collection(
        qs.into_iter().filter_map(|q| w.queue_state(q)).collect(),
    ))
}

fn get_queue(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let q = queue(&w, call, call.param("id")?)?;
    w.queue_model(q)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("queue".into()))
}

fn delete_queue(state: &AppState, call: &Call) -> R {
    let mut w = lock(state)?;
    let q = queue(&w, call, call.param("id")?)?;
    if !matches!(call.principal, crate::auth::Principal::System { .. })
        && !call.principal.sees_all()
    {
        return Err(ApiError::Forbidden(
            "YourSite Explorer, Device Configuration, Full Control".into(),
        ));
    }
    w.delete_queue(q)?;
    Ok(text("Queue deleted"))
}

fn get_queue_group_members(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let g = queue_group(&w, call.param("id")?)?;
    let members = w
        .queue_groups
        .get(g)
        .map(|g| g.members.clone())
        .unwrap_or_default();
    Ok(Reply::Collection(
        members
            .into_iter()
            .filter(|&q| can_see_queue(&w, &call.principal, q))
            .filter_map(|q| w.queue_model(q))
            .collect(),
    ))
}

fn get_queue_state(state: &AppState, call: &Call) -> R {
    let mut w = lock(state)?;
    let q = queue(&w, call, call.param("id")?)?;
    w.queue_state(q)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("queue".into()))
}

fn get_queue_conversations(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let q = queue(&w, call, call.param("id")?)?;
    let seqs: Vec<u64> = w.waiting(q).map(|c| c.seq).collect();
    Ok(Reply::Collection(
        seqs.into_iter().filter_map(|s| w.conversation(s)).collect(),
    ))
}

/// The actor of queue conversation actions: the caller's employee.
fn actor(call: &Call) -> Result<usize, ApiError> {
    call.principal.employee().ok_or_else(|| {
        ApiError::BadRequest("conversation actions need a token issued to a user".into())
    })
}

fn update_queue_conversations(state: &AppState, call: &Call) -> R {
    let updates = call.body()?;
    let mut w = lock(state)?;
    let q = queue(&w, call, call.param("id")?)?;
    let by = actor(call)?;
    apply_updates(&mut w, by, Some(q), &updates)?;
    Ok(text("OK"))
}

fn get_queue_conversation(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let q = queue(&w, call, call.param("id")?)?;
    let seq = conversation_in(&w, call.param("conversationId")?, |c| c.queue == q)?;
    w.conversation(seq)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("conversation".into()))
}

fn update_queue_conversation(state: &AppState, call: &Call) -> R {
    let mut update = call.body_object()?;
    let mut w = lock(state)?;
    let q = queue(&w, call, call.param("id")?)?;
    let by = actor(call)?;
    update.insert("Id".into(), json!(call.param("conversationId")?));
    apply_updates(
        &mut w,
        by,
        Some(q),
        &Value::Array(vec![Value::Object(update)]),
    )?;
    Ok(text("OK"))
}

fn get_group_states(state: &AppState, call: &Call) -> R {
    let mut w = lock(state)?;
    let groups: Vec<usize> = (0..w.queue_groups.len())
        .filter(|&g| {
            w.queue_groups[g]
                .members
                .iter()
                .any(|&q| can_see_queue(&w, &call.principal, q))
        })
        .collect();
    Ok(Reply::Collection(
        groups
            .into_iter()
            .filter_map(|g| w.queue_group_state(g))
            .collect(),
    ))
}

fn get_group_state(state: &AppState, call: &Call) -> R {
    let mut w = lock(state)?;
    let g = queue_group(&w, call.param("id")?)?;
    w.queue_group_state(g)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("queue group".into()))
}

fn get_group_conversation(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let g = queue_group(&w, call.param("qid")?)?;
    let members = w
        .queue_groups
        .get(g)
        .map(|g| g.members.clone())
        .unwrap_or_default();
    let seq = conversation_in(&w, call.param("cid")?, |c| members.contains(&c.queue))?;
    w.conversation(seq)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("conversation".into()))
}

fn visible_agents(w: &crate::world::World, call: &Call) -> Vec<usize> {
    (0..w.agents.len())
        .filter(|&a| can_see_employee(w, &call.principal, w.agents[a].employee))
        .collect()
}

fn get_agents(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    Ok(Reply::Collection(
        visible_agents(&w, call)
            .into_iter()
            .filter_map(|a| w.agent_model(a))
            .collect(),
    ))
}

fn get_agent_states(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    Ok(Reply::Collection(
        visible_agents(&w, call)
            .into_iter()
            .filter_map(|a| w.agent_state(a))
            .collect(),
    ))
}

fn get_agent(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let a = agent(&w, call, call.param("id")?)?;
    w.agent_model(a)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("agent".into()))
}

fn get_agent_state(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let a = agent(&w, call, call.param("id")?)?;
    w.agent_state(a)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("agent".into()))
}

fn get_agent_groups(state: &AppState, _call: &Call) -> R {
    let w = lock(state)?;
    Ok(Reply::Collection(
        (0..w.agent_groups.len())
            .filter_map(|g| w.agent_group_model(g))
            .collect(),
    ))
}

fn get_agent_group(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let g = agent_group(&w, call.param("id")?)?;
    w.agent_group_model(g)
        .map(Reply::Value)
        .ok_or_else(|| ApiError::NotFound("agent group".into()))
}

fn group_agents(w: &crate::world::World, call: &Call, g: usize) -> Vec<usize> {
    let Some(group) = w.agent_groups.get(g) else {
        return Vec::new();
    };
    group
        .members
        .iter()
        .filter(|&&e| can_see_employee(w, &call.principal, e))
        .filter_map(|&e| w.employees.get(e))
        .flat_map(|e| e.agents.iter().copied())
        .filter(|&a| {
            w.agents
                .get(a)
                .is_some_and(|a| group.media.contains(&a.media))
        })
        .collect()
}

fn get_agent_group_states(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let g = agent_group(&w, call.param("id")?)?;
    Ok(Reply::Collection(
        group_agents(&w, call, g)
            .into_iter()
            .filter_map(|a| w.agent_state(a))
            .collect(),
    ))
}

fn get_agent_group_agents(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let g = agent_group(&w, call.param("id")?)?;
    Ok(Reply::Collection(
        group_agents(&w, call, g)
            .into_iter()
            .filter_map(|a| w.agent_model(a))
            .collect(),
    ))
}

fn get_license_info(state: &AppState, _call: &Call) -> R {
    let w = lock(state)?;
    let active = |voice: bool| {
        w.agents
            .iter()
            .filter(|a| (a.media == Media::Voice) == voice && a.activity != Activity::LoggedOut)
            .count()
    };
    Ok(Reply::Value(json!({
        "ActiveVoiceAgents": active(true),
        "MaximumVoiceAgents": w.agents.iter().filter(|a| a.media == Media::Voice).count().max(1) + 10,
        "ActiveMultimediaAgents": active(false),
        "MaximumMultimediaAgents": w.agents.iter().filter(|a| a.media != Media::Voice).count().max(1) + 10,
        "BlockedVoiceAgents": "",
        "BlockedMultimediaAgents": "",
        "BlockedEmployeeCount": 0,
        "IsVoiceLicenseAvailable": true,
        "IsMultimediaLicenseAvailable": true,
        "InVoiceAlarmState": false,
        "InMultimediaAlarmState": false,
        "LastAlarmUpdate": "",
    })))
}

fn get_integrated_softphone(state: &AppState, call: &Call) -> R {
    let w = lock(state)?;
    let a = agent(&w, call, call.param("id")?)?;
    let reporting = w
        .agents
        .get(a)
        .map(|a| a.reporting.clone())
        .unwrap_or_default();
    Ok(Reply::Value(json!({
        "GatewayMediaServerType": "SIP",
        "GatewayMediaServerDomain": "voice.cc.example",
        "GatewayMediaServerPort": "5061",
        "GatewayMediaServerConsumerId": reporting,
        // Secrets are never handed out by the simulator.
        "GatewayMediaServerSharedSecret": Value::Null,
        "IntegratedSoftphonePassword": Value::Null,
        "JwtIssuer": "micc-sim",
    })))
}
