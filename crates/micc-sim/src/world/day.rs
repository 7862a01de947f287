//! The shape of a contact-center day in a site's local time: how arrivals rise and fall
//! per media over the hours, when agents work, and what happens at local midnight.
//!
//! Sites keep a fixed offset from UTC (no daylight saving: the world stays deterministic
//! whatever the host's zone).

use super::*;
use crate::simtime::{DAY, HOUR, MINUTE};

/// Start of the local day containing `t` for a zone `offset` ahead of UTC.
pub fn local_day_start(t: Millis, offset: Millis) -> Millis {
    let local = t + offset;
    local - local.rem_euclid(DAY) - offset
}

/// Milliseconds since local midnight.
pub fn local_time_of_day(t: Millis, offset: Millis) -> Millis {
    (t + offset).rem_euclid(DAY)
}

/// Share of the media's busiest-hour arrival rate in each local hour (0..24), at most 1.
/// Voice peaks mid-morning and again after lunch; email and open media are flatter and
/// keep trickling in overnight; chat and SMS come from people after work, so they peak
/// in the evening.
pub fn arrival_curve(media: Media) -> &'static [f64; 24] {
    const VOICE: [f64; 24] = [
        0.02, 0.01, 0.01, 0.01, 0.02, 0.04, 0.10, 0.30, 0.65, 0.90, 1.00, 0.95, //
        0.70, 0.75, 0.90, 0.85, 0.65, 0.45, 0.30, 0.18, 0.12, 0.08, 0.05, 0.03,
    ];
    const EMAIL: [f64; 24] = [
        0.12, 0.08, 0.06, 0.06, 0.08, 0.12, 0.25, 0.55, 0.80, 0.95, 1.00, 0.95, //
        0.85, 0.90, 0.95, 0.90, 0.80, 0.65, 0.50, 0.40, 0.30, 0.25, 0.20, 0.15,
    ];
    const CHAT: [f64; 24] = [
        0.10, 0.05, 0.03, 0.02, 0.02, 0.03, 0.06, 0.15, 0.30, 0.40, 0.45, 0.50, //
        0.60, 0.55, 0.55, 0.60, 0.65, 0.75, 0.90, 1.00, 0.90, 0.65, 0.35, 0.15,
    ];
    const SMS: [f64; 24] = [
        0.08, 0.04, 0.02, 0.02, 0.02, 0.04, 0.08, 0.20, 0.35, 0.45, 0.50, 0.55, //
        0.65, 0.60, 0.55, 0.60, 0.70, 0.85, 1.00, 0.95, 0.80, 0.50, 0.30, 0.15,
    ];
    const OPEN_MEDIA: [f64; 24] = [
        0.15, 0.10, 0.10, 0.10, 0.10, 0.15, 0.30, 0.55, 0.85, 1.00, 1.00, 0.95, //
        0.80, 0.90, 0.95, 0.90, 0.75, 0.55, 0.40, 0.30, 0.25, 0.20, 0.20, 0.15,
    ];
    match media {
        Media::Voice => &VOICE,
        Media::Email => &EMAIL,
        Media::Chat => &CHAT,
        Media::Sms => &SMS,
        Media::OpenMedia => &OPEN_MEDIA,
    }
}

/// Share of the busiest-hour rate at local time-of-day `tod` (piecewise constant per hour).
pub fn arrival_factor(media: Media, tod: Millis) -> f64 {
    let hour = (tod.rem_euclid(DAY) / HOUR) as usize;
    arrival_curve(media).get(hour).copied().unwrap_or(0.0)
}

/// A working day in local time, as offsets from local midnight (`start < end <= DAY`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shift {
    pub start: Millis,
    pub end: Millis,
}

impl Shift {
    pub const LENGTH: Millis = 8 * HOUR + 30 * MINUTE;

    pub fn contains(&self, tod: Millis) -> bool {
        (self.start..self.end).contains(&tod)
    }
}

/// The shift of the `n`-th member of a group of this media. Sites open at 07:00 and close
/// at 22:30: voice, email and open media staff mostly start in the morning; chat and SMS
/// teams are weighted towards the evening, when their customers write.
pub fn shift_for(media: Media, n: usize) -> Shift {
    const fn at(h: Millis, m: Millis) -> Millis {
        h * HOUR + m * MINUTE
    }
    const DAYTIME: [Millis; 10] = [
        at(7, 0),
        at(8, 0),
        at(7, 30),
        at(8, 30),
        at(9, 0),
        at(8, 0),
        at(10, 0),
        at(9, 30),
        at(7, 0),
        at(11, 30),
    ];
    const EVENING: [Millis; 10] = [
        at(8, 0),
        at(9, 0),
        at(10, 0),
        at(11, 0),
        at(12, 0),
        at(13, 0),
        at(14, 0),
        at(14, 0),
        at(12, 30),
        at(10, 30),
    ];
    let starts = match media {
        Media::Chat | Media::Sms => &EVENING,
        _ => &DAYTIME,
    };
    let start = starts.get(n % starts.len()).copied().unwrap_or(at(8, 0));
    Shift {
        start,
        end: (start + Shift::LENGTH).min(DAY),
    }
}

