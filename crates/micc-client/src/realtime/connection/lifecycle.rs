//! The life of a connection: negotiate, the transport ladder, start, connected; lost,
//! reconnect (the same connection within the reconnect window, a new one after), give up;
//! and the timers that drive it.

use super::*;

impl Connection {
    pub(super) fn begin_negotiate(&mut self, _now: Instant) {
        self.step = Step::Negotiate;
        let url = self.urls.url(
            Endpoint::Negotiate,
            &UrlParams::default(),
            &self.config.access_token,
        );
        self.http(RequestKind::Negotiate, Endpoint::Negotiate, url, None);
    }

    pub(super) fn on_negotiated(
        &mut self,
        now: Instant,
        answer: Result<String, (Option<u16>, String)>,
    ) {
        if self.step != Step::Negotiate {
            return;
        }
        let negotiation = match answer {
            Ok(body) => match parse_negotiate(&body, &self.config.limits) {
                Ok(n) => n,
                Err(e) => return self.attempt_failed(now, format!("negotiate: {e}"), None),
            },
            Err((status, why)) => {
                return self.attempt_failed(now, format!("negotiate: {why}"), status);
            }
        };
        let ladder = self
            .config
            .transports
            .iter()
            .copied()
            .filter(|t| *t != Transport::ServerSentEvents)
            .filter(|t| *t != Transport::WebSockets || negotiation.try_web_sockets)
            .collect();
        self.session = Some(Session {
            long_poll_delay: negotiation.long_poll_delay,
            negotiation,
            ladder,
            transport: None,
            message_id: None,
            groups_token: None,
            last_message_at: now,
            resumable: true,
        });
        self.try_next_transport(now, None);
    }

