//! The queue-now panel's words for its columns and crossings, in English and German.

use crate::format::Lang;

use super::columns::Column;
use super::thresholds::Breach;

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
