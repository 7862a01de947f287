//! An agent's state as the panel shows it: a kind with a text glyph and words (never colour
//! alone), and the summary of how many agents are in each kind (pure).

use micc_client::models::AgentCurrentState;

use crate::store::agents::AgentRow;

/// What an agent is doing, in the panel's order (available first, logged out last).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Presence {
    Available,
    Ringing,
    OnAcd,
    NonAcd,
    Outbound,
    WrapUp,
    Busy,
    DoNotDisturb,
    Away,
    LoggedOut,
    Unknown,
}

impl Presence {
    pub const ALL: [Presence; 11] = [
        Presence::Available,
        Presence::Ringing,
        Presence::OnAcd,
        Presence::NonAcd,
        Presence::Outbound,
        Presence::WrapUp,
        Presence::Busy,
        Presence::DoNotDisturb,
        Presence::Away,
        Presence::LoggedOut,
        Presence::Unknown,
    ];

    /// The kind of a `CurrentState`; a value this version does not know, or none, is Unknown.
    pub fn of(state: Option<&AgentCurrentState>) -> Presence {
        match state {
            Some(AgentCurrentState::Idle) => Presence::Available,
            Some(AgentCurrentState::Ringing) => Presence::Ringing,
            Some(AgentCurrentState::ACD) => Presence::OnAcd,
            Some(AgentCurrentState::NonACD) => Presence::NonAcd,
            Some(AgentCurrentState::Outbound) => Presence::Outbound,
            Some(AgentCurrentState::WorkTimer) => Presence::WrapUp,
            Some(AgentCurrentState::MakeBusy) => Presence::Busy,
            Some(AgentCurrentState::DoNotDisturb) => Presence::DoNotDisturb,
            Some(AgentCurrentState::Away) => Presence::Away,
            Some(AgentCurrentState::LoggedOut) => Presence::LoggedOut,
            Some(AgentCurrentState::Unknown | AgentCurrentState::Other(_)) | None => {
                Presence::Unknown
            }
        }
    }

    /// A text glyph (no image assets; screen readers skip it, the words follow it).
    pub fn glyph(self) -> &'static str {
        match self {
            Presence::Available => "✓",
            Presence::Ringing => "♪",
            Presence::OnAcd => "☎",
            Presence::NonAcd => "☏",
            Presence::Outbound => "↗",
            Presence::WrapUp => "✎",
            // Not ⏸ (U+23F8): common fonts (DejaVu, the Debian default) lack it.
            Presence::Busy => "●",
            Presence::DoNotDisturb => "⊘",
            Presence::Away => "☾",
            Presence::LoggedOut => "○",
            Presence::Unknown => "?",
        }
    }

    /// The CSS class suffix and `data-presence` value (stable, for styling and tests).
    pub fn name(self) -> &'static str {
        match self {
            Presence::Available => "available",
            Presence::Ringing => "ringing",
            Presence::OnAcd => "acd",
            Presence::NonAcd => "non-acd",
            Presence::Outbound => "outbound",
            Presence::WrapUp => "wrap-up",
            Presence::Busy => "busy",
            Presence::DoNotDisturb => "dnd",
            Presence::Away => "away",
            Presence::LoggedOut => "logged-out",
            Presence::Unknown => "unknown",
        }
    }
}

/// How many of `rows` are in each kind, in [`Presence::ALL`]'s order, kinds with none left
/// out.
pub fn summary(rows: &[AgentRow]) -> Vec<(Presence, usize)> {
    let mut counts = [0usize; Presence::ALL.len()];
    for r in rows {
        let p = Presence::of(r.state.current_state.as_ref());
        if let Some(i) = Presence::ALL.iter().position(|x| *x == p)
            && let Some(c) = counts.get_mut(i)
        {
            *c += 1;
        }
    }
    Presence::ALL
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::models::{AgentState, RawEnum};

    fn row(key: &str, s: Option<AgentCurrentState>) -> AgentRow {
        AgentRow {
            key: key.into(),
            state: std::sync::Arc::new(AgentState {
                current_state: s,
                ..AgentState::default()
            }),
            revision: 0,
            entered_ms: None,
        }
    }

    #[test]
    fn every_server_state_has_a_kind_and_unknown_values_are_unknown() {
        assert_eq!(
            Presence::of(Some(&AgentCurrentState::Idle)),
            Presence::Available
        );
        assert_eq!(Presence::of(Some(&AgentCurrentState::ACD)), Presence::OnAcd);
        assert_eq!(
            Presence::of(Some(&AgentCurrentState::WorkTimer)),
            Presence::WrapUp
        );
        assert_eq!(
            Presence::of(Some(&AgentCurrentState::Other(RawEnum::Int(42)))),
            Presence::Unknown
        );
        assert_eq!(Presence::of(None), Presence::Unknown);
        for p in Presence::ALL {
            assert!(!p.glyph().is_empty());
            assert!(!p.name().is_empty());
        }
    }

    #[test]
    fn the_summary_counts_each_kind_in_a_fixed_order_and_skips_zeroes() {
        let rows = [
            row("1", Some(AgentCurrentState::Away)),
            row("2", Some(AgentCurrentState::Idle)),
            row("3", Some(AgentCurrentState::ACD)),
            row("4", Some(AgentCurrentState::Idle)),
            row("5", None),
        ];
        assert_eq!(
            summary(&rows),
            [
                (Presence::Available, 2),
                (Presence::OnAcd, 1),
                (Presence::Away, 1),
                (Presence::Unknown, 1)
            ]
        );
        assert!(summary(&[]).is_empty());
    }
}
