//! The three hubs of the Mitel server (`spec/signalr.json`) and what their methods do, as a
//! plan computed from the world without IO: the caller applies it to the subscription index.
//!
//! Hub and method names match case-insensitively and methods by argument count, as SignalR
//! 2 resolves them. A hub that cannot be resolved is an exception that escapes the hub
//! pipeline (no answer on WebSockets, 500 on `/send`); a method that cannot be resolved or
//! whose arguments do not convert fails with SignalR's generic message (detailed errors are
//! off by default); refusals of the Mitel server's own logic (a queue the caller may not
//! see) are `HubException`s whose message reaches the client.

use std::collections::HashSet;
use std::sync::Arc;

use serde_json::Value;

use super::protocol::{HubFailure, Invocation, dotnet_string, messages};
use crate::auth::Principal;
use crate::rest::{MAY_VIEW, can_see_employee, can_see_queue};
use crate::world::World;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HubId {
    Agent,
    Employee,
    Queue,
}

impl HubId {
    pub const ALL: [HubId; 3] = [HubId::Agent, HubId::Employee, HubId::Queue];

    /// The hub's name as the server spells it in `H` of the events it sends.
    pub fn name(self) -> &'static str {
        self.def().name
    }

    pub fn def(self) -> &'static HubDef {
        match self {
            HubId::Agent => &HUBS[0],
            HubId::Employee => &HUBS[1],
            HubId::Queue => &HUBS[2],
        }
    }

    pub fn resolve(name: &str) -> Option<HubId> {
        HubId::ALL
            .into_iter()
            .find(|h| h.name().eq_ignore_ascii_case(name))
    }

    fn bit(self) -> u8 {
        match self {
            HubId::Agent => 1,
            HubId::Employee => 2,
            HubId::Queue => 4,
        }
    }
}

/// The hubs a connection named in `connectionData`: only those receive events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HubSet(u8);

impl HubSet {
    pub fn contains(self, hub: HubId) -> bool {
        self.0 & hub.bit() != 0
    }

    pub fn insert(&mut self, hub: HubId) {
        self.0 |= hub.bit();
    }

    pub fn names(self) -> Vec<&'static str> {
        HubId::ALL
            .into_iter()
            .filter(|h| self.contains(*h))
            .map(HubId::name)
            .collect()
    }
}

impl FromIterator<HubId> for HubSet {
    fn from_iter<I: IntoIterator<Item = HubId>>(iter: I) -> Self {
        let mut s = HubSet::default();
        for h in iter {
            s.insert(h);
        }
        s
    }
}

pub struct MethodDef {
    pub name: &'static str,
    pub params: &'static [&'static str],
}

pub struct HubDef {
    pub name: &'static str,
    pub methods: &'static [MethodDef],
    pub events: &'static [&'static str],
}

const IDS: &[&str] = &["ids"];

/// Sorted by name, as SignalR's proxy generator lists them.
pub static HUBS: [HubDef; 3] = [
    HubDef {
        name: "agentHub",
        methods: &[],
        events: &["onAgentStateChanged"],
    },
    HubDef {
        name: "employeeHub",
        methods: &[MethodDef {
            name: "addSelfMonitor",
            params: &[],
        }],
        events: &[
            "employeeStateChanged",
            "employeeConversationChanged",
            "employeeConversationRemoved",
        ],
    },
    HubDef {
        name: "queueHub",
        methods: &[
            MethodDef {
                name: "addConversationMonitor",
                params: IDS,
            },
            MethodDef {
                name: "addStateMonitor",
                params: IDS,
            },
            MethodDef {
                name: "removeConversationMonitor",
                params: IDS,
            },
            MethodDef {
                name: "removeStateMonitor",
                params: IDS,
            },
        ],
        events: &[
            "queueConversationChanged",
            "queueConversationRemoved",
            "queueStateChanged",
        ],
    },
];

/// Which monitor list of a queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QueueList {
    State,
    Conversations,
}

/// What a successful invocation changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    AddQueues(QueueList, Vec<usize>),
    RemoveQueues(QueueList, Vec<usize>),
    SelfMonitor(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The exception escapes the hub pipeline: no hub answer at all.
    Unresolved(String),
    /// A hub answer, with what to apply when it succeeded.
    Answer {
        id: Option<String>,
        result: Result<Option<Action>, HubFailure>,
    },
}

const NEEDS_USER: &str =
    "addSelfMonitor needs a token issued to a user (password grant or impersonation)";

