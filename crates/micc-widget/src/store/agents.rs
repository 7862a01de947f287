//! The agent rows of a store (`agents/states`) and the agent groups (`agentgroups`), changed
//! by pure `apply_*` functions like the queue rows, so polling and (later) hub events feed
//! the same data and both are tested natively.

use std::sync::Arc;

use micc_client::models::{AgentGroupModel, AgentState};

/// One agent (an employee on one media) as the panels see it. `revision` changes whenever
/// `state` does, so keyed lists re-render only the rows that changed. The state is shared
/// (`Arc`, as in `Row`), so the panel's filtered copies of 2,000 rows do not clone 2,000 states.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentRow {
    pub key: String,
    pub state: Arc<AgentState>,
    pub revision: u64,
    /// `EnteredStateOn` in ms since the epoch, on the server's clock.
    pub entered_ms: Option<f64>,
}

/// An agent group for the filter: its id (what `presentInAgentGroups` holds) and name.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub name: String,
}

/// The agent rows in the server's order, keyed by agent id, and the agent groups.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgentStore {
    rows: Vec<AgentRow>,
    groups: Vec<Group>,
    loaded: bool,
    next_revision: u64,
}

/// The key of an agent: its id, else its reporting number; `None` when it has neither (such
/// a row cannot be tracked, so it is skipped). Names are not keys: two agents of one
/// employee (voice and email) share the name.
pub fn agent_key(a: &AgentState) -> Option<String> {
    [&a.id, &a.reporting]
        .into_iter()
        .flatten()
        .find(|s| !s.is_empty())
        .cloned()
}

fn row(key: String, state: AgentState, revision: u64) -> AgentRow {
    let entered_ms = state
        .entered_state_on
        .as_ref()
        .map(|d| d.unix_millis() as f64);
    AgentRow {
        key,
        state: Arc::new(state),
        revision,
        entered_ms,
    }
}

impl AgentStore {
    pub fn rows(&self) -> &[AgentRow] {
        &self.rows
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Whether an agent snapshot has arrived yet.
    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    fn revision(&mut self) -> u64 {
        self.next_revision += 1;
        self.next_revision
    }

    /// Replaces the rows with a full snapshot: unchanged agents keep their revision, changed
    /// ones get a new one, missing ones are removed, duplicate keys keep the first. Returns
    /// whether anything changed.
    pub fn apply_snapshot(&mut self, items: Vec<AgentState>) -> bool {
        // Linear lookups, as in QueueStore: a HashMap costs kilobytes of wasm.
        let mut old = std::mem::take(&mut self.rows);
        let had = old.len();
        let mut changed = !self.loaded;
        self.loaded = true;
        for state in items {
            let Some(key) = agent_key(&state) else {
                continue;
            };
            if self.rows.iter().any(|r| r.key == key) {
                continue;
            }
            let prev = old
                .iter()
                .position(|r| r.key == key)
                .map(|i| old.swap_remove(i));
            let next = match prev {
                Some(prev) if *prev.state == state => prev,
                _ => {
                    changed = true;
                    let revision = self.revision();
                    row(key, state, revision)
                }
            };
            self.rows.push(next);
        }
        changed || !old.is_empty() || had != self.rows.len()
    }

    /// One agent's new state (the hub's `onAgentStateChanged`): replaces its row in place or
    /// appends it. Returns whether anything changed.
    pub fn apply_agent(&mut self, state: AgentState) -> bool {
        let Some(key) = agent_key(&state) else {
            return false;
        };
        if self.rows.iter().any(|r| r.key == key && *r.state == state) {
            return false;
        }
        let revision = self.revision();
        let next = row(key, state, revision);
        match self.rows.iter_mut().find(|r| r.key == next.key) {
            Some(r) => *r = next,
            None => self.rows.push(next),
        }
        true
    }

    /// Replaces the agent groups (`agentgroups`), sorted by name for the filter; groups
    /// without an id cannot filter anything and are dropped. Returns whether they changed.
    pub fn apply_groups(&mut self, items: Vec<AgentGroupModel>) -> bool {
        let mut groups: Vec<Group> = Vec::new();
        for g in items {
            let Some(id) = g.id.filter(|i| !i.is_empty()) else {
                continue;
            };
            if groups.iter().any(|x| x.id == id) {
                continue;
            }
            let name = g
                .name
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| id.clone());
            groups.push(Group { id, name });
        }
        groups.sort_by_key(|g| crate::format::lower(&g.name));
        let changed = groups != self.groups;
        self.groups = groups;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::models::AgentCurrentState;

    pub(crate) fn agent(id: &str, first: &str, state: AgentCurrentState) -> AgentState {
        AgentState {
            id: Some(id.into()),
            first_name: Some(first.into()),
            last_name: Some("Doe".into()),
            current_state: Some(state),
            ..AgentState::default()
        }
    }

    #[test]
    fn a_snapshot_loads_agents_in_server_order_and_keeps_unchanged_revisions() {
        let mut s = AgentStore::default();
        assert!(!s.is_loaded());
        assert!(s.apply_snapshot(vec![
            agent("2", "Bo", AgentCurrentState::Idle),
            agent("1", "Al", AgentCurrentState::ACD),
        ]));
        assert!(s.is_loaded());
        let keys: Vec<_> = s.rows().iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["2", "1"]);
        let revs: Vec<_> = s.rows().iter().map(|r| r.revision).collect();
        assert!(s.apply_snapshot(vec![
            agent("2", "Bo", AgentCurrentState::Idle),
            agent("1", "Al", AgentCurrentState::Away),
        ]));
        assert_eq!(
            s.rows()[0].revision,
            revs[0],
            "unchanged agent keeps its revision"
        );
        assert_ne!(s.rows()[1].revision, revs[1]);
        assert!(!s.apply_snapshot(vec![
            agent("2", "Bo", AgentCurrentState::Idle),
            agent("1", "Al", AgentCurrentState::Away),
        ]));
    }

