//! The polling fallback: when no SignalR transport works, every subscription is served by
//! REST snapshots (the same [`Event::SnapshotNeeded`] a (re)subscription raises) every poll
//! interval while the page is visible, and a real-time connection is tried again now and
//! then; when one is made, the monitors are added as on any new connection.

use super::*;

impl Connection {
    /// Falls back to polling, if the configuration has it; false when it does not.
    pub(super) fn enter_polling(&mut self, now: Instant, reason: String) -> bool {
        let Some(polling) = self.config.polling else {
            return false;
        };
        if self.set_state(State::Polling).is_err() {
            return false;
        }
        self.fail_pending(now, InvocationError::Disconnected);
        self.drop_transport();
        self.timers.clear_connection_timers();
        self.step = Step::Idle;
        self.session = None;
        self.events.push_back(Event::PollingFallback { reason });
        self.timers.set(Timer::PollSnapshot, now);
        self.timers
            .set(Timer::RetryRealtime, now + polling.retry_realtime_after);
        true
    }

    /// A round of snapshots of every subscription, then the next one in an interval (none
    /// while the page is hidden: [`Connection::set_visible`] resumes).
    pub(super) fn poll_snapshots(&mut self, now: Instant) {
        let Some(polling) = self.config.polling else {
            return;
        };
        if self.state != State::Polling || !self.visible {
            return;
        }
        for (topic, ids) in self.subs.active() {
            self.request_snapshot(topic, ids);
        }
        self.timers.set(Timer::PollSnapshot, now + polling.interval);
    }

    /// Tries a real-time connection again; polling goes on meanwhile.
    pub(super) fn retry_realtime(&mut self, now: Instant) {
        if self.state == State::Polling && self.step == Step::Idle {
            self.attempt = 0;
            self.begin_negotiate(now);
        }
    }

    /// A try of a real-time connection failed while polling: the next one later.
    pub(super) fn realtime_retry_failed(&mut self, now: Instant) {
        self.drop_transport();
        self.timers.clear(Timer::TransportConnect);
        self.step = Step::Idle;
        self.session = None;
        if let Some(polling) = self.config.polling {
            self.timers
                .set(Timer::RetryRealtime, now + polling.retry_realtime_after);
        }
    }

    /// Asks for the REST snapshot of `ids` of `topic` (none for topics without ids).
    pub(super) fn request_snapshot(&mut self, topic: Topic, ids: Vec<String>) {
        self.seq += 1;
        let ids = if topic.takes_ids() { ids } else { Vec::new() };
        self.events
            .push_back(Event::SnapshotNeeded(SnapshotRequest {
                seq: self.seq,
                topic,
                ids,
            }));
    }

    /// Whether the page is visible. Polling pauses while it is hidden (browsers throttle
    /// hidden tabs anyway) and takes a round of snapshots as soon as it is visible again.
    pub fn set_visible(&mut self, now: Instant, visible: bool) {
        let was = std::mem::replace(&mut self.visible, visible);
        if visible && !was && self.state == State::Polling {
            self.poll_snapshots(now);
        } else if !visible {
            self.timers.clear(Timer::PollSnapshot);
        }
    }
}

impl Connection {
    /// Whether the browser says it is online (`navigator.onLine` and its `online`/`offline`
    /// events). Offline, reconnect attempts and real-time retries wait instead of failing
    /// one after the other (and using up the reconnect policy); back online, one is made
    /// at once.
    pub fn set_online(&mut self, now: Instant, online: bool) {
        if std::mem::replace(&mut self.online, online) == online {
            return;
        }
        self.events.push_back(Event::NetworkChanged { online });
        if !online {
            self.timers.clear(Timer::Reconnect);
            return;
        }
        match (self.state, self.step) {
            (State::Reconnecting, Step::Idle) => {
                // The time offline does not count against the reconnect window of the
                // policy: it starts again now.
                self.lost_at = now;
                self.attempt = 0;
                self.timers.set(Timer::Reconnect, now);
            }
            (State::Polling, Step::Idle) => self.timers.set(Timer::RetryRealtime, now),
            _ => {}
        }
    }
}
