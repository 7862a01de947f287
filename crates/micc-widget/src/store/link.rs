//! The link status every panel shows: how the data arrives and how fresh it is.
//! Pure: the time is passed in, so transitions, "updated N s ago" and the stale flag are
//! tested natively.

/// How the store is connected to the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Link {
    /// Nothing has arrived yet.
    Loading,
    /// Real-time events are flowing: the SignalR connection is up.
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

/// The real-time connection of a store, as the JavaScript client reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Realtime {
    /// Not started, stopped, or refused for good: the store polls.
    #[default]
    Off,
    /// The first connection is being made: the store polls meanwhile.
    Connecting,
    /// Connected: events flow, queues and my state are not polled.
    Connected,
    /// The connection was lost and is being made again: the store polls meanwhile.
    Reconnecting,
    /// No SignalR transport works (e.g. a proxy forwards only the REST API): the store polls
    /// and real time is tried again now and then.
    Fallback,
}

impl Realtime {
    /// realtime.js's state names (`onStateChange`), plus the adapter's "failed".
    pub fn from_js(state: &str) -> Realtime {
        match state {
            "connecting" => Realtime::Connecting,
            "connected" => Realtime::Connected,
            "reconnecting" => Realtime::Reconnecting,
            "polling" => Realtime::Fallback,
            _ => Realtime::Off,
        }
    }
}

/// The link and the freshness of the data, as one value the UI renders.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkState {
    pub link: Link,
    /// The real-time connection: it decides whether data that arrives is "live".
    pub realtime: Realtime,
    /// Local time (ms since the epoch) of the last successful update.
    pub updated_ms: Option<f64>,
    /// Consecutive failures since the last success (drives the back-off).
    pub failures: u32,
}

impl Default for LinkState {
    fn default() -> Self {
        LinkState {
            link: Link::Loading,
            realtime: Realtime::Off,
            updated_ms: None,
            failures: 0,
        }
    }
}

impl LinkState {
    /// What data arriving says about the link: live while connected, reconnecting while the
    /// connection is being made again (polls fill in meanwhile), else polling.
    fn data_link(&self) -> Link {
        match self.realtime {
            Realtime::Connected => Link::Live,
            Realtime::Reconnecting => Link::Reconnecting,
            Realtime::Off | Realtime::Connecting | Realtime::Fallback => Link::Polling,
        }
    }

    /// A snapshot arrived.
    pub fn on_success(&mut self, now_ms: f64) {
        self.link = self.data_link();
        self.updated_ms = Some(now_ms);
        self.failures = 0;
    }

    /// A hub event was applied: it counts as an update ("updated N s ago").
    pub fn on_event(&mut self, now_ms: f64) {
        self.updated_ms = Some(now_ms);
        if self.link != Link::Offline {
            self.link = self.data_link();
        }
    }

