//! The aggregate presence of an employee, from the presence of each of their agents.
//!
//! The reference calls the employee state the "overriding" state of its agents' presences
//! (their snapshots are refreshed when it changes). The rule used here: an employee is
//! Offline only when every agent is logged out, Available while any agent can take work,
//! and otherwise in the state they chose (Busy, DoNotDisturb or Away, with its reason), or
//! Busy when they chose Available (or just logged out) but every agent is occupied
//! (ringing, on a conversation, in wrap-up).

use serde_json::{Value, json};

use super::*;

impl World {
    /// What `presence.<media>.acdState` shows for agent `a`.
    pub fn media_presence_state(&self, a: usize) -> Presence {
        match self.agents.get(a).map(|a| a.activity) {
            None | Some(Activity::LoggedOut) => Presence::Offline,
            Some(Activity::Idle) => Presence::Available,
            Some(Activity::Away) => Presence::Away,
            Some(Activity::DoNotDisturb) => Presence::DoNotDisturb,
            Some(_) => Presence::Busy,
        }
    }

    /// The aggregate presence of employee `e` and its reason.
    pub fn aggregate_presence_state(&self, e: usize) -> (Presence, Option<String>) {
        let Some(emp) = self.employees.get(e) else {
            return (Presence::Offline, None);
        };
        let media: Vec<Presence> = emp
            .agents
            .iter()
            .map(|&a| self.media_presence_state(a))
            .collect();
        if media.is_empty() {
            return (emp.presence, emp.reason.clone());
        }
        if media.iter().all(|&p| p == Presence::Offline) {
            return (Presence::Offline, None);
        }
        if media.contains(&Presence::Available) {
            return (Presence::Available, None);
        }
        match emp.presence {
            p @ (Presence::Busy | Presence::DoNotDisturb | Presence::Away) => {
                (p, emp.reason.clone())
            }
            Presence::Available | Presence::Offline => (Presence::Busy, None),
        }
    }

    /// `presence.aggregate` as the employee state shows it.
    pub(super) fn aggregate_presence(&self, e: usize) -> Value {
        let (presence, reason) = self.aggregate_presence_state(e);
        json!({ "AcdState": presence.name(), "Reason": reason })
    }
}
