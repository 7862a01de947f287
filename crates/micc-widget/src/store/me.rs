//! The signed-in employee's presence as the my-presence control shows it, and the state
//! machine of a change the user asks for (pure, tested natively):
//!
//! ```text
//! idle ──choose──▶ pending ──server says yes──▶ confirmed ──choose──▶ pending …
//!                     │                           └─a poll shows another state─▶ idle
//!                     └─────server says no───▶ rolled back ─choose──▶ pending …
//! ```
//!
//! While a change is pending the control shows the state asked for (optimistic) and polls do
//! not overwrite it. Every poll carries the [`Ticket`] taken when it was sent; a poll sent
//! before the change was answered can hold the state from before the change, so only polls
//! sent after the answer count.

use micc_client::models::{
    EmployeeState, EmployeeStateUpdateModel, PresenceAvailability, ReasonCodeModel,
};

/// An employee's presence, as `presence.aggregate.acdState` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Available,
    Busy,
    DoNotDisturb,
    Away,
    Offline,
    Unknown,
}

impl Kind {
    pub fn of(p: Option<&PresenceAvailability>) -> Kind {
        match p {
            Some(PresenceAvailability::Available) => Kind::Available,
            Some(PresenceAvailability::Busy) => Kind::Busy,
            Some(PresenceAvailability::DoNotDisturb) => Kind::DoNotDisturb,
            Some(PresenceAvailability::Away) => Kind::Away,
            Some(PresenceAvailability::Offline) => Kind::Offline,
            Some(PresenceAvailability::Unknown | PresenceAvailability::Other(_)) | None => {
                Kind::Unknown
            }
        }
    }
}

/// What the control shows: a presence and its reason (the server's words, shown as text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub kind: Kind,
    pub reason: Option<String>,
}

impl Shown {
    /// The aggregate presence of an employee state (public code reads
    /// `presence.aggregate.acdState`, wire-facts.md).
    pub fn of(state: &EmployeeState) -> Shown {
        let aggregate = state.presence.as_ref().and_then(|p| p.aggregate.as_ref());
        Shown {
            kind: Kind::of(aggregate.and_then(|a| a.acd_state.as_ref())),
            reason: aggregate
                .and_then(|a| a.reason.clone())
                .filter(|r| !r.trim().is_empty()),
        }
    }
}

/// Which states a reason code is for (`Type` of a busy reason code: `Busy` or `Dnd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonFor {
    Busy,
    DoNotDisturb,
}

/// One reason code the employee may use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// Sent in the state update: real servers take reason codes by id (wire-facts.md).
    pub id: String,
    /// Shown to the user, and what the server then reports as the state's reason.
    pub name: String,
    pub kind: ReasonFor,
}

/// The usable reason codes of `employees/{id}/busyreasoncodes`: each needs an id (it is sent
/// by id) and a type of `Busy` or `Dnd` (`DoNotDisturb` is taken too, in any case); others
/// are left out. A code without a name is shown by its reporting number, else its id.
pub fn reasons(codes: &[ReasonCodeModel]) -> Vec<Reason> {
    codes
        .iter()
        .filter_map(|c| {
            let id = c.id.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
            let kind = match c.r#type.as_deref().map(str::trim) {
                Some(t) if t.eq_ignore_ascii_case("busy") => ReasonFor::Busy,
                Some(t)
                    if t.eq_ignore_ascii_case("dnd") || t.eq_ignore_ascii_case("donotdisturb") =>
                {
                    ReasonFor::DoNotDisturb
                }
                _ => return None,
            };
            let name = [&c.name, &c.reporting]
                .into_iter()
                .flatten()
                .map(|s| s.trim())
                .find(|s| !s.is_empty())
                .unwrap_or(id);
            Some(Reason {
                id: id.to_owned(),
                name: name.to_owned(),
                kind,
            })
        })
        .collect()
}

/// A change the user asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Available,
    /// Busy or do-not-disturb, with an optional reason code of that kind.
    Busy(Option<Reason>),
    DoNotDisturb(Option<Reason>),
    Away,
}

impl Choice {
    /// What the control shows while the change is pending.
    pub fn shown(&self) -> Shown {
        let (kind, reason) = match self {
            Choice::Available => (Kind::Available, None),
            Choice::Busy(r) => (Kind::Busy, r.as_ref()),
            Choice::DoNotDisturb(r) => (Kind::DoNotDisturb, r.as_ref()),
            Choice::Away => (Kind::Away, None),
        };
        Shown {
            kind,
            reason: reason.map(|r| r.name.clone()),
        }
    }