    /// Tries the next transport of the ladder; `failed` is the one that just failed and why.
    pub(super) fn try_next_transport(&mut self, now: Instant, failed: Option<(Transport, String)>) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        let Some(next) = session.ladder.pop_front() else {
            self.events.push_back(Event::TransportsExhausted);
            let why = failed.map_or_else(
                || "no transport to try".to_string(),
                |(t, why)| format!("{t}: {why}"),
            );
            return self.attempt_failed(now, why, None);
        };
        if let Some((from, reason)) = failed {
            self.events.push_back(Event::TransportFallback {
                from,
                to: next,
                reason,
            });
        }
        let timeout = session
            .negotiation
            .transport_connect_timeout
            .unwrap_or(self.config.transport_connect_timeout);
        self.timers.set(Timer::TransportConnect, now + timeout);
        self.step = Step::Connect(next);
        let url = self.transport_url(Endpoint::Connect, next);
        match next {
            Transport::WebSockets => self.open_socket(url),
            _ => {
                let id = self.http(
                    RequestKind::Connect,
                    Endpoint::Connect,
                    url,
                    Some(String::new()),
                );
                self.poll = Some(id);
            }
        }
    }

    pub(super) fn transport_failed(&mut self, now: Instant, why: String) {
        let Step::Connect(t) = self.step else {
            return;
        };
        self.timers.clear(Timer::TransportConnect);
        self.drop_transport();
        self.try_next_transport(now, Some((t, why)));
    }

    pub(super) fn begin_start(&mut self, now: Instant, t: Transport) {
        self.timers.clear(Timer::TransportConnect);
        self.step = Step::Start(t);
        let url = self.transport_url(Endpoint::Start, t);
        self.http(RequestKind::Start, Endpoint::Start, url, None);
        if let Some(s) = self.session.as_mut() {
            s.last_message_at = now;
        }
    }

    pub(super) fn on_started(
        &mut self,
        now: Instant,
        answer: Result<String, (Option<u16>, String)>,
    ) {
        let Step::Start(t) = self.step else {
            return;
        };
        let started = match &answer {
            Ok(body) => serde_json::from_str::<Value>(body)
                .ok()
                .and_then(|v| {
                    v.as_object()
                        .and_then(|o| crate::realtime::protocol::member(o, "Response").cloned())
                })
                .is_some_and(|r| r == "started"),
            Err(_) => false,
        };
        if !started {
            let (why, status) = match answer {
                Ok(_) => (
                    "start: the server did not answer \"started\"".to_string(),
                    None,
                ),
                Err((status, why)) => (format!("start: {why}"), status),
            };
            self.drop_transport();
            return self.attempt_failed(now, why, status);
        }
        if let Some(s) = self.session.as_mut() {
            s.transport = Some(t);
        }
        self.step = Step::Open(t);
        self.events.push_back(Event::TransportSelected(t));
        self.connected(now, false);
    }

    /// Connected, over a new connection (`restored` false) or a resumed one.
    pub(super) fn connected(&mut self, now: Instant, restored: bool) {
        let from = self.state;
        if self.set_state(State::Connected).is_err() {
            return;
        }
        // Real time again after polling: the monitors are added below, as on any new
        // connection, with a snapshot each.
        self.timers.clear(Timer::PollSnapshot);
        self.timers.clear(Timer::RetryRealtime);
        if from == State::Reconnecting {
            self.events.push_back(Event::Reconnected { restored });
        }
        self.attempt = 0;
        self.slow_warned = false;
        if let Some(s) = self.session.as_mut() {
            s.last_message_at = now;
        }
        self.arm_keep_alive(now);
        if self.transport() == Some(Transport::LongPolling) && self.poll.is_none() {
            self.timers.set(Timer::NextPoll, now);
        }
        // Monitors nobody watches any more, removed while no connection could say so.
        for (topic, ids) in self.subs.take_removals() {
            if let Some((hub, method)) = topic.remove_method() {
                let _ = self.invoke_for(now, hub, method, vec![ids_arg(&ids)], Purpose::Unmonitor);
            }
        }
        let additions = self.subs.take_additions();
        if !restored || std::mem::take(&mut self.resync) {
            for (topic, ids) in self.subs.active() {
                self.add_monitor(now, topic, ids);
            }
        } else {
            for (topic, ids) in additions {
                self.add_monitor(now, topic, ids);
            }
        }
    }

    pub(super) fn reconnected(&mut self, now: Instant) {
        let Step::Reconnect(t) = self.step else {
            return;
        };
        self.step = Step::Open(t);
        let restored = self.sent_groups_token;
        self.connected(now, restored);
    }

    /// The connection is lost (or, `planned`, replaced for a new token): reconnect.
    pub(super) fn lose(&mut self, now: Instant, reason: ReconnectReason, planned: bool) {
        if self.state != State::Connected {
            return;
        }
        if self.set_state(State::Reconnecting).is_err() {
            return;
        }
        self.events.push_back(Event::Reconnecting(reason.clone()));
        if self.pending.has_monitor_changes() {
            self.resync = true;
        }
        self.fail_pending(now, InvocationError::ConnectionLost);
        self.drop_transport();
        self.timers.clear_connection_timers();
        self.step = Step::Idle;
        self.lost_at = now;
        self.attempt = 0;
        if matches!(reason, ReconnectReason::ServerDisconnected)
            && let Some(s) = self.session.as_mut()
        {
            s.resumable = false;
        }
        if planned {
            // No wait: the old transport worked a moment ago.
            self.last_reason = reason;
            self.timers.set(Timer::Reconnect, now);
        } else {
            self.schedule_reconnect(now, reason);
        }
    }

    /// Asks the policy for the next attempt's delay, or gives up.
    pub(super) fn schedule_reconnect(&mut self, now: Instant, reason: ReconnectReason) {
        self.attempt = self.attempt.saturating_add(1);
        let elapsed = now.saturating_since(self.lost_at);
        match self
            .config
            .reconnect_policy
            .next_delay(self.attempt, elapsed, &reason)
        {
            Some(delay) => {
                self.step = Step::Idle;
                self.last_reason = reason;
                // Offline, the attempt waits for the network (`set_online`).
                if self.online {
                    self.timers.set(Timer::Reconnect, now + delay);
                }
            }
            None => {
                if !matches!(reason, ReconnectReason::Unauthorized)
                    && self.enter_polling(now, format!("reconnecting gave up: {reason:?}"))
                {
                    return;
                }
                self.disconnect(
                    now,
                    DisconnectReason::GaveUp(reason),
                    InvocationError::Disconnected,
                );
            }
        }
    }

    pub(super) fn begin_reconnect(&mut self, now: Instant) {
        let resumable = self.session.as_ref().and_then(|s| {
            let window = s.negotiation.reconnect_window();
            let in_window = now < s.last_message_at + window;
            s.transport.filter(|_| s.resumable && in_window)
        });
        let Some(t) = resumable else {
            // The server has forgotten the connection: a new one.
            self.session = None;
            return self.begin_negotiate(now);
        };
        self.step = Step::Reconnect(t);
        self.sent_groups_token = self.groups_token().is_some_and(|g| !g.is_empty());
        let url = self.transport_url(Endpoint::Reconnect, t);
        match t {
            Transport::WebSockets => {
                let timeout = self
                    .negotiation()
                    .and_then(|n| n.transport_connect_timeout)
                    .unwrap_or(self.config.transport_connect_timeout);
                self.timers.set(Timer::TransportConnect, now + timeout);
                self.open_socket(url);
            }
            _ => {
                let id = self.http(
                    RequestKind::Reconnect,
                    Endpoint::Reconnect,
                    url,
                    Some(String::new()),
                );
                self.poll = Some(id);
                self.timers.set(
                    Timer::ReconnectGrace,
                    now + self.config.long_poll_reconnect_grace,
                );
            }
        }
    }

    pub(super) fn reconnect_failed(&mut self, now: Instant, status: Option<u16>, why: String) {
        if !matches!(self.step, Step::Reconnect(_)) {
            return;
        }
        self.timers.clear(Timer::ReconnectGrace);
        self.drop_transport();
        let reason = match status {
            Some(401 | 403) => ReconnectReason::Unauthorized,
            // The server does not know the connection any more (restarted, or it expired).
            Some(400 | 404 | 410) => {
                if let Some(s) = self.session.as_mut() {
                    s.resumable = false;
                }
                ReconnectReason::ServerDisconnected
            }
            _ => ReconnectReason::AttemptFailed(why),
        };
        self.schedule_reconnect(now, reason);
    }

    /// A negotiate, connect or start failed.
    pub(super) fn attempt_failed(&mut self, now: Instant, why: String, status: Option<u16>) {
        self.drop_transport();
        self.timers.clear(Timer::TransportConnect);
        match self.state {
            State::Connecting => {
                self.session = None;
                // A refused token is not a network that blocks SignalR: polling would be
                // refused too.
                if !matches!(status, Some(401 | 403)) && self.enter_polling(now, why.clone()) {
                    return;
                }
                self.disconnect(
                    now,
                    DisconnectReason::StartFailed(why),
                    InvocationError::Disconnected,
                );
            }
            State::Polling => self.realtime_retry_failed(now),
            State::Reconnecting => {
                self.session = None;
                let reason = match status {
                    Some(401 | 403) => ReconnectReason::Unauthorized,
                    _ => ReconnectReason::AttemptFailed(why),
                };
                self.schedule_reconnect(now, reason);
            }
            _ => {}
        }
    }

    pub(super) fn disconnect(
        &mut self,
        now: Instant,
        reason: DisconnectReason,
        error: InvocationError,
    ) {
        self.fail_pending(now, error);
        self.drop_transport();
        self.timers.clear_connection_timers();
        self.step = Step::Idle;
        if self.set_state(State::Disconnected).is_ok() {
            self.events.push_back(Event::Disconnected(reason));
        }
        self.session = None;
    }

    pub(super) fn on_timer(&mut self, now: Instant, timer: Timer) {
        match timer {
            Timer::TransportConnect => match self.step {
                Step::Connect(_) => self.transport_failed(now, "timed out".to_string()),
                Step::Reconnect(_) => self.reconnect_failed(now, None, "timed out".to_string()),
                _ => {}
            },
            Timer::KeepAliveWarning => {
                if self.state == State::Connected && !self.slow_warned {
                    self.slow_warned = true;
                    self.events.push_back(Event::SlowConnection);
                }
            }
            Timer::KeepAliveLost => self.lose(now, ReconnectReason::KeepAliveTimeout, false),
            Timer::NextPoll => self.begin_poll(now),
            Timer::PollDeadline => {
                if let Some(id) = self.poll.take() {
                    self.requests.remove(&id);
                    self.io.push_back(Io::CancelHttp(id));
                }
                self.lose(now, ReconnectReason::KeepAliveTimeout, false);
            }
            Timer::Reconnect => {
                if self.state == State::Reconnecting && self.step == Step::Idle {
                    self.begin_reconnect(now);
                }
            }
            Timer::ReconnectGrace => {
                if self.step == Step::Reconnect(Transport::LongPolling) {
                    // The reconnect poll is being held: it is the current poll now.
                    if let Some(id) = self.poll {
                        self.requests.insert(id, RequestKind::Poll);
                        self.arm_poll_deadline(now);
                    }
                    self.reconnected(now);
                }
            }
            Timer::TokenExpiring => {
                if let Some(expires_at) = self.token_expires_at {
                    self.events.push_back(Event::TokenExpiring { expires_at });
                }
            }
            Timer::PollSnapshot => self.poll_snapshots(now),
            Timer::RetryRealtime => self.retry_realtime(now),
        }
    }
}
