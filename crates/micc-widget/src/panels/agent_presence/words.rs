//! The agent-presence panel's words, in English and German (its own file, so the queue
//! panel's strings stay as they are).

use micc_client::models::MediaType;

use super::presence::Presence;
use crate::format::Lang;

pub struct Words {
    pub title: &'static str,
    pub empty: &'static str,
    pub no_match: &'static str,
    pub group: &'static str,
    pub all_groups: &'static str,
    pub search: &'static str,
    pub summary: &'static str,
    pub agents: &'static str,
    pub col_agent: &'static str,
    pub col_state: &'static str,
    pub col_reason: &'static str,
    pub col_time: &'static str,
    pub col_media: &'static str,
    pub col_acd: &'static str,
}

const EN: Words = Words {
    title: "Agent presence",
    empty: "No agents to show.",
    no_match: "No agents match.",
    group: "Agent group",
    all_groups: "All agent groups",
    search: "Search by name",
    summary: "Agents per state",
    agents: "Agents",
    col_agent: "Agent",
    col_state: "State",
    col_reason: "Reason",
    col_time: "Time in state",
    col_media: "Media",
    col_acd: "ACD today",
};

const DE: Words = Words {
    title: "Agentenstatus",
    empty: "Keine Agenten.",
    no_match: "Keine passenden Agenten.",
    group: "Agentengruppe",
    all_groups: "Alle Agentengruppen",
    search: "Nach Namen suchen",
    summary: "Agenten je Status",
    agents: "Agenten",
    col_agent: "Agent",
    col_state: "Status",
    col_reason: "Grund",
    col_time: "Zeit im Status",
    col_media: "Medium",
    col_acd: "ACD heute",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// A presence kind in words.
pub fn presence(lang: Lang, p: Presence) -> &'static str {
    let (en, de) = match p {
        Presence::Available => ("Available", "Verfügbar"),
        Presence::Ringing => ("Ringing", "Klingelt"),
        Presence::OnAcd => ("On ACD", "In ACD"),
        Presence::NonAcd => ("Non-ACD call", "Nicht-ACD-Gespräch"),
        Presence::Outbound => ("Outbound", "Abgehend"),
        Presence::WrapUp => ("Wrap-up", "Nachbearbeitung"),
        Presence::Busy => ("Busy", "Beschäftigt"),
        Presence::DoNotDisturb => ("Do not disturb", "Nicht stören"),
        Presence::Away => ("Away", "Abwesend"),
        Presence::LoggedOut => ("Logged out", "Abgemeldet"),
        Presence::Unknown => ("Unknown", "Unbekannt"),
    };
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// The media an agent row is for; a value this version does not know, as received.
pub fn media(lang: Lang, m: Option<&MediaType>) -> String {
    let known = match m {
        None => return String::new(),
        Some(MediaType::Voice) => ("Voice", "Sprache"),
        Some(MediaType::Email) => ("Email", "E-Mail"),
        Some(MediaType::Chat) => ("Chat", "Chat"),
        Some(MediaType::Sms) => ("SMS", "SMS"),
        Some(MediaType::OpenMedia) => ("Open media", "Open Media"),
        Some(other) => return other.to_string(),
    };
    match lang {
        Lang::En => known.0.to_owned(),
        Lang::De => known.1.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_presence_has_words_in_both_languages() {
        for p in Presence::ALL {
            assert!(!presence(Lang::En, p).is_empty());
            assert!(!presence(Lang::De, p).is_empty());
        }
        assert_eq!(presence(Lang::De, Presence::Away), "Abwesend");
    }

    #[test]
    fn media_names_are_translated_and_unknown_ones_kept() {
        assert_eq!(media(Lang::De, Some(&MediaType::Voice)), "Sprache");
        assert_eq!(media(Lang::En, Some(&MediaType::Sms)), "SMS");
        assert_eq!(media(Lang::En, None), "");
        let odd = MediaType::Other(micc_client::models::RawEnum::Int(99));
        assert_eq!(media(Lang::En, Some(&odd)), odd.to_string());
        assert!(!media(Lang::En, Some(&MediaType::Unknown)).is_empty());
    }
}
