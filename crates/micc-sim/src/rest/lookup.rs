//! Path parameters to world indices: an id, a name, a reporting number or `me`, checked
//! against what the caller may see.

use crate::world::World;

use super::call::{ApiError, Call};
use super::visibility::{MAY_VIEW, can_see_employee, can_see_queue};

/// Resolves an employee id path parameter: id, username, reporting or `me`.
pub fn employee(world: &World, call: &Call, key: &str) -> Result<usize, ApiError> {
    if key.eq_ignore_ascii_case("me") {
        return call.principal.employee().ok_or_else(|| {
            ApiError::BadRequest(
                "'me' needs a token issued to a user (password grant or impersonation)".into(),
            )
        });
    }
    let e = world
        .employee_by_key(key)
        .ok_or_else(|| ApiError::NotFound(format!("Employee '{key}' was not found.")))?;
    if !can_see_employee(world, &call.principal, e) {
        return Err(ApiError::Forbidden(MAY_VIEW.into()));
    }
    Ok(e)
}

pub fn queue(world: &World, call: &Call, key: &str) -> Result<usize, ApiError> {
    let q = world
        .queue_by_key(key)
        .filter(|&q| world.queues.get(q).is_some_and(|q| !q.deleted))
        .ok_or_else(|| ApiError::NotFound(format!("Queue '{key}' was not found.")))?;
    if !can_see_queue(world, &call.principal, q) {
        return Err(ApiError::Forbidden(MAY_VIEW.into()));
    }
    Ok(q)
}

pub fn agent(world: &World, call: &Call, key: &str) -> Result<usize, ApiError> {
    let a = if key.eq_ignore_ascii_case("me") {
        let e = employee(world, call, key)?;
        world
            .employees
            .get(e)
            .and_then(|e| e.agents.first().copied())
    } else {
        world.agent_by_key(key)
    }
    .ok_or_else(|| ApiError::NotFound(format!("Agent '{key}' was not found.")))?;
    let e = world.agents.get(a).map_or(usize::MAX, |a| a.employee);
    if !can_see_employee(world, &call.principal, e) {
        return Err(ApiError::Forbidden(MAY_VIEW.into()));
    }
    Ok(a)
}

pub fn agent_group(world: &World, key: &str) -> Result<usize, ApiError> {
    world
        .agent_group_by_key(key)
        .ok_or_else(|| ApiError::NotFound(format!("Agent group '{key}' was not found.")))
}

pub fn queue_group(world: &World, key: &str) -> Result<usize, ApiError> {
    world
        .queue_group_by_key(key)
        .ok_or_else(|| ApiError::NotFound(format!("Queue group '{key}' was not found.")))
}