    /// The body of `PUT employees/me/state`: the state by name and the reason code by id,
    /// as public code sends it (`{'state': 'Busy', 'reason': '<reason code id>'}`). Nothing
    /// else: the reference's other "required" members have defaults the server fills in.
    pub fn request(&self) -> EmployeeStateUpdateModel {
        let (state, reason) = match self {
            Choice::Available => (PresenceAvailability::Available, None),
            Choice::Busy(r) => (PresenceAvailability::Busy, r.as_ref()),
            Choice::DoNotDisturb(r) => (PresenceAvailability::DoNotDisturb, r.as_ref()),
            Choice::Away => (PresenceAvailability::Away, None),
        };
        EmployeeStateUpdateModel {
            state: Some(state),
            reason: reason.map(|r| r.id.clone()),
            ..EmployeeStateUpdateModel::default()
        }
    }
}

/// Where a change stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// No change asked for yet.
    Idle,
    /// Sent, not answered: the control shows `wanted` and is disabled.
    Pending { wanted: Shown },
    /// The server took the last change, and polls since show this state.
    Confirmed { shown: Shown },
    /// The server refused the last change: the control shows the state from before and
    /// this message.
    RolledBack { message: String },
}

/// Taken when a poll of the employee state is sent, handed back with its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

/// The signed-in employee's presence, the reason codes they may use, and the change in
/// flight.
#[derive(Debug, Clone, PartialEq)]
pub struct MeState {
    /// The last state the server reported (by a poll, or by accepting a change).
    server: Option<Shown>,
    phase: Phase,
    /// Bumped when a change is sent and when it is answered: polls sent in an older epoch
    /// may predate the change and are dropped.
    epoch: u64,
    /// Why the state could not be read, while it could not.
    error: Option<String>,
    reasons: Vec<Reason>,
    reasons_loaded: bool,
}

impl Default for MeState {
    fn default() -> Self {
        MeState {
            server: None,
            phase: Phase::Idle,
            epoch: 0,
            error: None,
            reasons: Vec::new(),
            reasons_loaded: false,
        }
    }
}