/// Resolves and runs an invocation against the world (read-only).
pub fn plan(inv: &Invocation, principal: &Principal, world: &World) -> Outcome {
    let hub_name = inv.hub.clone().unwrap_or_default();
    let Some(hub) = HubId::resolve(&hub_name) else {
        return Outcome::Unresolved(messages::hub_not_resolved(&hub_name));
    };
    let method_name = inv.method.clone().unwrap_or_default();
    let generic = || HubFailure::Other(messages::invocation_failed(&hub_name, &method_name));
    let method =
        hub.def().methods.iter().find(|m| {
            m.name.eq_ignore_ascii_case(&method_name) && m.params.len() == inv.args.len()
        });
    let result = match method {
        None => Err(generic()),
        Some(m) => run(hub, m.name, &inv.args, principal, world).map_err(|f| match f {
            Refusal::Conversion => generic(),
            Refusal::Hub(msg) => HubFailure::Hub(msg),
        }),
    };
    Outcome::Answer {
        id: inv.id.clone(),
        result,
    }
}

enum Refusal {
    /// The arguments do not convert to the method's parameter types.
    Conversion,
    Hub(String),
}

fn run(
    hub: HubId,
    method: &str,
    args: &[Value],
    principal: &Principal,
    world: &World,
) -> Result<Option<Action>, Refusal> {
    match (hub, method) {
        (HubId::Employee, "addSelfMonitor") => principal
            .employee()
            .map(|e| Some(Action::SelfMonitor(e)))
            .ok_or_else(|| Refusal::Hub(NEEDS_USER.into())),
        (HubId::Queue, m) => {
            let list = if m.ends_with("StateMonitor") {
                QueueList::State
            } else {
                QueueList::Conversations
            };
            let adding = m.starts_with("add");
            let keys = string_array(args.first())?;
            let mut queues = Vec::with_capacity(keys.len());
            for key in &keys {
                let q = world
                    .queue_by_key(key)
                    .filter(|&q| world.queues.get(q).is_some_and(|q| !q.deleted))
                    .ok_or_else(|| Refusal::Hub(format!("Queue '{key}' was not found.")))?;
                if adding && !can_see_queue(world, principal, q) {
                    return Err(Refusal::Hub(MAY_VIEW.into()));
                }
                if !queues.contains(&q) {
                    queues.push(q);
                }
            }
            Ok(Some(if adding {
                Action::AddQueues(list, queues)
            } else {
                Action::RemoveQueues(list, queues)
            }))
        }
        _ => Err(Refusal::Conversion),
    }
}

/// A `string[]` parameter as JSON.NET binds it: an array of strings, numbers or booleans.
/// Null (the Mitel code would dereference it), a bare string or nested values do not bind.
fn string_array(arg: Option<&Value>) -> Result<Vec<String>, Refusal> {
    let Some(Value::Array(items)) = arg else {
        return Err(Refusal::Conversion);
    };
    items
        .iter()
        .map(|v| match dotnet_string(v) {
            Ok(Some(s)) => Ok(s),
            _ => Err(Refusal::Conversion),
        })
        .collect()
}

/// Whose agent states a connection of `principal` on agentHub receives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgentScope {
    All,
    /// Employees (indices) sharing an agent group with the principal.
    Employees(Arc<HashSet<usize>>),
}

impl AgentScope {
    pub fn of(principal: &Principal, world: &World) -> AgentScope {
        if principal.sees_all() {
            return AgentScope::All;
        }
        let visible = (0..world.employees.len())
            .filter(|&e| can_see_employee(world, principal, e))
            .collect();
        AgentScope::Employees(Arc::new(visible))
    }