    #[test]
    fn missing_keyless_and_duplicate_agents() {
        let mut s = AgentStore::default();
        s.apply_snapshot(vec![
            agent("1", "Al", AgentCurrentState::Idle),
            AgentState::default(),
            agent("1", "Again", AgentCurrentState::ACD),
            agent("2", "Bo", AgentCurrentState::Idle),
        ]);
        assert_eq!(s.rows().len(), 2);
        assert_eq!(s.rows()[0].state.first_name.as_deref(), Some("Al"));
        assert!(s.apply_snapshot(vec![agent("2", "Bo", AgentCurrentState::Idle)]));
        assert_eq!(s.rows().len(), 1);
        let empty_first = AgentStore::default().apply_snapshot(vec![]);
        assert!(
            empty_first,
            "an empty first snapshot is still a change (loaded)"
        );
    }

    #[test]
    fn the_key_falls_back_to_the_reporting_number() {
        let mut a = AgentState {
            reporting: Some("1001".into()),
            id: Some(String::new()),
            ..AgentState::default()
        };
        assert_eq!(agent_key(&a).as_deref(), Some("1001"));
        a.reporting = None;
        assert_eq!(agent_key(&a), None);
    }

    #[test]
    fn entered_state_on_becomes_milliseconds() {
        let mut a = agent("1", "Al", AgentCurrentState::Idle);
        a.entered_state_on = micc_client::datetime::DateTime::parse("1970-01-01T00:01:00Z").ok();
        let mut s = AgentStore::default();
        s.apply_snapshot(vec![a]);
        assert_eq!(s.rows()[0].entered_ms, Some(60_000.0));
    }

    #[test]
    fn one_agent_event_updates_in_place_or_appends() {
        let mut s = AgentStore::default();
        s.apply_snapshot(vec![agent("1", "Al", AgentCurrentState::Idle)]);
        assert!(!s.apply_agent(agent("1", "Al", AgentCurrentState::Idle)));
        assert!(s.apply_agent(agent("1", "Al", AgentCurrentState::ACD)));
        assert_eq!(
            s.rows()[0].state.current_state,
            Some(AgentCurrentState::ACD)
        );
        assert!(s.apply_agent(agent("3", "Cy", AgentCurrentState::Idle)));
        assert_eq!(s.rows().len(), 2);
        assert!(!s.apply_agent(AgentState::default()));
    }

    #[test]
    fn groups_are_sorted_by_name_and_need_an_id() {
        let g = |id: Option<&str>, name: Option<&str>| AgentGroupModel {
            id: id.map(Into::into),
            name: name.map(Into::into),
            ..AgentGroupModel::default()
        };
        let mut s = AgentStore::default();
        assert!(s.apply_groups(vec![
            g(Some("b"), Some("support")),
            g(None, Some("no id")),
            g(Some("a"), Some("Sales")),
            g(Some("c"), None),
        ]));
        let names: Vec<_> = s.groups().iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["c", "Sales", "support"]);
        assert!(!s.apply_groups(vec![
            g(Some("a"), Some("Sales")),
            g(Some("b"), Some("support")),
            g(Some("c"), None),
        ]));
    }
}
