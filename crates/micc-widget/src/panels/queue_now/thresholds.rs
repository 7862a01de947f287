//! Thresholds and their crossings (pure): a row over a threshold is marked; a crossing (from
//! not over to over) is announced once; staying over, or ordinary updates, are not.

use crate::store::Row;

use super::columns::longest_wait_secs;

/// The configured thresholds; `None` disables one.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    /// Waiting conversations ≥ this.
    pub waiting: Option<i64>,
    /// Longest wait ≥ this many seconds.
    pub longest_wait_secs: Option<f64>,
    /// Service level today below goal: the queue's own `ServiceLevelGoalPercentage` by
    /// default, or this fixed percentage.
    pub service_level: ServiceLevelRule,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ServiceLevelRule {
    Off,
    QueueGoal,
    Percent(f64),
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            waiting: None,
            longest_wait_secs: None,
            service_level: ServiceLevelRule::QueueGoal,
        }
    }
}

/// Which threshold a row is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Breach {
    Waiting,
    LongestWait,
    ServiceLevel,
}

/// The thresholds `row` is over now.
pub fn breaches(row: &Row, t: &Thresholds, now_ms: f64) -> Vec<Breach> {
    let q = &row.state;
    let mut out = Vec::new();
    if let (Some(limit), Some(w)) = (t.waiting, q.waiting_conversations)
        && w >= limit
    {
        out.push(Breach::Waiting);
    }
    if let (Some(limit), Some(w)) = (t.longest_wait_secs, longest_wait_secs(row, now_ms))
        && w >= limit
    {
        out.push(Breach::LongestWait);
    }
    let goal = match t.service_level {
        ServiceLevelRule::Off => None,
        ServiceLevelRule::QueueGoal => q.service_level_goal_percentage,
        ServiceLevelRule::Percent(p) => Some(p),
    };
    // Before anything was offered the service level means nothing: no breach.
    let offered = q.offered_conversations_today.unwrap_or(0) > 0;
    if let (Some(goal), Some(sl)) = (goal, q.service_level_percentage_today)
        && offered
        && sl < goal
    {
        out.push(Breach::ServiceLevel);
    }
    out
}

/// The breaches of every row over a threshold, by row key (rows over none are left out; a
/// list, not a hash map, which would cost kilobytes of wasm for a few entries).
pub type BreachMap = Vec<(String, Vec<Breach>)>;

pub fn breach_map(rows: &[Row], t: &Thresholds, now_ms: f64) -> BreachMap {
    rows.iter()
        .map(|r| (r.key.clone(), breaches(r, t, now_ms)))
        .filter(|(_, b)| !b.is_empty())
        .collect()
}

fn breaches_of<'m>(map: &'m BreachMap, key: &str) -> &'m [Breach] {
    map.iter()
        .find(|(k, _)| k == key)
        .map_or(&[], |(_, b)| b.as_slice())
}

