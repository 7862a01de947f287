//! The widget's own words, in English and German.

use super::Lang;
use crate::panels::queue_now::columns::Column;
use crate::panels::queue_now::thresholds::Breach;

pub struct Strings {
    pub title: &'static str,
    pub loading: &'static str,
    pub empty: &'static str,
    pub retry: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub paused: &'static str,
    pub totals: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub live: &'static str,
    pub polling: &'static str,
    pub reconnecting: &'static str,
    pub offline: &'static str,
    pub error: &'static str,
    pub stale: &'static str,
    /// "updated {n} s ago": before and after the number.
    pub updated: (&'static str, &'static str),
    pub sort_hint: &'static str,
    pub over_threshold: &'static str,
}

const EN: Strings = Strings {
    title: "Queue now",
    loading: "Loading…",
    empty: "No queues to show.",
    retry: "Retry",
    pause: "Pause updates",
    resume: "Resume updates",
    paused: "Paused",
    totals: "Total",
    yes: "Yes",
    no: "No",
    live: "Live",
    polling: "Polling",
    reconnecting: "Reconnecting…",
    offline: "Offline",
    error: "Error",
    stale: "Data may be out of date",
    updated: ("updated ", " s ago"),
    sort_hint: "Sort",
    over_threshold: "over threshold",
};

const DE: Strings = Strings {
    title: "Warteschlangen jetzt",
    loading: "Wird geladen…",
    empty: "Keine Warteschlangen.",
    retry: "Erneut versuchen",
    pause: "Aktualisierung anhalten",
    resume: "Aktualisierung fortsetzen",
    paused: "Angehalten",
    totals: "Gesamt",
    yes: "Ja",
    no: "Nein",
    live: "Live",
    polling: "Abfrage",
    reconnecting: "Verbindung wird wiederhergestellt…",
    offline: "Offline",
    error: "Fehler",
    stale: "Daten sind möglicherweise veraltet",
    updated: ("aktualisiert vor ", " s"),
    sort_hint: "Sortieren",
    over_threshold: "über Schwellenwert",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// A column's header text.
pub fn column(lang: Lang, c: Column) -> &'static str {
    let (en, de) = match c {
        Column::Name => ("Queue", "Warteschlange"),
        Column::Media => ("Media", "Medium"),
        Column::Waiting => ("Waiting", "Wartend"),
        Column::LongestWait => ("Longest wait", "Längste Wartezeit"),
        Column::EstimatedWait => ("Est. wait", "Gesch. Wartezeit"),
        Column::ServiceLevel => ("Service level / goal", "Servicelevel / Ziel"),
        Column::Available => ("Available", "Verfügbar"),
        Column::OnAcd => ("On ACD", "In ACD"),
        Column::Unavailable => ("Unavailable", "Nicht verfügbar"),
        Column::Idle => ("Idle", "Frei"),
        Column::Offered => ("Offered", "Angeboten"),
        Column::Answered => ("Answered", "Angenommen"),
        Column::Abandoned => ("Abandoned", "Abgebrochen"),
        Column::AbandonRate => ("Abandon rate", "Abbruchrate"),
        Column::DoNotDisturb => ("Do not disturb", "Nicht stören"),
    };
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// The announcement of a crossing, e.g. "Sales: waiting at or over 10".
pub fn crossing(lang: Lang, queue: &str, breach: Breach, limit: &str) -> String {
    match (lang, breach) {
        (Lang::En, Breach::Waiting) => format!("{queue}: waiting at or over {limit}"),
        (Lang::En, Breach::LongestWait) => format!("{queue}: longest wait at or over {limit}"),
        (Lang::En, Breach::ServiceLevel) => format!("{queue}: service level below {limit}"),
        (Lang::De, Breach::Waiting) => format!("{queue}: {limit} oder mehr wartend"),
        (Lang::De, Breach::LongestWait) => format!("{queue}: längste Wartezeit ab {limit}"),
        (Lang::De, Breach::ServiceLevel) => format!("{queue}: Servicelevel unter {limit}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_a_header_in_both_languages() {
        for c in Column::ALL {
            assert!(!column(Lang::En, c).is_empty());
            assert!(!column(Lang::De, c).is_empty());
        }
        assert_eq!(column(Lang::De, Column::Waiting), "Wartend");
    }

    #[test]
    fn crossings_name_the_queue_and_the_limit() {
        assert_eq!(
            crossing(Lang::En, "Sales", Breach::Waiting, "10"),
            "Sales: waiting at or over 10"
        );
        assert!(crossing(Lang::De, "Vertrieb", Breach::ServiceLevel, "80 %").contains("80 %"));
    }
}
