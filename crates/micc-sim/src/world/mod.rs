//! The simulated contact center: a discrete-event simulation over [`Millis`] of simulated
//! time. It is plain data and logic, no IO and no clock of its own: the runtime calls
//! [`World::advance_to`] and publishes the [`Change`]s it returns, tests drive it directly.
//! The same seed and the same calls give the same world.

pub mod catalog;
mod commands;
pub mod day;
mod engine;
pub mod entities;
mod generate;
mod presence;
pub mod render;
pub mod stats;

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap, VecDeque};

use crate::rng::Rng;
use crate::simtime::Millis;
pub use commands::{ConvAction, WorldError};
pub use entities::*;
use stats::QueueStats;

/// What the world looks like at the start.
#[derive(Debug, Clone)]
pub struct WorldConfig {
    pub seed: u64,
    pub queues: usize,
    pub agents: usize,
    /// Multiplies every queue's arrival rate.
    pub arrival_scale: f64,
    /// Simulated time at the start.
    pub start: Millis,
    /// Each site's offset from UTC, cycled over the sites; empty means every site is on UTC.
    pub utc_offsets: Vec<Millis>,
}

impl Default for WorldConfig {
    fn default() -> Self {
        Self {
            seed: 1,
            queues: 12,
            agents: 60,
            arrival_scale: 1.0,
            start: 1_767_261_600_000,
            utc_offsets: Vec::new(),
        }
    }
}

/// Something observers may care about, named by what changed. Payloads are rendered by
/// whoever publishes them, from the world as it is then.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    QueueState(usize),
    QueueConversation { queue: usize, seq: u64 },
    QueueConversationRemoved { queue: usize, id: String },
    EmployeeState(usize),
    EmployeeConversation { employee: usize, seq: u64 },
    EmployeeConversationRemoved { employee: usize, id: String },
    AgentState(usize),
    Directory(String),
    ReplyTemplate(String),
}

/// A scheduled event; stale ones (the entity moved on) are recognised and skipped.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Due {
    Arrival {
        queue: usize,
    },
    Abandon {
        seq: u64,
    },
    RingEnd {
        seq: u64,
    },
    HandleEnd {
        seq: u64,
    },
    WrapEnd {
        agent: usize,
    },
    PresenceChange {
        employee: usize,
        epoch: u64,
    },
    /// The employee's shift starts or ends.
    Shift {
        employee: usize,
    },
    /// Local midnight at a site.
    Midnight {
        site: usize,
    },
}

pub struct World {
    pub now: Millis,
    rng: Rng,
    pub sites: Vec<Site>,
    pub media_servers: Vec<MediaServer>,
    pub queues: Vec<Queue>,
    pub queue_groups: Vec<QueueGroup>,
    pub agent_groups: Vec<AgentGroup>,
    pub employees: Vec<Employee>,
    pub agents: Vec<Agent>,
    /// Active conversations by sequence number (arrival order).
    pub conversations: BTreeMap<u64, Conversation>,
    pub catalog: catalog::Catalog,
    /// Finished conversations as they last looked, newest last (bounded).
    pub history: VecDeque<serde_json::Value>,
    /// Conversations that ended since the last [`World::take_departed`], as they last looked:
    /// removal events carry the model, and by then it is gone from `conversations`.
    departed: HashMap<String, serde_json::Value>,
    conversation_ids: HashMap<String, u64>,
    /// Conversations waiting in each queue, in the order they will be offered.
    waiting: Vec<VecDeque<u64>>,
    /// Agents able to serve each queue (its media, in its groups); membership is fixed.
    queue_agents: Vec<Vec<usize>>,
    /// Queues each agent serves: the inverse of `queue_agents`.
    agent_queues: Vec<Vec<usize>>,
    stats: Vec<QueueStats>,
    schedule: BinaryHeap<Reverse<(Millis, u64, Due)>>,
    schedule_seq: u64,
    next_conversation: u64,
    changes: Vec<Change>,
}

impl World {
    pub fn new(config: &WorldConfig) -> Self {
        let mut rng = Rng::new(config.seed);
        let mut org_rng = rng.fork();
        let org = generate::organisation(
            &mut org_rng,
            &generate::Sizes {
                queues: config.queues,
                employees: config.agents,
                arrival_scale: config.arrival_scale,
                utc_offsets: &config.utc_offsets,
            },
        );
        let now = config.start;
        let catalog = catalog::Catalog::generate(&mut org_rng, &org.sites, now);
        let mut world = World {
            catalog,
            history: VecDeque::new(),
            departed: HashMap::new(),
            now,
            rng,
            stats: org
                .queues
                .iter()
                .map(|q| QueueStats::new(now, org.sites.get(q.site).map_or(0, |s| s.utc_offset)))
                .collect(),
            sites: org.sites,
            media_servers: org.media_servers,
            queues: org.queues,
            queue_groups: org.queue_groups,
            agent_groups: org.agent_groups,
            employees: org.employees,
            agents: org.agents,
            conversations: BTreeMap::new(),
            conversation_ids: HashMap::new(),
            waiting: Vec::new(),
            queue_agents: Vec::new(),
            agent_queues: Vec::new(),
            schedule: BinaryHeap::new(),
            schedule_seq: 0,
            next_conversation: 1,
            changes: Vec::new(),
        };
        world.index();
        world.start();
        world
    }

    fn schedule(&mut self, at: Millis, due: Due) {
        self.schedule_seq += 1;
        self.schedule.push(Reverse((at, self.schedule_seq, due)));
    }

