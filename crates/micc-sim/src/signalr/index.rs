//! Who receives what: the groups (one per monitor: queue state, queue conversations, an
//! employee, an employee's own agent states) with their member connections, the agentHub
//! members of `connectionData`, and the routing of world changes to hub events.
//!
//! Fan-out looks a change up here once and gets the connections to push one shared,
//! already-encoded message to; nothing is scanned per connection. Generic over the handle
//! it stores so that it is tested without connections.

use std::collections::{BTreeSet, HashMap};

use super::groups::Group;
use super::hubs::{Action, AgentScope, HubId, QueueList};
use crate::world::Change;

/// The hub event a change becomes.
pub fn route(change: &Change) -> Option<(HubId, &'static str)> {
    Some(match change {
        Change::QueueState(_) => (HubId::Queue, "queueStateChanged"),
        Change::QueueConversation { .. } => (HubId::Queue, "queueConversationChanged"),
        Change::QueueConversationRemoved { .. } => (HubId::Queue, "queueConversationRemoved"),
        Change::EmployeeState(_) => (HubId::Employee, "employeeStateChanged"),
        Change::EmployeeConversation { .. } => (HubId::Employee, "employeeConversationChanged"),
        Change::EmployeeConversationRemoved { .. } => {
            (HubId::Employee, "employeeConversationRemoved")
        }
        Change::AgentState(_) => (HubId::Agent, "onAgentStateChanged"),
        Change::Directory(_) | Change::ReplyTemplate(_) => return None,
    })
}

/// The group whose members receive a change (agent states also go to agentHub members).
fn group_of(change: &Change, agent_employee: &[usize]) -> Option<Group> {
    Some(match change {
        Change::QueueState(q) => Group::QueueState(*q),
        Change::QueueConversation { queue, .. }
        | Change::QueueConversationRemoved { queue, .. } => Group::QueueConversations(*queue),
        Change::EmployeeState(e)
        | Change::EmployeeConversation { employee: e, .. }
        | Change::EmployeeConversationRemoved { employee: e, .. } => Group::Employee(*e),
        Change::AgentState(a) => Group::OwnAgent(*agent_employee.get(*a)?),
        Change::Directory(_) | Change::ReplyTemplate(_) => return None,
    })
}

/// One connection's subscriptions (for the admin listing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subscriptions {
    pub groups: BTreeSet<Group>,
    pub queue_state: BTreeSet<usize>,
    pub queue_conversations: BTreeSet<usize>,
    pub employee: Option<usize>,
    pub agent_hub: bool,
}

#[derive(Debug, Clone, Default)]
struct Membership {
    groups: BTreeSet<Group>,
    agent_hub: bool,
}

type Members<T> = HashMap<u64, T>;

pub struct Index<T> {
    groups: HashMap<Group, Members<T>>,
    /// Connections that named agentHub in `connectionData`, with whom they may see.
    agent_hub: HashMap<u64, (T, AgentScope)>,
    per_connection: HashMap<u64, Membership>,
}

impl<T> Default for Index<T> {
    fn default() -> Self {
        Self {
            groups: HashMap::new(),
            agent_hub: HashMap::new(),
            per_connection: HashMap::new(),
        }
    }
}

impl<T: Clone> Index<T> {
    fn join(&mut self, key: u64, handle: &T, group: Group) -> bool {
        let mine = self.per_connection.entry(key).or_default();
        if !mine.groups.insert(group) {
            return false;
        }
        self.groups
            .entry(group)
            .or_default()
            .insert(key, handle.clone());
        true
    }

    fn leave(&mut self, key: u64, group: Group) -> bool {
        let Some(mine) = self.per_connection.get_mut(&key) else {
            return false;
        };
        if !mine.groups.remove(&group) {
            return false;
        }
        if let Some(m) = self.groups.get_mut(&group) {
            m.remove(&key);
            if m.is_empty() {
                self.groups.remove(&group);
            }
        }
        true
    }

    /// Applies a hub method's action; `true` when the connection's groups changed (its
    /// groups token must then be re-issued).
    pub fn apply(&mut self, key: u64, handle: &T, action: &Action) -> bool {
        let mut changed = false;
        match action {
            Action::AddQueues(list, queues) | Action::RemoveQueues(list, queues) => {
                let adding = matches!(action, Action::AddQueues(..));
                for &q in queues {
                    let group = match list {
                        QueueList::State => Group::QueueState(q),
                        QueueList::Conversations => Group::QueueConversations(q),
                    };
                    changed |= if adding {
                        self.join(key, handle, group)
                    } else {
                        self.leave(key, group)
                    };
                }
            }
            Action::SelfMonitor(e) => {
                // One employee per token: a self monitor replaces another one.
                let others: Vec<Group> = self
                    .groups_of(key)
                    .into_iter()
                    .filter(|g| matches!(g, Group::Employee(x) | Group::OwnAgent(x) if x != e))
                    .collect();
                for g in others {
                    changed |= self.leave(key, g);
                }
                changed |= self.join(key, handle, Group::Employee(*e));
                changed |= self.join(key, handle, Group::OwnAgent(*e));
            }
        }
        changed
    }

