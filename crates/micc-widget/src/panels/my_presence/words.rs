//! The my-presence control's words, in English and German. State names are the agent
//! panel's (`agent_presence::words::presence`), so both panels say the same.

use crate::format::Lang;

pub struct Words {
    pub title: &'static str,
    /// Label of the current state.
    pub current: &'static str,
    /// Legend of the buttons.
    pub change_to: &'static str,
    pub busy_reason: &'static str,
    pub dnd_reason: &'static str,
    pub no_reason: &'static str,
    /// "Changing to {state}…": before and after the state.
    pub pending: (&'static str, &'static str),
    /// "Your state is now {state}.": before and after.
    pub confirmed: (&'static str, &'static str),
    /// Before the server's message when it refuses a change.
    pub refused: &'static str,
    /// After it: the state shown again.
    pub still: &'static str,
}

const EN: Words = Words {
    title: "My presence",
    current: "Your state",
    change_to: "Change my state",
    busy_reason: "Reason for busy",
    dnd_reason: "Reason for do not disturb",
    no_reason: "No reason",
    pending: ("Changing to ", "…"),
    confirmed: ("Your state is now ", "."),
    refused: "The change was refused: ",
    still: "Your state is still ",
};

const DE: Words = Words {
    title: "Meine Anwesenheit",
    current: "Ihr Status",
    change_to: "Status ändern",
    busy_reason: "Grund für Beschäftigt",
    dnd_reason: "Grund für Nicht stören",
    no_reason: "Kein Grund",
    pending: ("Wechsel zu ", " …"),
    confirmed: ("Ihr Status ist jetzt ", "."),
    refused: "Die Änderung wurde abgelehnt: ",
    still: "Ihr Status ist weiterhin ",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_every_word() {
        for w in [words(Lang::En), words(Lang::De)] {
            for s in [
                w.title,
                w.current,
                w.change_to,
                w.busy_reason,
                w.dnd_reason,
                w.no_reason,
                w.pending.0,
                w.confirmed.0,
                w.refused,
                w.still,
            ] {
                assert!(!s.trim().is_empty());
            }
        }
        assert_ne!(words(Lang::De).title, words(Lang::En).title);
    }
}
