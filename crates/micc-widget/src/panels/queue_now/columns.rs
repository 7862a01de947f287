//! The queue-now columns, the value each one shows, and sorting by any of them (pure).

use std::cmp::Ordering;

use micc_client::models::QueueState;

use crate::store::Row;

/// A column of the queue-now table, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Media,
    Waiting,
    LongestWait,
    EstimatedWait,
    ServiceLevel,
    Available,
    OnAcd,
    Unavailable,
    Idle,
    Offered,
    Answered,
    Abandoned,
    AbandonRate,
    DoNotDisturb,
}

impl Column {
    pub const ALL: [Column; 15] = [
        Column::Name,
        Column::Media,
        Column::Waiting,
        Column::LongestWait,
        Column::EstimatedWait,
        Column::ServiceLevel,
        Column::Available,
        Column::OnAcd,
        Column::Unavailable,
        Column::Idle,
        Column::Offered,
        Column::Answered,
        Column::Abandoned,
        Column::AbandonRate,
        Column::DoNotDisturb,
    ];

    /// A stable class name for styling and tests (`micc-waiting`, ...).
    pub fn class(self) -> &'static str {
        match self {
            Column::Name => "micc-col-name",
            Column::Media => "micc-media",
            Column::Waiting => "micc-waiting",
            Column::LongestWait => "micc-longest",
            Column::EstimatedWait => "micc-estimated",
            Column::ServiceLevel => "micc-service-level",
            Column::Available => "micc-available",
            Column::OnAcd => "micc-on-acd",
            Column::Unavailable => "micc-unavailable",
            Column::Idle => "micc-idle",
            Column::Offered => "micc-offered",
            Column::Answered => "micc-answered",
            Column::Abandoned => "micc-abandoned",
            Column::AbandonRate => "micc-abandon-rate",
            Column::DoNotDisturb => "micc-dnd",
        }
    }

    /// Numbers sort largest first on the first click (the busiest queue on top); text A→Z.
    pub fn first_direction(self) -> Direction {
        match self {
            Column::Name | Column::Media => Direction::Ascending,
            _ => Direction::Descending,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    /// The `aria-sort` value of the sorted header.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

/// The sort in force: `None` keeps the server's order.
pub type SortBy = Option<(Column, Direction)>;

/// The sort after a click on `column`'s header: a new column starts in its first direction,
/// the sorted one flips.
pub fn toggle(current: SortBy, column: Column) -> SortBy {
    match current {
        Some((c, Direction::Ascending)) if c == column => Some((c, Direction::Descending)),
        Some((c, Direction::Descending)) if c == column => Some((c, Direction::Ascending)),
        _ => Some((column, column.first_direction())),
    }
}

/// The longest wait now, in seconds: the server's figure plus the time since it arrived while
/// conversations are waiting (so it ticks between updates without trusting the server clock).
pub fn longest_wait_secs(row: &Row, now_ms: f64) -> Option<f64> {
    let base = row
        .state
        .longest_waiting_conversation_duration?
        .as_secs_f64();
    let elapsed = if ticks(row) {
        ((now_ms - row.received_ms) / 1000.0).max(0.0)
    } else {
        0.0
    };
    Some(base + elapsed)
}

/// Whether the row's longest wait ticks (conversations wait and the server gave a wait):
/// only then does anything of the row change with the clock alone.
pub fn ticks(row: &Row) -> bool {
    let waiting = row.state.waiting_conversations.unwrap_or(0) > 0;
    waiting
        && row
            .state
            .longest_waiting_conversation_duration
            .is_some_and(|d| d.as_secs_f64() > 0.0)
}

/// Today's abandon rate as a fraction (0.25 = 25 %): the server's percentage, else
/// abandoned / offered.
pub fn abandon_rate(q: &QueueState) -> Option<f64> {
    if let Some(p) = q
        .abandoned_conversations_percentage_today
        .filter(|p| p.is_finite())
    {
        return Some(p / 100.0);
    }
    let offered = q.offered_conversations_today.filter(|&o| o > 0)?;
    Some(q.abandoned_conversations_today? as f64 / offered as f64)
}

/// A cell's value for sorting.
#[derive(Debug, Clone, PartialEq)]
enum Key {
    Text(String),
    Num(f64),
}

fn key(row: &Row, column: Column, now_ms: f64) -> Option<Key> {
    let q = &row.state;
    let n = |v: Option<i64>| v.map(|v| Key::Num(v as f64));
    match column {
        // ASCII folding: full Unicode lowercasing links its tables (~4 KB) into the wasm.
        Column::Name => q.name.as_ref().map(|s| Key::Text(s.to_ascii_lowercase())),
        Column::Media => q
            .media_type
            .as_ref()
            .map(|m| Key::Text(m.to_string().to_ascii_lowercase())),
        Column::Waiting => n(q.waiting_conversations),
        Column::LongestWait => longest_wait_secs(row, now_ms).map(Key::Num),
        Column::EstimatedWait => q
            .estimated_wait_time_for_new_conversations
            .map(|t| Key::Num(t.as_secs_f64())),
        Column::ServiceLevel => q.service_level_percentage_today.map(Key::Num),
        Column::Available => n(q.agents_available),
        Column::OnAcd => n(q.agents_on_acd_conversations),
        Column::Unavailable => n(q.agents_unavailable),
        Column::Idle => n(q.agents_idle),
        Column::Offered => n(q.offered_conversations_today),
        Column::Answered => n(q.answered_conversations_today),
        Column::Abandoned => n(q.abandoned_conversations_today),
        Column::AbandonRate => abandon_rate(q).map(Key::Num),
        Column::DoNotDisturb => q
            .is_in_do_not_disturb
            .map(|b| Key::Num(f64::from(u8::from(b)))),
    }
    .filter(|k| !matches!(k, Key::Num(v) if v.is_nan()))
}

fn compare(a: &Key, b: &Key) -> Ordering {
    match (a, b) {
        (Key::Num(x), Key::Num(y)) => x.total_cmp(y),
        (Key::Text(x), Key::Text(y)) => x.cmp(y),
        (Key::Num(_), Key::Text(_)) => Ordering::Less,
        (Key::Text(_), Key::Num(_)) => Ordering::Greater,
    }
}

/// Sorts rows by `sort` (stable: ties keep the server's order). Missing values go last in
/// either direction, so a queue without data never tops the list.
pub fn sort_rows(rows: &mut Vec<Row>, sort: SortBy, now_ms: f64) {
    let Some((column, direction)) = sort else {
        return;
    };
    // Each key worked out once (a duration or a name per row), not once a comparison.
    let keys: Vec<SortKey> = rows
        .iter()
        .map(|r| SortKey(key(r, column, now_ms), direction))
        .collect();
    let order = crate::order::positions(rows.len(), &|a, b| keys[a].cmp(&keys[b]));
    *rows = order.into_iter().map(|i| rows[i].clone()).collect();
}

/// A sort key that orders missing values last whatever the direction.
struct SortKey(Option<Key>, Direction);

impl PartialEq for SortKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for SortKey {}
impl PartialOrd for SortKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for SortKey {
    fn cmp(&self, other: &Self) -> Ordering {
        match (&self.0, &other.0) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(a), Some(b)) => match self.1 {
                Direction::Ascending => compare(a, b),
                Direction::Descending => compare(b, a),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::timespan::TimeSpan;

    fn row(name: &str, waiting: Option<i64>) -> Row {
        Row {
            key: name.into(),
            state: std::sync::Arc::new(QueueState {
                name: Some(name.into()),
                waiting_conversations: waiting,
                ..QueueState::default()
            }),
            revision: 0,
            received_ms: 0.0,
        }
    }

    fn names(rows: &[Row]) -> Vec<&str> {
        rows.iter().map(|r| r.key.as_str()).collect()
    }

    #[test]
    fn no_sort_keeps_the_server_order() {
        let mut rows = vec![row("b", Some(1)), row("a", Some(2))];
        sort_rows(&mut rows, None, 0.0);
        assert_eq!(names(&rows), ["b", "a"]);
    }

    #[test]
    fn numbers_sort_both_ways_with_missing_values_last() {
        let mut rows = vec![
            row("a", Some(2)),
            row("none", None),
            row("b", Some(10)),
            row("c", Some(2)),
        ];
        sort_rows(
            &mut rows,
            Some((Column::Waiting, Direction::Descending)),
            0.0,
        );
        assert_eq!(names(&rows), ["b", "a", "c", "none"]);
        sort_rows(
            &mut rows,
            Some((Column::Waiting, Direction::Ascending)),
            0.0,
        );
        assert_eq!(
            names(&rows),
            ["a", "c", "b", "none"],
            "ties keep their order"
        );
    }

    #[test]
    fn names_sort_case_insensitively() {
        let mut rows = vec![row("beta", None), row("Alpha", None), row("gamma", None)];
        sort_rows(&mut rows, Some((Column::Name, Direction::Ascending)), 0.0);
        assert_eq!(names(&rows), ["Alpha", "beta", "gamma"]);
    }

    #[test]
    fn a_header_click_starts_in_the_columns_direction_then_flips() {
        let s = toggle(None, Column::Waiting);
        assert_eq!(s, Some((Column::Waiting, Direction::Descending)));
        let s = toggle(s, Column::Waiting);
        assert_eq!(s, Some((Column::Waiting, Direction::Ascending)));
        assert_eq!(
            toggle(s, Column::Name),
            Some((Column::Name, Direction::Ascending))
        );
    }

    #[test]
    fn longest_wait_ticks_only_while_conversations_wait() {
        let mut r = row("a", Some(2));
        std::sync::Arc::make_mut(&mut r.state).longest_waiting_conversation_duration =
            Some(TimeSpan::from_duration(std::time::Duration::from_secs(30)));
        r.received_ms = 1_000.0;
        assert!(ticks(&r));
        assert_eq!(longest_wait_secs(&r, 4_000.0), Some(33.0));
        assert_eq!(longest_wait_secs(&r, 0.0), Some(30.0), "clock stepped back");
        std::sync::Arc::make_mut(&mut r.state).waiting_conversations = Some(0);
        assert_eq!(longest_wait_secs(&r, 4_000.0), Some(30.0));
        assert!(!ticks(&r));
        std::sync::Arc::make_mut(&mut r.state).longest_waiting_conversation_duration = None;
        assert_eq!(longest_wait_secs(&r, 4_000.0), None);
    }

    #[test]
    fn abandon_rate_prefers_the_servers_percentage() {
        let mut q = QueueState {
            offered_conversations_today: Some(10),
            abandoned_conversations_today: Some(1),
            ..QueueState::default()
        };
        assert_eq!(abandon_rate(&q), Some(0.1));
        q.abandoned_conversations_percentage_today = Some(25.0);
        assert_eq!(abandon_rate(&q), Some(0.25));
        let none = QueueState {
            offered_conversations_today: Some(0),
            abandoned_conversations_today: Some(0),
            ..QueueState::default()
        };
        assert_eq!(abandon_rate(&none), None, "no division by zero");
    }
}
