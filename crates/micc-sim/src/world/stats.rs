//! Per-queue statistics, attributed to the conversation's arrival so that answered +
//! abandoned can never exceed offered in any window.

use std::collections::VecDeque;

use super::day::local_day_start;
use crate::simtime::{HOUR, Millis};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    Answered {
        wait: Millis,
        within_service_level: bool,
        /// Position, in the queue's list of agent groups, of the group the answering agent
        /// was present in (the reference reports the first four).
        group: Option<usize>,
    },
    Abandoned {
        wait: Millis,
        short: bool,
    },
}

#[derive(Debug, Clone)]
struct Arrival {
    seq: u64,
    at: Millis,
    outcome: Option<Outcome>,
    handle: Option<Millis>,
}

/// Totals over one window of arrivals.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Window {
    pub offered: u32,
    pub answered: u32,
    pub abandoned: u32,
    pub short_abandoned: u32,
    pub answered_within_sl: u32,
    pub answered_wait_ms: Millis,
    pub abandoned_wait_ms: Millis,
    pub handled: u32,
    pub handle_ms: Millis,
    /// Answered by the queue's first, second, third and fourth agent group.
    pub answered_by_group: [u32; 4],
}

impl Window {
    fn count(&mut self, a: &Arrival) {
        self.offered += 1;
        match a.outcome {
            Some(Outcome::Answered {
                wait,
                within_service_level,
                group,
            }) => {
                self.answered += 1;
                self.answered_wait_ms += wait;
                self.answered_within_sl += u32::from(within_service_level);
                if let Some(n) = group.and_then(|g| self.answered_by_group.get_mut(g)) {
                    *n += 1;
                }
            }
            Some(Outcome::Abandoned { wait, short }) => {
                self.abandoned += 1;
                self.abandoned_wait_ms += wait;
                self.short_abandoned += u32::from(short);
            }
            None => {}
        }
        if let Some(h) = a.handle {
            self.handled += 1;
            self.handle_ms += h;
        }
    }

    /// Conversations the percentages are taken of: those that left the queue answered or
    /// abandoned, less short abandons (callers who hung up before anyone could answer count
    /// neither for nor against the queue). Those still waiting have no outcome yet.
    pub fn counted(&self) -> u32 {
        self.answered + self.abandoned - self.short_abandoned
    }

    fn pct(&self, part: u32, none: f64) -> f64 {
        match self.counted() {
            0 => none,
            n => (100.0 * f64::from(part) / f64::from(n)).min(100.0),
        }
    }

    /// Answered over [`Window::counted`]; 0 when nothing was counted.
    pub fn answered_pct(&self) -> f64 {
        self.pct(self.answered, 0.0)
    }

    /// Abandoned after the short-abandon time over [`Window::counted`]; 0 when nothing was
    /// counted. With [`Window::answered_pct`] it makes 100.
    pub fn abandoned_pct(&self) -> f64 {
        self.pct(self.abandoned - self.short_abandoned, 0.0)
    }

    /// Answered within the service level over [`Window::counted`] (so long abandons count
    /// against it); 100 when nothing was counted, since nobody waited too long.
    pub fn service_level_pct(&self) -> f64 {
        self.pct(self.answered_within_sl, 100.0)
    }

    pub fn avg_answered_handle(&self) -> Millis {
        if self.handled == 0 {
            0
        } else {
            self.handle_ms / i64::from(self.handled)
        }
    }

    pub fn avg_abandon_wait(&self) -> Millis {
        if self.abandoned == 0 {
            0
        } else {
            self.abandoned_wait_ms / i64::from(self.abandoned)
        }
    }
}

/// Arrivals of the last hour kept one by one (for the sliding windows); today kept as totals.
/// "Today" is the local day of the queue's site: it starts over at its midnight.
#[derive(Debug, Clone, Default)]
pub struct QueueStats {
    recent: VecDeque<Arrival>,
    /// Offset of the site's local time from UTC.
    utc_offset: Millis,
    day: Millis,
    today: Window,
    /// Arrivals sent elsewhere (queue in do-not-disturb) in the last hour.
    recent_interflows: VecDeque<Millis>,
    pub interflowed_today: u32,
    pub requeued_today: u32,
}