impl MeState {
    /// What the control shows: the state asked for while pending, else the server's.
    pub fn shown(&self) -> Option<&Shown> {
        match &self.phase {
            Phase::Pending { wanted } => Some(wanted),
            _ => self.server.as_ref(),
        }
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn is_pending(&self) -> bool {
        matches!(self.phase, Phase::Pending { .. })
    }

    pub fn is_loaded(&self) -> bool {
        self.server.is_some()
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    pub fn reasons(&self) -> &[Reason] {
        &self.reasons
    }

    pub fn reasons_loaded(&self) -> bool {
        self.reasons_loaded
    }

    /// Taken before a poll is sent.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.epoch)
    }

    /// Starts a change: the body to send, or `None` while another change is in flight or
    /// before the state is known (the control is disabled then; this guards a stray call).
    pub fn choose(&mut self, choice: &Choice) -> Option<EmployeeStateUpdateModel> {
        if self.is_pending() || self.server.is_none() {
            return None;
        }
        self.phase = Phase::Pending {
            wanted: choice.shown(),
        };
        self.epoch += 1;
        Some(choice.request())
    }

    /// The server's answer to the change in flight: `Ok` keeps what was asked for, an error
    /// goes back to the state from before, with the message. No change in flight: ignored.
    pub fn on_answer(&mut self, answer: Result<(), String>) -> bool {
        let Phase::Pending { wanted } = &self.phase else {
            return false;
        };
        match answer {
            Ok(()) => {
                self.server = Some(wanted.clone());
                self.phase = Phase::Confirmed {
                    shown: wanted.clone(),
                };
            }
            Err(message) => self.phase = Phase::RolledBack { message },
        }
        self.epoch += 1;
        true
    }

    /// A polled state: taken unless a change is in flight or the poll was sent before the
    /// last change was answered. A state other than the one confirmed ends "confirmed" (the
    /// day moved on: "now Busy" would be stale). Returns whether anything changed.
    pub fn on_poll(&mut self, ticket: Ticket, state: Shown) -> bool {
        if self.is_pending() || ticket != self.ticket() {
            return false;
        }
        if matches!(&self.phase, Phase::Confirmed { shown } if *shown != state) {
            self.phase = Phase::Idle;
        }
        let changed = self.server.as_ref() != Some(&state) || self.error.is_some();
        self.server = Some(state);
        self.error = None;
        changed
    }

    /// A pushed state (`employeeStateChanged`): taken as a poll sent now would be, and newer
    /// than every poll still in flight, so those are dropped when they arrive (a poll
    /// answered after the event can hold the state from before it).
    pub fn on_event(&mut self, state: Shown) -> bool {
        let changed = self.on_poll(self.ticket(), state);
        self.epoch += 1;
        changed
    }

    /// A failed poll: shown while nothing was read yet (a known state stays on screen, the
    /// status line says the feed is failing).
    pub fn on_poll_error(&mut self, message: String) -> bool {
        if self.server.is_some() || self.error.as_deref() == Some(message.as_str()) {
            return false;
        }
        self.error = Some(message);
        true
    }

    pub fn apply_reasons(&mut self, codes: &[ReasonCodeModel]) -> bool {
        let next = reasons(codes);
        let changed = !self.reasons_loaded || next != self.reasons;
        self.reasons = next;
        self.reasons_loaded = true;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::models::{MediaPresence, Presentity, RawEnum, to_request_string};

    fn shown(kind: Kind, reason: Option<&str>) -> Shown {
        Shown {
            kind,
            reason: reason.map(str::to_owned),
        }
    }

    fn lunch() -> Reason {
        Reason {
            id: "rc-1".into(),
            name: "Lunch".into(),
            kind: ReasonFor::Busy,
        }
    }

    fn loaded(kind: Kind) -> MeState {
        let mut m = MeState::default();
        let t = m.ticket();
        assert!(m.on_poll(t, shown(kind, None)));
        m
    }

    fn code(id: Option<&str>, name: Option<&str>, ty: Option<&str>) -> ReasonCodeModel {
        ReasonCodeModel {
            id: id.map(str::to_owned),
            name: name.map(str::to_owned),
            r#type: ty.map(str::to_owned),
            ..ReasonCodeModel::default()
        }
    }

    #[test]
    fn the_aggregate_presence_and_its_reason_are_read() {
        let state = EmployeeState {
            presence: Some(Presentity {
                aggregate: Some(MediaPresence {
                    acd_state: Some(PresenceAvailability::DoNotDisturb),
                    reason: Some("Training".into()),
                    ..MediaPresence::default()
                }),
                ..Presentity::default()
            }),
            ..EmployeeState::default()
        };
        assert_eq!(
            Shown::of(&state),
            shown(Kind::DoNotDisturb, Some("Training"))
        );
        assert_eq!(
            Shown::of(&EmployeeState::default()),
            shown(Kind::Unknown, None)
        );
        assert_eq!(
            Kind::of(Some(&PresenceAvailability::Other(RawEnum::Int(9)))),
            Kind::Unknown
        );
    }

    #[test]
    fn a_change_is_shown_at_once_and_kept_when_the_server_agrees() {
        let mut m = loaded(Kind::Available);
        assert_eq!(m.phase(), &Phase::Idle);
        let body = m.choose(&Choice::Busy(Some(lunch()))).expect("a request");
        assert_eq!(body.state, Some(PresenceAvailability::Busy));
        assert_eq!(body.reason.as_deref(), Some("rc-1"), "sent by id");
        assert!(m.is_pending());
        assert_eq!(m.shown(), Some(&shown(Kind::Busy, Some("Lunch"))));
        assert!(m.on_answer(Ok(())));
        let busy = shown(Kind::Busy, Some("Lunch"));
        assert_eq!(
            m.phase(),
            &Phase::Confirmed {
                shown: busy.clone()
            }
        );
        assert_eq!(m.shown(), Some(&busy));
        // A poll with the same state keeps it confirmed.
        let t = m.ticket();
        assert!(!m.on_poll(t, busy.clone()));
        assert_eq!(m.phase(), &Phase::Confirmed { shown: busy });
    }

    #[test]
    fn a_refusal_rolls_back_with_the_message() {
        let mut m = loaded(Kind::Available);
        m.choose(&Choice::Away).expect("a request");
        assert_eq!(m.shown().map(|s| s.kind), Some(Kind::Away));
        assert!(m.on_answer(Err("403 Forbidden".into())));
        assert_eq!(
            m.phase(),
            &Phase::RolledBack {
                message: "403 Forbidden".into()
            }
        );
        assert_eq!(m.shown(), Some(&shown(Kind::Available, None)));
        // The next change starts afresh.
        assert!(m.choose(&Choice::Available).is_some());
        assert!(m.is_pending());
    }

    #[test]
    fn no_second_change_while_one_is_in_flight_nor_before_the_state_is_known() {
        let mut fresh = MeState::default();
        assert!(fresh.choose(&Choice::Away).is_none());
        assert_eq!(fresh.phase(), &Phase::Idle);
        let mut m = loaded(Kind::Available);
        assert!(m.choose(&Choice::Away).is_some());
        assert!(m.choose(&Choice::Available).is_none());
        assert_eq!(m.shown().map(|s| s.kind), Some(Kind::Away));
        assert!(!MeState::default().on_answer(Ok(())), "no change in flight");
    }

    #[test]
    fn polls_never_flip_the_optimistic_state_before_the_answer() {
        let mut m = loaded(Kind::Available);
        let before_change = m.ticket();
        m.choose(&Choice::DoNotDisturb(None)).expect("a request");
        let during = m.ticket();
        // A poll sent before the change, and one sent while it was in flight, both answered
        // while it is in flight: the control keeps showing the state asked for.
        assert!(!m.on_poll(before_change, shown(Kind::Available, None)));
        assert!(!m.on_poll(during, shown(Kind::Available, None)));
        assert_eq!(m.shown().map(|s| s.kind), Some(Kind::DoNotDisturb));
        m.on_answer(Ok(()));
        // The same stale polls answered after the change: still dropped.
        assert!(!m.on_poll(during, shown(Kind::Available, None)));
        assert_eq!(m.shown().map(|s| s.kind), Some(Kind::DoNotDisturb));
        // A poll sent after the answer is the truth again.
        let after = m.ticket();
        assert!(m.on_poll(after, shown(Kind::Busy, Some("Meeting"))));
        assert_eq!(m.shown(), Some(&shown(Kind::Busy, Some("Meeting"))));
        assert_eq!(m.phase(), &Phase::Idle, "'now do not disturb' is over");
    }

    #[test]
    fn an_event_wins_over_a_poll_sent_before_it() {
        let mut m = MeState::default();
        let t = m.ticket();
        assert!(m.on_poll(t, shown(Kind::Available, None)));
        // A poll is sent, then the server pushes a newer state, then the poll is answered
        // with the state from before the push.
        let in_flight = m.ticket();
        assert!(m.on_event(shown(Kind::Busy, Some("Lunch"))));
        assert!(!m.on_poll(in_flight, shown(Kind::Available, None)));
        assert_eq!(m.shown(), Some(&shown(Kind::Busy, Some("Lunch"))));
        // A poll sent after the event counts again.
        let after = m.ticket();
        assert!(m.on_poll(after, shown(Kind::Away, None)));
        assert_eq!(m.shown().map(|s| s.kind), Some(Kind::Away));
        // An event while a change is in flight does not replace the state asked for.
        m.choose(&Choice::Available).expect("a request");
        assert!(!m.on_event(shown(Kind::Away, None)));
        assert_eq!(m.shown().map(|s| s.kind), Some(Kind::Available));
    }

    #[test]
    fn a_failed_first_poll_is_an_error_until_a_state_arrives() {
        let mut m = MeState::default();
        assert!(m.on_poll_error("400 'me' needs a user".into()));
        assert!(!m.on_poll_error("400 'me' needs a user".into()));
        assert_eq!(m.error(), Some("400 'me' needs a user"));
        let t = m.ticket();
        assert!(m.on_poll(t, shown(Kind::Away, None)));
        assert_eq!(m.error(), None);
        assert!(!m.on_poll_error("503".into()), "a known state stays");
        assert!(!m.on_poll(t, shown(Kind::Away, None)), "nothing new");
    }

    #[test]
    fn reason_codes_need_an_id_and_a_busy_or_dnd_type() {
        let codes = [
            code(Some("b1"), Some("Lunch"), Some("Busy")),
            code(Some("d1"), Some("Training"), Some("Dnd")),
            code(Some("d2"), None, Some("DONOTDISTURB")),
            code(None, Some("No id"), Some("Busy")),
            code(Some("x"), Some("Other"), Some("Available")),
            code(Some("y"), Some("Untyped"), None),
        ];
        let r = reasons(&codes);
        let got: Vec<_> = r
            .iter()
            .map(|r| (r.id.as_str(), r.name.as_str(), r.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("b1", "Lunch", ReasonFor::Busy),
                ("d1", "Training", ReasonFor::DoNotDisturb),
                ("d2", "d2", ReasonFor::DoNotDisturb),
            ]
        );
        let mut m = MeState::default();
        assert!(m.apply_reasons(&codes));
        assert!(m.reasons_loaded());
        assert!(!m.apply_reasons(&codes));
    }

    #[test]
    fn the_request_body_names_the_state_and_carries_only_what_public_code_sends() {
        let json = |c: Choice| to_request_string(&c.request()).unwrap_or_default();
        assert_eq!(
            json(Choice::Busy(Some(lunch()))),
            r#"{"State":"Busy","Reason":"rc-1"}"#
        );
        assert_eq!(json(Choice::Available), r#"{"State":"Available"}"#);
        assert_eq!(
            json(Choice::DoNotDisturb(None)),
            r#"{"State":"DoNotDisturb"}"#
        );
        assert_eq!(json(Choice::Away), r#"{"State":"Away"}"#);
    }
}
