//! Who receives what: the subscription index (queue -> connections, employee ->
//! connections, agentHub members) and the routing of world changes to hub events.
//!
//! Fan-out looks a change up here once and gets the connections to push one shared,
//! already-encoded message to; nothing is scanned per connection. Generic over the handle
//! it stores so that it is tested without connections.

use std::collections::{BTreeSet, HashMap};

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

/// One connection's subscriptions (for removal and for the admin listing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subscriptions {
    pub queue_state: BTreeSet<usize>,
    pub queue_conversations: BTreeSet<usize>,
    pub employee: Option<usize>,
    pub agent_hub: bool,
}

type Members<T> = HashMap<u64, T>;

pub struct Index<T> {
    queue_state: HashMap<usize, Members<T>>,
    queue_conversations: HashMap<usize, Members<T>>,
    employees: HashMap<usize, Members<T>>,
    agents: HashMap<u64, (T, AgentScope)>,
    per_connection: HashMap<u64, Subscriptions>,
}

impl<T> Default for Index<T> {
    fn default() -> Self {
        Self {
            queue_state: HashMap::new(),
            queue_conversations: HashMap::new(),
            employees: HashMap::new(),
            agents: HashMap::new(),
            per_connection: HashMap::new(),
        }
    }
}

fn add<T: Clone>(map: &mut HashMap<usize, Members<T>>, at: usize, key: u64, handle: &T) {
    map.entry(at).or_default().insert(key, handle.clone());
}

fn remove<T>(map: &mut HashMap<usize, Members<T>>, at: usize, key: u64) {
    if let Some(m) = map.get_mut(&at) {
        m.remove(&key);
        if m.is_empty() {
            map.remove(&at);
        }
    }
}

impl<T: Clone> Index<T> {
    pub fn apply(&mut self, key: u64, handle: &T, action: &Action) {
        let subs = self.per_connection.entry(key).or_default();
        match action {
            Action::AddQueues(list, queues) | Action::RemoveQueues(list, queues) => {
                let adding = matches!(action, Action::AddQueues(..));
                let (map, mine) = match list {
                    QueueList::State => (&mut self.queue_state, &mut subs.queue_state),
                    QueueList::Conversations => {
                        (&mut self.queue_conversations, &mut subs.queue_conversations)
                    }
                };
                for &q in queues {
                    if adding {
                        add(map, q, key, handle);
                        mine.insert(q);
                    } else {
                        remove(map, q, key);
                        mine.remove(&q);
                    }
                }
            }
            Action::SelfMonitor(e) => {
                if let Some(old) = subs.employee.replace(*e) {
                    remove(&mut self.employees, old, key);
                }
                add(&mut self.employees, *e, key, handle);
            }
        }
    }

    /// agentHub pushes to every connection that named it in `connectionData`.
    pub fn set_agent_hub(&mut self, key: u64, member: Option<(&T, AgentScope)>) {
        let subs = self.per_connection.entry(key).or_default();
        subs.agent_hub = member.is_some();
        match member {
            Some((handle, scope)) => {
                self.agents.insert(key, (handle.clone(), scope));
            }
            None => {
                self.agents.remove(&key);
            }
        }
    }

    /// Forgets a connection entirely.
    pub fn remove_connection(&mut self, key: u64) {
        let Some(subs) = self.per_connection.remove(&key) else {
            return;
        };
        for q in subs.queue_state {
            remove(&mut self.queue_state, q, key);
        }
        for q in subs.queue_conversations {
            remove(&mut self.queue_conversations, q, key);
        }
        if let Some(e) = subs.employee {
            remove(&mut self.employees, e, key);
        }
        self.agents.remove(&key);
    }

    pub fn subscriptions(&self, key: u64) -> Subscriptions {
        self.per_connection.get(&key).cloned().unwrap_or_default()
    }

    fn members(&self, change: &Change) -> Option<&Members<T>> {
        match change {
            Change::QueueState(q) => self.queue_state.get(q),
            Change::QueueConversation { queue, .. }
            | Change::QueueConversationRemoved { queue, .. } => self.queue_conversations.get(queue),
            Change::EmployeeState(e)
            | Change::EmployeeConversation { employee: e, .. }
            | Change::EmployeeConversationRemoved { employee: e, .. } => self.employees.get(e),
            _ => None,
        }
    }

    /// Whether anyone would receive this change (so it is worth rendering at all).
    pub fn interested(&self, change: &Change, agent_employee: &[usize]) -> bool {
        match change {
            Change::AgentState(a) => {
                let Some(&e) = agent_employee.get(*a) else {
                    return false;
                };
                self.agents.values().any(|(_, scope)| scope.sees(e))
            }
            _ => self.members(change).is_some_and(|m| !m.is_empty()),
        }
    }

    /// The connections that receive a change.
    pub fn targets(&self, change: &Change, agent_employee: &[usize]) -> Vec<T> {
        match change {
            Change::AgentState(a) => {
                let Some(&e) = agent_employee.get(*a) else {
                    return Vec::new();
                };
                self.agents
                    .values()
                    .filter(|(_, scope)| scope.sees(e))
                    .map(|(h, _)| h.clone())
                    .collect()
            }
            _ => self
                .members(change)
                .map(|m| m.values().cloned().collect())
                .unwrap_or_default(),
        }
    }

    /// What is monitored now, to re-send current states after the fan-out lagged.
    pub fn monitored(&self) -> (Vec<usize>, Vec<usize>, bool) {
        (
            self.queue_state.keys().copied().collect(),
            self.employees.keys().copied().collect(),
            !self.agents.is_empty(),
        )
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::sync::Arc;

    use super::*;

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
        let sorted = |mut v: Vec<&'static str>| {
            v.sort();
            v
        };
        assert_eq!(ix.targets(&Change::QueueState(3), &[]), vec!["a"]);
        assert_eq!(
            sorted(ix.targets(&Change::QueueState(4), &[])),
            vec!["a", "b"]
        );
        assert!(ix.targets(&Change::QueueState(5), &[]).is_empty());
        let conv = Change::QueueConversationRemoved {
            queue: 3,
            id: "x".into(),
        };
        assert_eq!(ix.targets(&conv, &[]), vec!["b"]);
        assert_eq!(ix.targets(&Change::EmployeeState(9), &[]), vec!["c"]);
        assert!(!ix.interested(&Change::EmployeeState(8), &[]));

        ix.apply(1, &"a", &Action::RemoveQueues(QueueList::State, vec![4]));
        assert_eq!(ix.targets(&Change::QueueState(4), &[]), vec!["b"]);
        ix.remove_connection(2);
        assert!(ix.targets(&Change::QueueState(4), &[]).is_empty());
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
            ix.targets(&Change::AgentState(0), &agent_employee),
            vec!["all"]
        );
        let mut both = ix.targets(&Change::AgentState(1), &agent_employee);
        both.sort();
        assert_eq!(both, vec!["all", "mine"]);
        assert!(
            ix.targets(&Change::AgentState(7), &agent_employee)
                .is_empty()
        );
        ix.set_agent_hub(1, None);
        assert!(!ix.interested(&Change::AgentState(0), &agent_employee));
        assert!(route(&Change::Directory("x".into())).is_none());
        assert_eq!(
            route(&Change::AgentState(0)),
            Some((HubId::Agent, "onAgentStateChanged"))
        );
    }
}