    /// Replaces the connection's groups with `groups` (a reconnect's groups token).
    pub fn rejoin(&mut self, key: u64, handle: &T, groups: &[Group]) {
        for g in self.groups_of(key) {
            self.leave(key, g);
        }
        for &g in groups {
            self.join(key, handle, g);
        }
    }

    pub fn groups_of(&self, key: u64) -> Vec<Group> {
        self.per_connection
            .get(&key)
            .map(|m| m.groups.iter().copied().collect())
            .unwrap_or_default()
    }

    /// agentHub pushes to every connection that named it in `connectionData`.
    pub fn set_agent_hub(&mut self, key: u64, member: Option<(&T, AgentScope)>) {
        let mine = self.per_connection.entry(key).or_default();
        mine.agent_hub = member.is_some();
        match member {
            Some((handle, scope)) => {
                self.agent_hub.insert(key, (handle.clone(), scope));
            }
            None => {
                self.agent_hub.remove(&key);
            }
        }
    }

    /// Forgets a connection entirely.
    pub fn remove_connection(&mut self, key: u64) {
        for g in self.groups_of(key) {
            self.leave(key, g);
        }
        self.per_connection.remove(&key);
        self.agent_hub.remove(&key);
    }

    pub fn subscriptions(&self, key: u64) -> Subscriptions {
        let Some(m) = self.per_connection.get(&key) else {
            return Subscriptions::default();
        };
        let mut s = Subscriptions {
            groups: m.groups.clone(),
            agent_hub: m.agent_hub,
            ..Subscriptions::default()
        };
        for g in &m.groups {
            match *g {
                Group::QueueState(q) => {
                    s.queue_state.insert(q);
                }
                Group::QueueConversations(q) => {
                    s.queue_conversations.insert(q);
                }
                Group::Employee(e) => s.employee = Some(e),
                Group::OwnAgent(_) => {}
            }
        }
        s
    }

    /// Whether anyone would receive this change (so it is worth rendering at all).
    pub fn interested(&self, change: &Change, agent_employee: &[usize]) -> bool {
        let in_group = group_of(change, agent_employee)
            .and_then(|g| self.groups.get(&g))
            .is_some_and(|m| !m.is_empty());
        in_group
            || match change {
                Change::AgentState(a) => agent_employee
                    .get(*a)
                    .is_some_and(|&e| self.agent_hub.values().any(|(_, s)| s.sees(e))),
                _ => false,
            }
    }

    /// The connections that receive a change, each once (a connection on agentHub that also
    /// monitors itself gets its own agent state once), with the group it came through
    /// (`None` for agentHub members outside it).
    pub fn targets(&self, change: &Change, agent_employee: &[usize]) -> Vec<(T, Option<Group>)> {
        let group = group_of(change, agent_employee);
        let mut out: HashMap<u64, (T, Option<Group>)> = group
            .and_then(|g| self.groups.get(&g))
            .map(|m| m.iter().map(|(k, h)| (*k, (h.clone(), group))).collect())
            .unwrap_or_default();
        if let Change::AgentState(a) = change
            && let Some(&e) = agent_employee.get(*a)
        {
            for (key, (handle, scope)) in &self.agent_hub {
                if scope.sees(e) {
                    out.entry(*key).or_insert_with(|| (handle.clone(), None));
                }
            }
        }
        out.into_values().collect()
    }

    /// What is monitored now, to re-send current states after the fan-out lagged: queue
    /// states, employees, and whether any agent state is wanted.
    pub fn monitored(&self) -> (Vec<usize>, Vec<usize>, bool) {
        let mut queues = Vec::new();
        let mut employees = Vec::new();
        let mut agents = !self.agent_hub.is_empty();
        for g in self.groups.keys() {
            match *g {
                Group::QueueState(q) => queues.push(q),
                Group::Employee(e) => employees.push(e),
                Group::OwnAgent(_) => agents = true,
                Group::QueueConversations(_) => {}
            }
        }
        (queues, employees, agents)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::sync::Arc;

    use super::*;

    /// The handles of `targets`, sorted.
    fn who(
        ix: &Index<&'static str>,
        change: &Change,
        agent_employee: &[usize],
    ) -> Vec<&'static str> {
        let mut v: Vec<&str> = ix
            .targets(change, agent_employee)
            .into_iter()
            .map(|(h, _)| h)
            .collect();
        v.sort();
        v
    }