    /// The real-time connection changed. Before any data the panel keeps saying loading (or
    /// its error); after data it says how data now arrives.
    pub fn on_realtime(&mut self, realtime: Realtime) {
        self.realtime = realtime;
        if self.updated_ms.is_some() && self.link != Link::Offline {
            self.link = self.data_link();
        }
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
    /// no longer be trusted as "now". Never while live: a quiet queue sends no events, and
    /// the connection itself says the numbers are current.
    pub fn is_stale(&self, now_ms: f64, poll_ms: u32) -> bool {
        if self.link == Link::Live {
            return false;
        }
        let limit = (f64::from(poll_ms) * 3.0).max(15_000.0);
        self.updated_ms.is_some_and(|t| now_ms - t > limit)
    }
}

/// Which feeds (queues, agents, me) a polling round asks for, of those some panel shows.
/// While real time is connected, queues and my state come as events: they are fetched once
/// after each (re)connection (`snapshot_due`, so a change made meanwhile shows) and not
/// polled; before their first data (`loaded`: queues, me) they are fetched too, since their
/// subscriptions follow it. Agent states have no hub subscription (only the employee's
/// own), so they are always polled.
pub fn polled_feeds(
    wanted: (bool, bool, bool),
    connected: bool,
    snapshot_due: bool,
    loaded: (bool, bool),
) -> (bool, bool, bool) {
    let (queues, agents, me) = wanted;
    let by_rest = !connected || snapshot_due;
    (
        queues && (by_rest || !loaded.0),
        agents,
        me && (by_rest || !loaded.1),
    )
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
    fn realtime_states_map_from_the_javascript_names() {
        assert_eq!(Realtime::from_js("connected"), Realtime::Connected);
        assert_eq!(Realtime::from_js("reconnecting"), Realtime::Reconnecting);
        assert_eq!(Realtime::from_js("polling"), Realtime::Fallback);
        assert_eq!(Realtime::from_js("connecting"), Realtime::Connecting);
        assert_eq!(Realtime::from_js("disconnected"), Realtime::Off);
        assert_eq!(Realtime::from_js("failed"), Realtime::Off);
    }

    #[test]
    fn connecting_before_data_keeps_loading_and_the_snapshot_then_is_live() {
        let mut s = LinkState::default();
        s.on_realtime(Realtime::Connected);
        assert_eq!(s.link, Link::Loading, "no data yet");
        s.on_success(1000.0);
        assert_eq!(s.link, Link::Live);
    }

    #[test]
    fn a_lost_connection_is_reconnecting_even_while_polls_succeed_then_live_again() {
        let mut s = LinkState::default();
        s.on_success(0.0);
        s.on_realtime(Realtime::Connected);
        assert_eq!(s.link, Link::Live);
        s.on_realtime(Realtime::Reconnecting);
        assert_eq!(s.link, Link::Reconnecting);
        s.on_success(5000.0);
        assert_eq!(
            s.link,
            Link::Reconnecting,
            "a poll meanwhile does not hide the loss"
        );
        assert_eq!(s.updated_ms, Some(5000.0));
        s.on_realtime(Realtime::Connected);
        assert_eq!(s.link, Link::Live);
    }

    #[test]
    fn no_signalr_transport_means_polling() {
        let mut s = LinkState::default();
        s.on_realtime(Realtime::Connecting);
        s.on_success(0.0);
        assert_eq!(s.link, Link::Polling);
        s.on_realtime(Realtime::Fallback);
        assert_eq!(s.link, Link::Polling);
        s.on_realtime(Realtime::Off);
        assert_eq!(s.link, Link::Polling);
    }

    #[test]
    fn events_count_as_updates_and_live_is_never_stale() {
        let mut s = LinkState::default();
        s.on_success(0.0);
        s.on_realtime(Realtime::Connected);
        s.on_event(20_000.0);
        assert_eq!(s.age_secs(21_500.0), Some(1));
        assert!(!s.is_stale(600_000.0, 5000), "a quiet live link is current");
        s.on_realtime(Realtime::Reconnecting);
        assert!(s.is_stale(600_000.0, 5000));
    }

    #[test]
    fn offline_is_kept_until_data_arrives_by_a_poll() {
        let mut s = LinkState::default();
        s.on_success(0.0);
        s.on_failure("network".into(), false);
        s.on_realtime(Realtime::Connected);
        assert_eq!(s.link, Link::Offline);
        s.on_success(1.0);
        assert_eq!(s.link, Link::Live);
    }

    #[test]
    fn connected_real_time_polls_only_agents_after_its_snapshot() {
        let all = (true, true, true);
        let loaded = (true, true);
        assert_eq!(
            polled_feeds(all, false, false, loaded),
            all,
            "polling: everything"
        );
        assert_eq!(
            polled_feeds(all, true, true, loaded),
            all,
            "the snapshot after a monitor"
        );
        assert_eq!(polled_feeds(all, true, false, loaded), (false, true, false));
        assert_eq!(
            polled_feeds((true, false, false), true, false, loaded),
            (false, false, false)
        );
        assert_eq!(
            polled_feeds(all, true, false, (false, true)),
            (true, true, false),
            "the first snapshot of queues, whose ids the subscription needs"
        );
        assert_eq!(
            polled_feeds(all, true, false, (true, false)),
            (false, true, true)
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