/// The (row key, breach) pairs that are over now and were not before, in row order. With no
/// `before` (the first data), nothing is a crossing: rows already over are marked, not
/// announced, so a page load does not read out a burst of alarms.
pub fn crossings(
    before: Option<&BreachMap>,
    now: &BreachMap,
    rows: &[Row],
) -> Vec<(String, Breach)> {
    let Some(before) = before else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for row in rows {
        let current = breaches_of(now, &row.key);
        if current.is_empty() {
            continue;
        }
        let was = breaches_of(before, &row.key);
        for b in current {
            if !was.contains(b) {
                out.push((row.key.clone(), *b));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::models::QueueState;

    fn row(key: &str, waiting: i64, sl: Option<f64>, goal: Option<f64>) -> Row {
        Row {
            key: key.into(),
            state: std::sync::Arc::new(QueueState {
                waiting_conversations: Some(waiting),
                offered_conversations_today: Some(10),
                service_level_percentage_today: sl,
                service_level_goal_percentage: goal,
                ..QueueState::default()
            }),
            revision: 0,
            received_ms: 0.0,
        }
    }

    fn waiting_at(n: i64) -> Thresholds {
        Thresholds {
            waiting: Some(n),
            ..Thresholds::default()
        }
    }

    #[test]
    fn waiting_is_over_at_the_threshold_itself() {
        let t = waiting_at(5);
        assert_eq!(breaches(&row("a", 4, None, None), &t, 0.0), []);
        assert_eq!(
            breaches(&row("a", 5, None, None), &t, 0.0),
            [Breach::Waiting]
        );
    }

    #[test]
    fn service_level_defaults_to_the_queues_own_goal() {
        let t = Thresholds::default();
        assert_eq!(
            breaches(&row("a", 0, Some(79.0), Some(80.0)), &t, 0.0),
            [Breach::ServiceLevel]
        );
        assert_eq!(breaches(&row("a", 0, Some(80.0), Some(80.0)), &t, 0.0), []);
        assert_eq!(breaches(&row("a", 0, Some(10.0), None), &t, 0.0), []);
        let fixed = Thresholds {
            service_level: ServiceLevelRule::Percent(95.0),
            ..Thresholds::default()
        };
        assert_eq!(
            breaches(&row("a", 0, Some(90.0), None), &fixed, 0.0),
            [Breach::ServiceLevel]
        );
        let off = Thresholds {
            service_level: ServiceLevelRule::Off,
            ..Thresholds::default()
        };
        assert_eq!(breaches(&row("a", 0, Some(1.0), Some(80.0)), &off, 0.0), []);
    }

    #[test]
    fn no_service_level_breach_before_anything_was_offered() {
        let mut r = row("a", 0, Some(0.0), Some(80.0));
        std::sync::Arc::make_mut(&mut r.state).offered_conversations_today = Some(0);
        assert_eq!(breaches(&r, &Thresholds::default(), 0.0), []);
    }

    #[test]
    fn longest_wait_crosses_by_ticking_alone() {
        let mut r = row("a", 1, None, None);
        std::sync::Arc::make_mut(&mut r.state).longest_waiting_conversation_duration = Some(
            micc_client::timespan::TimeSpan::from_duration(std::time::Duration::from_secs(55)),
        );
        let t = Thresholds {
            longest_wait_secs: Some(60.0),
            ..Thresholds::default()
        };
        let before = breach_map(std::slice::from_ref(&r), &t, 0.0);
        let after = breach_map(std::slice::from_ref(&r), &t, 5_000.0);
        assert_eq!(
            crossings(Some(&before), &after, std::slice::from_ref(&r)),
            [("a".to_owned(), Breach::LongestWait)]
        );
    }

    #[test]
    fn a_crossing_is_reported_once_and_again_only_after_recovering() {
        let t = waiting_at(5);
        let rows1 = [row("a", 3, None, None), row("b", 9, None, None)];
        let m1 = breach_map(&rows1, &t, 0.0);
        assert_eq!(
            crossings(None, &m1, &rows1),
            [],
            "the first data is the baseline"
        );
        let rows2 = [row("a", 6, None, None), row("b", 9, None, None)];
        let m2 = breach_map(&rows2, &t, 0.0);
        assert_eq!(
            crossings(Some(&m1), &m2, &rows2),
            [("a".to_owned(), Breach::Waiting)]
        );
        let rows3 = [row("a", 7, None, None), row("b", 10, None, None)];
        let m3 = breach_map(&rows3, &t, 0.0);
        assert_eq!(crossings(Some(&m2), &m3, &rows3), [], "still over: silent");
        let rows4 = [row("a", 1, None, None), row("b", 10, None, None)];
        let m4 = breach_map(&rows4, &t, 0.0);
        let m5 = breach_map(&rows3, &t, 0.0);
        assert_eq!(crossings(Some(&m3), &m4, &rows4), []);
        assert_eq!(
            crossings(Some(&m4), &m5, &rows3),
            [("a".to_owned(), Breach::Waiting)]
        );
    }

    #[test]
    fn a_new_queue_already_over_is_a_crossing() {
        let t = waiting_at(5);
        let rows1 = [row("a", 1, None, None)];
        let rows2 = [row("a", 1, None, None), row("new", 8, None, None)];
        let m1 = breach_map(&rows1, &t, 0.0);
        let m2 = breach_map(&rows2, &t, 0.0);
        assert_eq!(
            crossings(Some(&m1), &m2, &rows2),
            [("new".to_owned(), Breach::Waiting)]
        );
    }
}
