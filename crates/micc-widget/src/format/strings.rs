//! The widget's own words, in English and German (the panels' column and state words are
//! in their own `words` modules).

use super::Lang;

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
