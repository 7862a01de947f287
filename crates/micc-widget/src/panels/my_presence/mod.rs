//! The my-presence control: the signed-in employee's state (glyph, words and reason) and
//! buttons to switch to Available, Busy or Do Not Disturb (each with a reason code of the
//! employee's list) or Away. The change is optimistic; its state machine is
//! `store/me.rs`.

pub mod words;

#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use view::my_presence;

use super::agent_presence::presence::Presence;
use crate::store::me::Kind;

/// The agent panel's presence kind of an employee presence, for the same glyph, class and
/// words (`Offline` is an agent's "logged out").
pub fn presence(kind: Kind) -> Presence {
    match kind {
        Kind::Available => Presence::Available,
        Kind::Busy => Presence::Busy,
        Kind::DoNotDisturb => Presence::DoNotDisturb,
        Kind::Away => Presence::Away,
        Kind::Offline => Presence::LoggedOut,
        Kind::Unknown => Presence::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_employee_presence_has_a_distinct_glyph_and_name() {
        let kinds = [
            Kind::Available,
            Kind::Busy,
            Kind::DoNotDisturb,
            Kind::Away,
            Kind::Offline,
            Kind::Unknown,
        ];
        let mut glyphs: Vec<_> = kinds.iter().map(|k| presence(*k).glyph()).collect();
        glyphs.sort_unstable();
        glyphs.dedup();
        assert_eq!(
            glyphs.len(),
            kinds.len(),
            "state is never shown by colour alone"
        );
        assert_eq!(presence(Kind::DoNotDisturb).name(), "dnd");
        assert_eq!(presence(Kind::Offline), Presence::LoggedOut);
    }
}
