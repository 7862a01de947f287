//! The optional totals row (pure).

use crate::store::Row;

use super::columns::longest_wait_secs;

/// Sums over the shown queues. Agents are summed per queue (an agent in two queues counts
/// twice, as the per-queue figures do); service level is weighted by answered conversations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub queues: usize,
    pub waiting: i64,
    /// The longest of the longest waits.
    pub longest_wait_secs: Option<f64>,
    pub available: i64,
    pub on_acd: i64,
    pub unavailable: i64,
    pub idle: i64,
    pub offered: i64,
    pub answered: i64,
    pub abandoned: i64,
    /// Answered-weighted service level in percent (`None` when nothing was answered).
    pub service_level: Option<f64>,
    /// abandoned / offered as a fraction (`None` when nothing was offered).
    pub abandon_rate: Option<f64>,
}

pub fn totals(rows: &[Row], now_ms: f64) -> Totals {
    let mut t = Totals {
        queues: rows.len(),
        ..Totals::default()
    };
    let mut weighted = 0.0;
    let mut weight = 0.0;
    for row in rows {
        let q = &row.state;
        let add = |sum: &mut i64, v: Option<i64>| *sum = sum.saturating_add(v.unwrap_or(0).max(0));
        add(&mut t.waiting, q.waiting_conversations);
        add(&mut t.available, q.agents_available);
        add(&mut t.on_acd, q.agents_on_acd_conversations);
        add(&mut t.unavailable, q.agents_unavailable);
        add(&mut t.idle, q.agents_idle);
        add(&mut t.offered, q.offered_conversations_today);
        add(&mut t.answered, q.answered_conversations_today);
        add(&mut t.abandoned, q.abandoned_conversations_today);
        if let Some(w) = longest_wait_secs(row, now_ms) {
            t.longest_wait_secs = Some(t.longest_wait_secs.map_or(w, |m: f64| m.max(w)));
        }
        if let (Some(sl), Some(answered)) = (
            q.service_level_percentage_today.filter(|v| v.is_finite()),
            q.answered_conversations_today.filter(|&a| a > 0),
        ) {
            weighted += sl * answered as f64;
            weight += answered as f64;
        }
    }
    t.service_level = (weight > 0.0).then(|| weighted / weight);
    t.abandon_rate = (t.offered > 0).then(|| t.abandoned as f64 / t.offered as f64);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::models::QueueState;

    fn row(q: QueueState) -> Row {
        Row {
            key: String::new(),
            state: std::sync::Arc::new(q),
            revision: 0,
            received_ms: 0.0,
        }
    }

    #[test]
    fn empty_totals_have_no_rates() {
        let t = totals(&[], 0.0);
        assert_eq!(t, Totals::default());
    }

    #[test]
    fn sums_counts_and_weights_service_level_by_answered() {
        let a = QueueState {
            waiting_conversations: Some(2),
            agents_available: Some(3),
            offered_conversations_today: Some(10),
            answered_conversations_today: Some(8),
            abandoned_conversations_today: Some(2),
            service_level_percentage_today: Some(100.0),
            ..QueueState::default()
        };
        let b = QueueState {
            waiting_conversations: Some(5),
            agents_available: None,
            offered_conversations_today: Some(30),
            answered_conversations_today: Some(24),
            abandoned_conversations_today: Some(6),
            service_level_percentage_today: Some(50.0),
            ..QueueState::default()
        };
        let t = totals(&[row(a), row(b)], 0.0);
        assert_eq!(t.queues, 2);
        assert_eq!(t.waiting, 7);
        assert_eq!(t.available, 3);
        assert_eq!(t.offered, 40);
        assert_eq!(t.abandoned, 8);
        assert_eq!(t.abandon_rate, Some(0.2));
        assert_eq!(t.service_level, Some(62.5));
    }

    #[test]
    fn negative_or_huge_values_do_not_overflow_or_subtract() {
        let q = QueueState {
            waiting_conversations: Some(i64::MAX),
            ..QueueState::default()
        };
        let neg = QueueState {
            waiting_conversations: Some(-5),
            ..QueueState::default()
        };
        let t = totals(&[row(q.clone()), row(q), row(neg)], 0.0);
        assert_eq!(t.waiting, i64::MAX);
    }
}
