//! The link status every panel shows: how the data arrives and how fresh it is.
//! Pure: the time is passed in, so transitions, "updated N s ago" and the stale flag are
//! tested natively.

/// How the store is connected to the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Link {
    /// Nothing has arrived yet.
    Loading,
    /// Real-time events are flowing (set by the realtime driver once it lands).
    Live,
    /// Snapshots arrive by polling.
    Polling,
    /// Requests fail after data had arrived; the last rows stay on screen while retrying.
    Reconnecting,
    /// The browser reports no network (`navigator.onLine` false).
    Offline,
    /// Nothing could be loaded: shown with its message and a retry button.
    Error(String),
}

/// The link and the freshness of the data, as one value the UI renders.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkState {
    pub link: Link,
    /// Local time (ms since the epoch) of the last successful update.
    pub updated_ms: Option<f64>,
    /// Consecutive failures since the last success (drives the back-off).
    pub failures: u32,
}

impl Default for LinkState {
    fn default() -> Self {
        LinkState {
            link: Link::Loading,
            updated_ms: None,
            failures: 0,
        }
    }
}

impl LinkState {
    /// A snapshot arrived.
    pub fn on_success(&mut self, now_ms: f64) {
        self.link = Link::Polling;
        self.updated_ms = Some(now_ms);
        self.failures = 0;
    }

    /// A request failed: before any data it is an error; after data, the old rows stay and
    /// the panel says it is reconnecting (or offline when the browser knows it is).
    pub fn on_failure(&mut self, message: String, online: bool) {
        self.failures = self.failures.saturating_add(1);
        self.link = match (self.updated_ms, online) {
            (_, false) => Link::Offline,
            (None, true) => Link::Error(message),
            (Some(_), true) => Link::Reconnecting,
        };
    }

    /// Whole seconds since the last update (`None` before the first), never negative when the
    /// local clock steps back.
    pub fn age_secs(&self, now_ms: f64) -> Option<u64> {
        self.updated_ms
            .map(|t| ((now_ms - t).max(0.0) / 1000.0).floor() as u64)
    }

    /// Stale once three polls were missed (and at least 15 s old): the numbers on screen can
    /// no longer be trusted as "now".
    pub fn is_stale(&self, now_ms: f64, poll_ms: u32) -> bool {
        let limit = (f64::from(poll_ms) * 3.0).max(15_000.0);
        self.updated_ms.is_some_and(|t| now_ms - t > limit)
    }
}

/// The wait before the next poll: the interval, doubled per consecutive failure, capped at a
/// minute (and never below the interval).
pub fn next_poll_delay_ms(poll_ms: u32, failures: u32) -> u32 {
    const CAP: u32 = 60_000;
    let factor = 1u32.checked_shl(failures.min(16)).unwrap_or(u32::MAX);
    poll_ms.saturating_mul(factor).min(CAP.max(poll_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_loading_and_polls_after_the_first_snapshot() {
        let mut s = LinkState::default();
        assert_eq!(s.link, Link::Loading);
        assert_eq!(s.age_secs(5.0), None);
        assert!(!s.is_stale(1e12, 5000));
        s.on_success(1000.0);
        assert_eq!(s.link, Link::Polling);
        assert_eq!(s.age_secs(3999.0), Some(2));
    }

    #[test]
    fn a_failure_before_any_data_is_an_error_with_its_message() {
        let mut s = LinkState::default();
        s.on_failure("HTTP 401".into(), true);
        assert_eq!(s.link, Link::Error("HTTP 401".into()));
        assert_eq!(s.failures, 1);
    }

    #[test]
    fn a_failure_after_data_is_reconnecting_and_a_success_recovers() {
        let mut s = LinkState::default();
        s.on_success(0.0);
        s.on_failure("HTTP 503".into(), true);
        s.on_failure("HTTP 503".into(), true);
        assert_eq!(s.link, Link::Reconnecting);
        assert_eq!(s.failures, 2);
        assert_eq!(s.updated_ms, Some(0.0), "the last update time is kept");
        s.on_success(10.0);
        assert_eq!(s.link, Link::Polling);
        assert_eq!(s.failures, 0);
    }

    #[test]
    fn the_browser_being_offline_wins() {
        let mut s = LinkState::default();
        s.on_failure("network".into(), false);
        assert_eq!(s.link, Link::Offline);
    }

    #[test]
    fn age_never_goes_negative_when_the_clock_steps_back() {
        let mut s = LinkState::default();
        s.on_success(10_000.0);
        assert_eq!(s.age_secs(9_000.0), Some(0));
    }

    #[test]
    fn stale_after_three_missed_polls_and_at_least_fifteen_seconds() {
        let mut s = LinkState::default();
        s.on_success(0.0);
        assert!(!s.is_stale(15_000.0, 5000));
        assert!(s.is_stale(15_001.0, 5000));
        assert!(!s.is_stale(59_000.0, 20_000));
        assert!(s.is_stale(60_001.0, 20_000));
        assert!(
            s.is_stale(15_001.0, 1000),
            "at least 15 s even for fast polling"
        );
    }

    #[test]
    fn back_off_doubles_per_failure_up_to_a_minute() {
        assert_eq!(next_poll_delay_ms(5000, 0), 5000);
        assert_eq!(next_poll_delay_ms(5000, 1), 10_000);
        assert_eq!(next_poll_delay_ms(5000, 3), 40_000);
        assert_eq!(next_poll_delay_ms(5000, 4), 60_000);
        assert_eq!(next_poll_delay_ms(5000, 40), 60_000);
        assert_eq!(
            next_poll_delay_ms(120_000, 2),
            120_000,
            "never below the interval"
        );
    }
}