    #[test]
    fn changes_reach_exactly_their_subscribers() {
        let mut ix: Index<&str> = Index::default();
        ix.apply(1, &"a", &Action::AddQueues(QueueList::State, vec![3, 4]));
        ix.apply(2, &"b", &Action::AddQueues(QueueList::State, vec![4]));
        ix.apply(
            2,
            &"b",
            &Action::AddQueues(QueueList::Conversations, vec![3]),
        );
        ix.apply(3, &"c", &Action::SelfMonitor(9));
        assert_eq!(who(&ix, &Change::QueueState(3), &[]), vec!["a"]);
        assert_eq!(who(&ix, &Change::QueueState(4), &[]), vec!["a", "b"]);
        assert!(who(&ix, &Change::QueueState(5), &[]).is_empty());
        let conv = Change::QueueConversationRemoved {
            queue: 3,
            id: "x".into(),
        };
        assert_eq!(who(&ix, &conv, &[]), vec!["b"]);
        assert_eq!(who(&ix, &Change::EmployeeState(9), &[]), vec!["c"]);
        assert!(!ix.interested(&Change::EmployeeState(8), &[]));

        ix.apply(1, &"a", &Action::RemoveQueues(QueueList::State, vec![4]));
        assert_eq!(who(&ix, &Change::QueueState(4), &[]), vec!["b"]);
        ix.remove_connection(2);
        assert!(who(&ix, &Change::QueueState(4), &[]).is_empty());
        assert!(!ix.interested(&conv, &[]));
        assert_eq!(
            ix.subscriptions(1)
                .queue_state
                .into_iter()
                .collect::<Vec<_>>(),
            vec![3]
        );
    }

    #[test]
    fn agent_events_respect_each_members_scope() {
        let mut ix: Index<&str> = Index::default();
        // Agents 0 and 1 belong to employees 10 and 11.
        let agent_employee = [10, 11];
        ix.set_agent_hub(1, Some((&"all", AgentScope::All)));
        let mine: HashSet<usize> = [11].into();
        ix.set_agent_hub(2, Some((&"mine", AgentScope::Employees(Arc::new(mine)))));
        assert_eq!(
            who(&ix, &Change::AgentState(0), &agent_employee),
            vec!["all"]
        );
        assert_eq!(
            who(&ix, &Change::AgentState(1), &agent_employee),
            vec!["all", "mine"]
        );
        assert!(who(&ix, &Change::AgentState(7), &agent_employee).is_empty());
        ix.set_agent_hub(1, None);
        assert!(!ix.interested(&Change::AgentState(0), &agent_employee));
        assert!(route(&Change::Directory("x".into())).is_none());
        assert_eq!(
            route(&Change::AgentState(0)),
            Some((HubId::Agent, "onAgentStateChanged"))
        );
    }

    #[test]
    fn a_self_monitor_joins_its_own_agent_group_once() {
        let mut ix: Index<&str> = Index::default();
        let agent_employee = [10, 11, 11];
        assert!(ix.apply(1, &"me", &Action::SelfMonitor(11)));
        assert!(!ix.apply(1, &"me", &Action::SelfMonitor(11)), "no change");
        // Both agents of employee 11 reach it; employee 10's does not.
        assert_eq!(
            who(&ix, &Change::AgentState(1), &agent_employee),
            vec!["me"]
        );
        assert_eq!(
            who(&ix, &Change::AgentState(2), &agent_employee),
            vec!["me"]
        );
        assert!(!ix.interested(&Change::AgentState(0), &agent_employee));
        assert_eq!(
            ix.targets(&Change::AgentState(1), &agent_employee),
            vec![("me", Some(Group::OwnAgent(11)))]
        );
        // On agentHub as well: still one delivery.
        ix.set_agent_hub(1, Some((&"me", AgentScope::All)));
        assert_eq!(
            who(&ix, &Change::AgentState(1), &agent_employee),
            vec!["me"]
        );
        assert_eq!(
            who(&ix, &Change::AgentState(0), &agent_employee),
            vec!["me"]
        );
        assert_eq!(
            ix.groups_of(1),
            vec![Group::Employee(11), Group::OwnAgent(11)]
        );
    }

    #[test]
    fn rejoining_replaces_every_group_and_keeps_agent_hub() {
        let mut ix: Index<&str> = Index::default();
        ix.apply(1, &"a", &Action::AddQueues(QueueList::State, vec![1, 2]));
        ix.set_agent_hub(1, Some((&"a", AgentScope::All)));
        assert!(!ix.apply(1, &"a", &Action::RemoveQueues(QueueList::State, vec![5])));
        ix.rejoin(1, &"a", &[Group::QueueConversations(4)]);
        assert!(who(&ix, &Change::QueueState(1), &[]).is_empty());
        let conv = Change::QueueConversationRemoved {
            queue: 4,
            id: "c".into(),
        };
        assert_eq!(who(&ix, &conv, &[]), vec!["a"]);
        assert!(ix.subscriptions(1).agent_hub);
        ix.rejoin(1, &"a", &[]);
        assert!(ix.groups_of(1).is_empty());
        assert!(!ix.interested(&conv, &[]));
        assert_eq!(ix.monitored(), (vec![], vec![], true));
    }
}