    fn changed(&mut self, change: Change) {
        self.changes.push(change);
    }

    /// Runs every event due up to `t`. What changed waits in [`World::take_changes`].
    pub fn advance_to(&mut self, t: Millis) {
        while let Some(Reverse((at, _, _))) = self.schedule.peek() {
            if *at > t {
                break;
            }
            let Some(Reverse((at, _, due))) = self.schedule.pop() else {
                break;
            };
            self.now = self.now.max(at);
            self.run(due);
        }
        self.now = self.now.max(t);
    }

    /// Changes made since the last call (by events or by API writes).
    pub fn take_changes(&mut self) -> Vec<Change> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for c in self.changes.drain(..) {
            if seen.insert(c.clone()) {
                out.push(c);
            }
        }
        out
    }

    /// The last look of conversations that ended since the previous call.
    pub fn take_departed(&mut self) -> HashMap<String, serde_json::Value> {
        std::mem::take(&mut self.departed)
    }

    pub fn conversation_by_id(&self, id: &str) -> Option<&Conversation> {
        let seq = self.conversation_ids.get(id)?;
        self.conversations.get(seq)
    }

    pub fn queue_stats(&mut self, q: usize) -> Option<&mut QueueStats> {
        self.stats.get_mut(q)
    }

    /// Conversations waiting in queue `q`, in the order they will be offered.
    pub fn waiting(&self, q: usize) -> impl Iterator<Item = &Conversation> {
        self.waiting
            .get(q)
            .into_iter()
            .flatten()
            .filter_map(|seq| self.conversations.get(seq))
    }

    /// Agents (indices) that can serve queue `q`: its media, in one of its groups.
    pub fn queue_agents(&self, q: usize) -> &[usize] {
        self.queue_agents.get(q).map_or(&[], Vec::as_slice)
    }

    /// Queues agent `a` serves.
    pub fn agent_queues(&self, a: usize) -> &[usize] {
        self.agent_queues.get(a).map_or(&[], Vec::as_slice)
    }

    fn index(&mut self) {
        self.waiting = vec![VecDeque::new(); self.queues.len()];
        self.queue_agents = (0..self.queues.len())
            .map(|q| {
                let queue = &self.queues[q];
                let mut out: Vec<usize> = queue
                    .agent_groups
                    .iter()
                    .filter_map(|&g| self.agent_groups.get(g))
                    .flat_map(|g| g.members.iter().copied())
                    .filter_map(|e| self.employees.get(e))
                    .flat_map(|e| e.agents.iter().copied())
                    .filter(|&a| self.agents.get(a).is_some_and(|a| a.media == queue.media))
                    .collect();
                out.sort_unstable();
                out.dedup();
                out
            })
            .collect();
        self.agent_queues = vec![Vec::new(); self.agents.len()];
        for (q, agents) in self.queue_agents.iter().enumerate() {
            for &a in agents {
                if let Some(list) = self.agent_queues.get_mut(a) {
                    list.push(q);
                }
            }
        }
    }

    /// Whether agent `a` is present in at least one agent group serving queue `q`.
    pub fn present_for_queue(&self, a: usize, q: usize) -> bool {
        let Some(queue) = self.queues.get(q) else {
            return false;
        };
        queue
            .agent_groups
            .iter()
            .any(|&g| self.present_in_group(a, g))
    }

    /// Whether agent `a` is present in agent group `g`: its employee is a member, the group
    /// serves the agent's media and the employee has not left the group on that media.
    pub fn present_in_group(&self, a: usize, g: usize) -> bool {
        let Some(agent) = self.agents.get(a) else {
            return false;
        };
        let serves = self
            .agent_groups
            .get(g)
            .is_some_and(|group| group.media.contains(&agent.media));
        serves
            && self.employees.get(agent.employee).is_some_and(|emp| {
                emp.groups
                    .iter()
                    .any(|(member_of, p)| *member_of == g && p.is_present(agent.media))
            })
    }

    pub fn employee_by_key(&self, key: &str) -> Option<usize> {
        self.employees.iter().position(|e| {
            e.id.eq_ignore_ascii_case(key)
                || e.username.eq_ignore_ascii_case(key)
                || e.reporting == key
        })
    }

    pub fn queue_by_key(&self, key: &str) -> Option<usize> {
        self.queues.iter().position(|q| {
            q.id.eq_ignore_ascii_case(key) || q.name.eq_ignore_ascii_case(key) || q.reporting == key
        })
    }

    pub fn queue_group_by_key(&self, key: &str) -> Option<usize> {
        self.queue_groups.iter().position(|q| {
            q.id.eq_ignore_ascii_case(key) || q.name.eq_ignore_ascii_case(key) || q.reporting == key
        })
    }

    pub fn agent_by_key(&self, key: &str) -> Option<usize> {
        self.agents.iter().position(|a| {
            a.id.eq_ignore_ascii_case(key)
                || a.reporting == key
                || self
                    .employees
                    .get(a.employee)
                    .is_some_and(|e| e.username.eq_ignore_ascii_case(key))
        })
    }

    pub fn agent_group_by_key(&self, key: &str) -> Option<usize> {
        self.agent_groups.iter().position(|g| {
            g.id.eq_ignore_ascii_case(key) || g.name.eq_ignore_ascii_case(key) || g.reporting == key
        })
    }
}

#[cfg(test)]
mod tests;