impl QueueStats {
    pub fn new(now: Millis, utc_offset: Millis) -> Self {
        Self {
            utc_offset,
            day: local_day_start(now, utc_offset),
            ..Self::default()
        }
    }

    fn day_of(&self, t: Millis) -> Millis {
        local_day_start(t, self.utc_offset)
    }

    fn roll(&mut self, now: Millis) {
        let day = self.day_of(now);
        if day != self.day {
            self.day = day;
            self.today = Window::default();
            self.interflowed_today = 0;
            self.requeued_today = 0;
        }
        while self.recent.front().is_some_and(|a| a.at < now - HOUR) {
            self.recent.pop_front();
        }
        while self
            .recent_interflows
            .front()
            .is_some_and(|&t| t < now - HOUR)
        {
            self.recent_interflows.pop_front();
        }
    }

    /// An arrival diverted to another destination instead of being offered.
    pub fn interflow(&mut self, now: Millis) {
        self.roll(now);
        self.interflowed_today += 1;
        self.recent_interflows.push_back(now);
    }

    /// Interflows of the last `span` (at most an hour).
    pub fn interflowed_within(&mut self, span: Millis, now: Millis) -> usize {
        self.roll(now);
        self.recent_interflows
            .iter()
            .rev()
            .take_while(|&&t| t >= now - span)
            .count()
    }

    pub fn arrival(&mut self, seq: u64, now: Millis) {
        self.roll(now);
        self.today.offered += 1;
        self.recent.push_back(Arrival {
            seq,
            at: now,
            outcome: None,
            handle: None,
        });
    }

    fn find(&mut self, seq: u64) -> Option<&mut Arrival> {
        let i = self.recent.binary_search_by_key(&seq, |a| a.seq).ok()?;
        self.recent.get_mut(i)
    }

    /// Records how a conversation that arrived at `arrived` left the queue.
    pub fn outcome(&mut self, seq: u64, arrived: Millis, outcome: Outcome, now: Millis) {
        self.roll(now);
        if let Some(a) = self.find(seq) {
            a.outcome = Some(outcome);
        }
        if self.day_of(arrived) == self.day {
            let mut one = Window::default();
            one.count(&Arrival {
                seq,
                at: arrived,
                outcome: Some(outcome),
                handle: None,
            });
            one.offered = 0;
            self.today = self.today + one;
        }
    }

    /// Records the talk/work time of an answered conversation when it ends.
    pub fn handled(&mut self, seq: u64, arrived: Millis, handle: Millis, now: Millis) {
        self.roll(now);
        if let Some(a) = self.find(seq) {
            a.handle = Some(handle);
        }
        if self.day_of(arrived) == self.day {
            self.today.handled += 1;
            self.today.handle_ms += handle;
        }
    }

    pub fn today(&mut self, now: Millis) -> Window {
        self.roll(now);
        self.today
    }

    /// Totals over arrivals of the last `span` (at most an hour).
    pub fn window(&mut self, span: Millis, now: Millis) -> Window {
        self.roll(now);
        let mut w = Window::default();
        for a in self.recent.iter().rev().take_while(|a| a.at >= now - span) {
            w.count(a);
        }
        w
    }
}

impl std::ops::Add for Window {
    type Output = Window;