    pub fn sees(&self, employee: usize) -> bool {
        match self {
            AgentScope::All => true,
            AgentScope::Employees(set) => set.contains(&employee),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signalr::protocol::parse_invocation;
    use crate::world::WorldConfig;

    fn world() -> World {
        World::new(&WorldConfig::default())
    }

    fn supervisor(w: &World) -> Principal {
        let e = w.employee_by_key("supervisor").unwrap();
        Principal::User {
            employee: e,
            username: "supervisor".into(),
            supervisor: true,
            impersonated_by: None,
        }
    }

    fn call(w: &World, p: &Principal, text: &str) -> Outcome {
        plan(&parse_invocation(text).unwrap(), p, w)
    }

    #[test]
    fn the_tables_match_the_hubs_document() {
        let mut spec = micc_api::hubs().unwrap();
        spec.sort_by(|a, b| a.name.cmp(&b.name));
        assert_eq!(spec.len(), HUBS.len());
        for (s, ours) in spec.iter().zip(HUBS.iter()) {
            assert_eq!(s.name, ours.name);
            let mut methods: Vec<(&str, Vec<&str>)> = s
                .methods
                .iter()
                .map(|m| {
                    (
                        m.name.as_str(),
                        m.args.iter().map(|a| a.name.as_str()).collect(),
                    )
                })
                .collect();
            methods.sort();
            let mine: Vec<(&str, Vec<&str>)> = ours
                .methods
                .iter()
                .map(|m| (m.name, m.params.to_vec()))
                .collect();
            assert_eq!(methods, mine, "{}", s.name);
            let mut events: Vec<&str> = s.events.iter().map(|e| e.name.as_str()).collect();
            events.sort();
            let mut mine = ours.events.to_vec();
            mine.sort();
            assert_eq!(events, mine, "{}", s.name);
        }
    }

    #[test]
    fn queues_resolve_by_id_name_or_reporting_number() {
        let w = world();
        let p = supervisor(&w);
        let q = &w.queues[0];
        let text = format!(
            r#"{{"H":"QUEUEHUB","M":"addstatemonitor","A":[["{}","{}",{}]],"I":7}}"#,
            q.id, q.name, q.reporting
        );
        assert_eq!(
            call(&w, &p, &text),
            Outcome::Answer {
                id: Some("7".into()),
                result: Ok(Some(Action::AddQueues(QueueList::State, vec![0])))
            }
        );
        let text = format!(
            r#"{{"H":"queueHub","M":"removeConversationMonitor","A":[["{}"]],"I":1}}"#,
            q.name
        );
        assert!(matches!(
            call(&w, &p, &text),
            Outcome::Answer {
                result: Ok(Some(Action::RemoveQueues(QueueList::Conversations, _))),
                ..
            }
        ));
    }

    #[test]
    fn failures_are_generic_hub_exceptions_or_escape() {
        let w = world();
        let p = supervisor(&w);
        let generic = |m: &str| Outcome::Answer {
            id: Some("0".into()),
            result: Err(HubFailure::Other(messages::invocation_failed(
                "queuehub", m,
            ))),
        };
        assert_eq!(
            call(&w, &p, r#"{"H":"queuehub","M":"nope","A":[],"I":0}"#),
            generic("nope")
        );
        // Wrong argument count, a bare string, null, nested arrays: no binding.
        for args in ["[]", r#"["q"]"#, "[null]", "[[[1]]]", r#"[["a"],["b"]]"#] {
            let text = format!(r#"{{"H":"queuehub","M":"addStateMonitor","A":{args},"I":0}}"#);
            assert_eq!(call(&w, &p, &text), generic("addStateMonitor"), "{args}");
        }
        assert_eq!(
            call(&w, &p, r#"{"H":"nohub","M":"x","A":[],"I":0}"#),
            Outcome::Unresolved("'nohub' Hub could not be resolved.".into())
        );
        assert!(matches!(
            call(
                &w,
                &p,
                r#"{"H":"queuehub","M":"addStateMonitor","A":[["no such queue"]],"I":0}"#
            ),
            Outcome::Answer {
                result: Err(HubFailure::Hub(_)),
                ..
            }
        ));
        let system = Principal::System {
            client_id: "wallboard".into(),
        };
        assert_eq!(
            call(
                &w,
                &system,
                r#"{"H":"employeeHub","M":"addSelfMonitor","A":[],"I":2}"#
            ),
            Outcome::Answer {
                id: Some("2".into()),
                result: Err(HubFailure::Hub(NEEDS_USER.into()))
            }
        );
    }

    #[test]
    fn an_agent_may_only_monitor_its_own_queues() {
        let w = world();
        let e = w.employee_by_key("agent").unwrap();
        let agent = Principal::User {
            employee: e,
            username: "agent".into(),
            supervisor: false,
            impersonated_by: None,
        };
        let hidden = (0..w.queues.len())
            .find(|&q| !can_see_queue(&w, &agent, q))
            .unwrap();
        let text = format!(
            r#"{{"H":"queuehub","M":"addStateMonitor","A":[["{}"]],"I":0}}"#,
            w.queues[hidden].id
        );
        assert_eq!(
            call(&w, &agent, &text),
            Outcome::Answer {
                id: Some("0".into()),
                result: Err(HubFailure::Hub(MAY_VIEW.into()))
            }
        );
        let scope = AgentScope::of(&agent, &w);
        assert!(scope.sees(e));
        assert!((0..w.employees.len()).any(|x| !scope.sees(x)));
        assert_eq!(AgentScope::of(&supervisor(&w), &w), AgentScope::All);
    }
}
