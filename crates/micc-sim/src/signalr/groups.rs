//! Monitors are SignalR groups.
//!
//! Every monitor a connection invokes makes it a member of a group, and group messages
//! reach every member whatever hubs its `connectionData` named (a page may create its hub
//! proxies after `start()`). The membership travels to the client in the groups token
//! (`G`), and a `reconnect` rejoins the groups of the token it sends back, and only those:
//! SignalR keeps no membership of its own across transports.
//!
//! Names are `hub.group`, as SignalR writes them into the token (the hub's name, a dot, the
//! group the hub code chose); the group parts here are the simulator's own choice, the
//! Mitel server's are not public.

use super::hubs::HubId;
use crate::world::World;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// `addStateMonitor`: `queueStateChanged` of a queue.
    QueueState(usize),
    /// `addConversationMonitor`: `queueConversationChanged` / `…Removed` of a queue.
    QueueConversations(usize),
    /// `addSelfMonitor`: the employee's state and inbox.
    Employee(usize),
    /// `addSelfMonitor` too: the employee's own `onAgentStateChanged` (agentHub).
    OwnAgent(usize),
}

impl Group {
    pub fn hub(self) -> HubId {
        match self {
            Group::QueueState(_) | Group::QueueConversations(_) => HubId::Queue,
            Group::Employee(_) => HubId::Employee,
            Group::OwnAgent(_) => HubId::Agent,
        }
    }

    fn kind(self) -> &'static str {
        match self {
            Group::QueueState(_) => "QueueState",
            Group::QueueConversations(_) => "QueueConversations",
            Group::Employee(_) => "Employee",
            Group::OwnAgent(_) => "Agent",
        }
    }

    /// The name in the groups token, e.g. `queueHub.QueueState-<queue id>`; `None` when the
    /// queue or employee is unknown.
    pub fn name(self, world: &World) -> Option<String> {
        let id = match self {
            Group::QueueState(q) | Group::QueueConversations(q) => &world.queues.get(q)?.id,
            Group::Employee(e) | Group::OwnAgent(e) => &world.employees.get(e)?.id,
        };
        Some(format!("{}.{}-{id}", self.hub().name(), self.kind()))
    }

    /// The group a token's name stands for (hub and kind case-insensitively, as SignalR
    /// compares hub names); `None` for a name this server does not make.
    pub fn parse(name: &str, world: &World) -> Option<Group> {
        let (hub, rest) = name.split_once('.')?;
        let (kind, id) = rest.split_once('-')?;
        let hub = HubId::resolve(hub)?;
        let queue = || {
            world
                .queues
                .iter()
                .position(|q| q.id.eq_ignore_ascii_case(id))
        };
        let employee = || {
            world
                .employees
                .iter()
                .position(|e| e.id.eq_ignore_ascii_case(id))
        };
        let group = match kind.to_ascii_lowercase().as_str() {
            "queuestate" => Group::QueueState(queue()?),
            "queueconversations" => Group::QueueConversations(queue()?),
            "employee" => Group::Employee(employee()?),
            "agent" => Group::OwnAgent(employee()?),
            _ => return None,
        };
        (group.hub() == hub).then_some(group)
    }
}

/// The token names of `groups`, sorted (the token carries a set).
pub fn names(groups: &[Group], world: &World) -> Vec<String> {
    let mut out: Vec<String> = groups.iter().filter_map(|g| g.name(world)).collect();
    out.sort();
    out.dedup();
    out
}

/// The groups a token's names stand for; unknown names are skipped.
pub fn parse_all(names: &[String], world: &World) -> Vec<Group> {
    let mut out: Vec<Group> = names
        .iter()
        .filter_map(|n| Group::parse(n, world))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::world::WorldConfig;

    #[test]
    fn names_round_trip_through_the_world() {
        let w = World::new(&WorldConfig::default());
        let all = vec![
            Group::QueueState(3),
            Group::QueueConversations(0),
            Group::Employee(7),
            Group::OwnAgent(7),
        ];
        let named = names(&all, &w);
        assert_eq!(named.len(), 4);
        assert!(
            named.contains(&format!("queueHub.QueueState-{}", w.queues[3].id)),
            "{named:?}"
        );
        assert!(named.contains(&format!("agentHub.Agent-{}", w.employees[7].id)));
        let mut back = parse_all(&named, &w);
        back.sort();
        let mut all = all;
        all.sort();
        assert_eq!(back, all);
        // A kind under the wrong hub, unknown ids and junk name nothing.
        let q = &w.queues[0].id;
        for bad in [
            format!("employeeHub.QueueState-{q}"),
            "queueHub.QueueState-nope".to_owned(),
            "nohub.QueueState-x".to_owned(),
            "queueHub".to_owned(),
            String::new(),
        ] {
            assert_eq!(Group::parse(&bad, &w), None, "{bad}");
        }
        assert_eq!(
            Group::parse(&format!("QUEUEHUB.queuestate-{}", q.to_uppercase()), &w),
            Some(Group::QueueState(0))
        );
    }
}
