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

/// Whether two states of an agent look the same to the agent panel: every field it shows
/// (panels/agent_presence/row.rs: name, photo, state, reason, time in state, media, ACD
/// conversations today) or filters and searches by (filter.rs: groups, names, reporting
/// number; the id). A panel that shows another field must add it here, or its rows will
/// not re-render when only that field changes.
pub fn same_shown(a: &AgentState, b: &AgentState) -> bool {
    a.id == b.id
        && a.first_name == b.first_name
        && a.last_name == b.last_name
        && a.reporting == b.reporting
        && a.photo_url == b.photo_url
        && a.current_state == b.current_state
        && a.entered_state_on == b.entered_state_on
        && a.reason == b.reason
        && a.media_type == b.media_type
        && a.acd_conversations_today == b.acd_conversations_today
        && a.present_in_agent_groups == b.present_in_agent_groups
}

/// The positions of `keys` in key order, equal keys in their order.
fn sorted_by_key(keys: &[String]) -> Vec<usize> {
    crate::order::positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]))
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

    /// Replaces the rows with a full snapshot: agents that look the same keep their revision
    /// (and, when only what no panel shows changed, e.g. today's durations, take the new
    /// state under it: [`same_shown`]), changed ones get a new one, missing ones are
    /// removed, duplicate keys keep the first. Returns whether anything a panel shows
    /// changed (the store then notifies its readers).
    ///
    /// Lookups by sorted keys and binary search (a HashMap costs kilobytes of wasm; linear
    /// ones were quadratic in a site's 2,000 and more agents).
    pub fn apply_snapshot(&mut self, items: Vec<AgentState>) -> bool {
        let mut old: Vec<Option<AgentRow>> = std::mem::take(&mut self.rows)
            .into_iter()
            .map(Some)
            .collect();
        let old_keys: Vec<String> = old.iter().flatten().map(|r| r.key.clone()).collect();
        let old_order = sorted_by_key(&old_keys);
        let had = old.len();
        let mut changed = !self.loaded;
        self.loaded = true;
        let (keys, states): (Vec<String>, Vec<AgentState>) = items
            .into_iter()
            .filter_map(|state| Some((agent_key(&state)?, state)))
            .unzip();
        // Of equal keys the first wins (the sort is stable).
        let mut duplicate = vec![false; keys.len()];
        for pair in sorted_by_key(&keys).windows(2) {
            if let [a, b] = *pair
                && keys[a] == keys[b]
            {
                duplicate[b] = true;
            }
        }
        let mut kept = 0;
        for ((key, state), duplicate) in keys.into_iter().zip(states).zip(duplicate) {
            if duplicate {
                continue;
            }
            let prev = old_order
                .binary_search_by(|&i| old_keys[i].as_str().cmp(&key))
                .ok()
                .and_then(|i| old[old_order[i]].take());
            let next = match prev {
                Some(prev) if *prev.state == state => prev,
                Some(mut prev) if same_shown(&prev.state, &state) => {
                    prev.state = Arc::new(state);
                    prev
                }
                _ => {
                    changed = true;
                    let revision = self.revision();
                    row(key, state, revision)
                }
            };
            kept += 1;
            self.rows.push(next);
        }
        changed || kept != had
    }

    /// One agent's new state (the hub's `onAgentStateChanged`): replaces its row in place or
    /// appends it, keeping the revision when it looks the same (as
    /// [`Self::apply_snapshot`]). Returns whether anything a panel shows changed.
    pub fn apply_agent(&mut self, state: AgentState) -> bool {
        let Some(key) = agent_key(&state) else {
            return false;
        };
        let at = self.rows.iter().position(|r| r.key == key);
        match at.map(|i| (i, &self.rows[i])) {
            Some((_, r)) if *r.state == state => false,
            Some((i, r)) if same_shown(&r.state, &state) => {
                self.rows[i].state = Arc::new(state);
                false
            }
            Some((i, _)) => {
                let revision = self.revision();
                self.rows[i] = row(key, state, revision);
                true
            }
            None => {
                let revision = self.revision();
                self.rows.push(row(key, state, revision));
                true
            }
        }
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
        let names: Vec<String> = groups
            .iter()
            .map(|g| crate::format::lower(&g.name))
            .collect();
        let groups: Vec<Group> =
            crate::order::positions(groups.len(), &|a, b| names[a].cmp(&names[b]))
                .into_iter()
                .map(|i| groups[i].clone())
                .collect();
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
    fn a_change_of_what_no_panel_shows_keeps_the_revision_and_takes_the_new_state() {
        let mut s = AgentStore::default();
        let a = agent("1", "Al", AgentCurrentState::ACD);
        s.apply_snapshot(vec![a.clone(), agent("2", "Bo", AgentCurrentState::Idle)]);
        let rev = s.rows()[0].revision;
        let mut later = a.clone();
        later.acd_duration_today = Some(micc_client::timespan::TimeSpan::from_duration(
            std::time::Duration::from_secs(90),
        ));
        assert!(
            !s.apply_snapshot(vec![
                later.clone(),
                agent("2", "Bo", AgentCurrentState::Idle)
            ]),
            "nothing shown changed"
        );
        assert_eq!(s.rows()[0].revision, rev);
        assert_eq!(*s.rows()[0].state, later, "the store holds the new state");
        let mut shown = later.clone();
        shown.acd_conversations_today = Some(3);
        assert!(s.apply_agent(shown.clone()));
        assert_ne!(s.rows()[0].revision, rev);
        let rev = s.rows()[0].revision;
        let mut hidden = shown;
        hidden.non_acd_conversations_today = Some(1);
        assert!(!s.apply_agent(hidden.clone()));
        assert_eq!(s.rows()[0].revision, rev);
        assert_eq!(*s.rows()[0].state, hidden);
    }

    #[test]
    fn a_big_snapshot_keeps_order_revisions_and_the_first_of_duplicates() {
        let n = 5_000;
        let states = |changed: usize| -> Vec<AgentState> {
            (0..n)
                .map(|i| {
                    let state = if i == changed {
                        AgentCurrentState::Away
                    } else {
                        AgentCurrentState::Idle
                    };
                    agent(&format!("a{}", (i * 7919) % n), "X", state)
                })
                .collect()
        };
        let mut s = AgentStore::default();
        assert!(s.apply_snapshot(states(usize::MAX)));
        let revs: Vec<u64> = s.rows().iter().map(|r| r.revision).collect();
        let mut again = states(17);
        again.push(agent("a0", "Duplicate", AgentCurrentState::ACD));
        again.reverse();
        assert!(s.apply_snapshot(again.clone()));
        assert_eq!(s.rows().len(), n);
        let keys: Vec<&str> = s.rows().iter().map(|r| r.key.as_str()).collect();
        let mut want: Vec<String> = again.iter().map(|a| a.id.clone().unwrap()).collect();
        let last = want.iter().rposition(|k| k == "a0").unwrap();
        want.remove(last);
        assert_eq!(keys, want, "the server's order, the duplicate once");
        let a0 = s.rows().iter().find(|r| r.key == "a0").unwrap();
        assert_eq!(
            a0.state.first_name.as_deref(),
            Some("Duplicate"),
            "the first of equal keys wins"
        );
        let changed = s
            .rows()
            .iter()
            .filter(|r| !revs.contains(&r.revision))
            .count();
        assert_eq!(changed, 2, "the changed agent and the duplicate's winner");
        assert!(
            s.apply_snapshot(again[..10].to_vec()),
            "agents missing from a snapshot are a change"
        );
        assert_eq!(s.rows().len(), 10);
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