    /// Totals of two windows (two queues of a group, or a window and one more outcome).
    fn add(self, b: Window) -> Window {
        Window {
            offered: self.offered + b.offered,
            answered: self.answered + b.answered,
            abandoned: self.abandoned + b.abandoned,
            short_abandoned: self.short_abandoned + b.short_abandoned,
            answered_within_sl: self.answered_within_sl + b.answered_within_sl,
            answered_wait_ms: self.answered_wait_ms + b.answered_wait_ms,
            abandoned_wait_ms: self.abandoned_wait_ms + b.abandoned_wait_ms,
            handled: self.handled + b.handled,
            handle_ms: self.handle_ms + b.handle_ms,
            answered_by_group: std::array::from_fn(|i| {
                self.answered_by_group[i] + b.answered_by_group[i]
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::simtime::{DAY, MINUTE};

    #[test]
    fn windows_count_by_arrival_and_forget_after_an_hour() {
        let t0 = 10 * DAY + HOUR;
        let mut s = QueueStats::new(t0, 0);
        s.arrival(1, t0);
        s.arrival(2, t0 + MINUTE);
        s.outcome(
            1,
            t0,
            Outcome::Answered {
                wait: 5_000,
                within_service_level: true,
                group: Some(1),
            },
            t0 + 20 * MINUTE,
        );
        s.outcome(
            2,
            t0 + MINUTE,
            Outcome::Abandoned {
                wait: 60_000,
                short: false,
            },
            t0 + 2 * MINUTE,
        );
        let w15 = s.window(15 * MINUTE, t0 + 20 * MINUTE);
        assert_eq!(w15.offered, 0, "both arrived more than 15 minutes ago");
        let hour = s.window(HOUR, t0 + 20 * MINUTE);
        assert_eq!((hour.offered, hour.answered, hour.abandoned), (2, 1, 1));
        assert_eq!(hour.service_level_pct(), 50.0);
        assert_eq!(s.window(HOUR, t0 + 2 * HOUR).offered, 0);
        assert_eq!(s.today(t0 + 2 * HOUR).offered, 2);
        assert_eq!(s.today(t0 + 2 * HOUR).answered_by_group, [0, 1, 0, 0]);
    }

    #[test]
    fn today_rolls_at_the_sites_local_midnight_not_at_utc_midnight() {
        let utc_midnight = 10 * DAY;
        // UTC+02:00: local midnight is 22:00 UTC the evening before.
        let mut east = QueueStats::new(utc_midnight - 3 * HOUR, 2 * HOUR);
        east.arrival(1, utc_midnight - 3 * HOUR);
        assert_eq!(east.today(utc_midnight - 2 * HOUR - 1).offered, 1);
        assert_eq!(east.today(utc_midnight - 2 * HOUR).offered, 0);
        // UTC-05:00: local midnight is 05:00 UTC; UTC midnight changes nothing.
        let mut west = QueueStats::new(utc_midnight - HOUR, -5 * HOUR);
        west.arrival(1, utc_midnight - HOUR);
        west.interflow(utc_midnight - HOUR);
        assert_eq!(
            west.interflowed_within(15 * MINUTE, utc_midnight - 30 * MINUTE),
            0
        );
        assert_eq!(west.interflowed_within(HOUR, utc_midnight - 30 * MINUTE), 1);
        assert_eq!(west.today(utc_midnight + HOUR).offered, 1);
        let next = west.today(utc_midnight + 5 * HOUR);
        assert_eq!((next.offered, west.interflowed_today), (0, 0));
    }

    #[test]
    fn percentages_leave_short_abandons_out() {
        let w = Window {
            offered: 12,
            answered: 6,
            answered_within_sl: 3,
            abandoned: 4,
            short_abandoned: 2,
            ..Window::default()
        };
        assert_eq!(w.counted(), 8);
        assert_eq!(w.answered_pct(), 75.0);
        assert_eq!(w.abandoned_pct(), 25.0);
        assert_eq!(w.service_level_pct(), 37.5);
        let none = Window::default();
        assert_eq!(
            (
                none.answered_pct(),
                none.abandoned_pct(),
                none.service_level_pct()
            ),
            (0.0, 0.0, 100.0)
        );
    }

    #[test]
    fn a_new_day_starts_from_zero_and_yesterdays_outcomes_do_not_count() {
        let t0 = 10 * DAY + 23 * HOUR + 59 * MINUTE;
        let mut s = QueueStats::new(t0, 0);
        s.arrival(1, t0);
        let next_day = t0 + 2 * MINUTE;
        s.outcome(
            1,
            t0,
            Outcome::Answered {
                wait: 120_000,
                within_service_level: false,
                group: None,
            },
            next_day,
        );
        let today = s.today(next_day);
        assert_eq!((today.offered, today.answered), (0, 0));
    }
}