impl World {
    pub(super) fn site_offset(&self, site: usize) -> Millis {
        self.sites.get(site).map_or(0, |s| s.utc_offset)
    }

    /// Local time of day at the employee's site.
    pub(super) fn employee_time_of_day(&self, e: usize) -> Millis {
        let site = self.employees.get(e).map_or(0, |e| e.site);
        local_time_of_day(self.now, self.site_offset(site))
    }

    pub(super) fn on_shift(&self, e: usize) -> bool {
        let tod = self.employee_time_of_day(e);
        self.employees
            .get(e)
            .is_some_and(|emp| emp.shift.contains(tod))
    }

    /// When the employee's next shift boundary (start or end) comes, after now.
    pub(super) fn next_shift_edge(&self, e: usize) -> Option<Millis> {
        let emp = self.employees.get(e)?;
        let offset = self.site_offset(emp.site);
        let day = local_day_start(self.now, offset);
        [day, day + DAY]
            .into_iter()
            .flat_map(|d| [d + emp.shift.start, d + emp.shift.end])
            .find(|&t| t > self.now)
    }

    /// Shift start logs the employee in (Available), shift end logs them out. A person who
    /// set their presence through the API is left alone, as with every autonomous change.
    pub(super) fn shift_edge(&mut self, e: usize) {
        if let Some(next) = self.next_shift_edge(e) {
            self.schedule(next, Due::Shift { employee: e });
        }
        let Some(emp) = self.employees.get(e) else {
            return;
        };
        if emp.manual {
            return;
        }
        let (on, logged_in) = (self.on_shift(e), emp.presence.logged_in());
        if on && !logged_in {
            self.apply_presence(e, Presence::Available, None);
        } else if !on && logged_in {
            self.apply_presence(e, Presence::Offline, None);
        }
    }

    /// Next local midnight of `site`, after now.
    pub(super) fn next_midnight(&self, site: usize) -> Millis {
        local_day_start(self.now, self.site_offset(site)) + DAY
    }

    /// Local midnight at `site`: the "today" counters of its agents and employees start
    /// over (queue statistics roll on their own), and monitors are told.
    pub(super) fn midnight(&mut self, site: usize) {
        let now = self.now;
        let next = self.next_midnight(site);
        self.schedule(next, Due::Midnight { site });
        for e in 0..self.employees.len() {
            let Some(emp) = self.employees.get_mut(e) else {
                continue;
            };
            if emp.site != site {
                continue;
            }
            // Someone working through midnight has been logged in all of today so far.
            let logged_in = emp.presence.logged_in();
            emp.first_login_today = logged_in.then_some(now);
            emp.last_logout_today = None;
            for a in emp.agents.clone() {
                let Some(agent) = self.agents.get_mut(a) else {
                    continue;
                };
                agent.counters = AgentCounters::default();
                agent.counted_from = now;
                self.changed(Change::AgentState(a));
            }
            self.changed(Change::EmployeeState(e));
        }
        for q in 0..self.queues.len() {
            if self.queues.get(q).is_some_and(|queue| queue.site == site) {
                self.changed(Change::QueueState(q));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_days_start_at_local_midnight() {
        let t = 1_767_261_600_000; // 2026-01-01T10:00Z
        assert_eq!(local_day_start(t, 0), t - 10 * HOUR);
        // 10:00Z is 05:00 at UTC-05:00 and 19:00 at UTC+09:00.
        assert_eq!(local_day_start(t, -5 * HOUR), t - 5 * HOUR);
        assert_eq!(local_time_of_day(t, 9 * HOUR), 19 * HOUR);
        assert_eq!(local_day_start(t, 9 * HOUR), t - 19 * HOUR);
        // 10:00Z is 00:30 the next day at UTC+14:30.
        assert_eq!(local_time_of_day(t, 14 * HOUR + 30 * MINUTE), 30 * MINUTE);
    }

    #[test]
    fn curves_peak_where_the_media_is_busy() {
        let peak = |m| {
            let c = arrival_curve(m);
            (0..24).max_by(|&a, &b| c[a].total_cmp(&c[b])).unwrap_or(0)
        };
        assert!((9..=11).contains(&peak(Media::Voice)));
        assert!(peak(Media::Chat) >= 18 && peak(Media::Sms) >= 18);
        for m in Media::ALL {
            let c = arrival_curve(m);
            assert!(c.iter().all(|f| (0.0..=1.0).contains(f)));
            assert!((c.iter().copied().fold(0.0, f64::max) - 1.0).abs() < 1e-9);
        }
    }

    #[test]
    fn shifts_are_staggered_within_opening_hours() {
        let starts: std::collections::HashSet<_> =
            (0..10).map(|n| shift_for(Media::Voice, n).start).collect();
        assert!(starts.len() >= 4, "staggered: {starts:?}");
        for m in Media::ALL {
            for n in 0..20 {
                let s = shift_for(m, n);
                assert!(s.start >= 7 * HOUR && s.end <= 22 * HOUR + 30 * MINUTE);
                assert_eq!(s.end - s.start, Shift::LENGTH);
            }
        }
    }
}
