//! Who may see and change what: supervisors and system clients see everything, an agent sees
//! the queues its agent groups serve and the people who share a group with it.

use crate::auth::Principal;
use crate::world::World;

use super::call::{ApiError, Call};

pub const MAY_VIEW: &str =
    "May view real-time information on the devices contained in this list only";
pub const MAY_CHANGE: &str =
    "May change the real-time states of agents and queues in Interactive Contact Center";

/// Writing another employee's state needs supervisor rights (`me` is always allowed).
pub fn may_change(call: &Call, e: usize) -> Result<(), ApiError> {
    if call.principal.employee() == Some(e) || call.principal.sees_all() {
        Ok(())
    } else {
        Err(ApiError::Forbidden(MAY_CHANGE.into()))
    }
}

/// Employees who share an agent group with the principal (and the principal).
pub fn can_see_employee(world: &World, p: &Principal, e: usize) -> bool {
    match p.employee() {
        _ if p.sees_all() => true,
        Some(me) if me == e => true,
        Some(me) => {
            let mine: Vec<usize> = world
                .employees
                .get(me)
                .map(|x| x.groups.iter().map(|g| g.0).collect())
                .unwrap_or_default();
            world
                .employees
                .get(e)
                .is_some_and(|x| x.groups.iter().any(|g| mine.contains(&g.0)))
        }
        None => false,
    }
}

/// Queues the principal may see: all for supervisors and system clients, else the queues
/// their agents serve ("my queues").
pub fn can_see_queue(world: &World, p: &Principal, q: usize) -> bool {
    if p.sees_all() {
        return true;
    }
    let Some(me) = p.employee() else { return false };
    world
        .employees
        .get(me)
        .is_some_and(|e| e.agents.iter().any(|&a| world.agent_queues(a).contains(&q)))
}

pub fn visible_queues(world: &World, p: &Principal) -> Vec<usize> {
    (0..world.queues.len())
        .filter(|&q| !world.queues[q].deleted && can_see_queue(world, p, q))
        .collect()
}
