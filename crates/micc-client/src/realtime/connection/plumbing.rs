//! Small pieces the flow is built from: the state change check, keep-alive and poll
//! timers, URLs of the current session, and the IO queue (requests, sockets).

use super::*;

impl Connection {
    pub(super) fn set_state(&mut self, to: State) -> Result<(), IllegalTransition> {
        let from = self.state;
        check_transition(from, to)?;
        self.state = to;
        self.events.push_back(Event::StateChanged { from, to });
        Ok(())
    }

    pub(super) fn arm_keep_alive(&mut self, now: Instant) {
        let ka = self.negotiation().and_then(|n| n.keep_alive_timeout);
        // Long polling has no keep-alives: its polls are watched by the poll deadline.
        match (ka, self.step) {
            (Some(ka), Step::Open(Transport::WebSockets)) if !ka.is_zero() => {
                self.timers
                    .set(Timer::KeepAliveWarning, now + ka.mul_f64(2.0 / 3.0));
                self.timers.set(Timer::KeepAliveLost, now + ka);
            }
            _ => {
                self.timers.clear(Timer::KeepAliveWarning);
                self.timers.clear(Timer::KeepAliveLost);
            }
        }
    }

    pub(super) fn schedule_poll(&mut self, now: Instant) {
        if self.step != Step::Open(Transport::LongPolling) || self.poll.is_some() {
            return;
        }
        let delay = self
            .session
            .as_ref()
            .map(|s| s.long_poll_delay)
            .unwrap_or_default();
        self.timers.set(Timer::NextPoll, now + delay);
    }

    pub(super) fn begin_poll(&mut self, now: Instant) {
        if self.step != Step::Open(Transport::LongPolling) || self.poll.is_some() {
            return;
        }
        let url = self.transport_url(Endpoint::Poll, Transport::LongPolling);
        let id = self.http(RequestKind::Poll, Endpoint::Poll, url, Some(String::new()));
        self.poll = Some(id);
        self.arm_poll_deadline(now);
    }

    pub(super) fn arm_poll_deadline(&mut self, now: Instant) {
        let held = self
            .negotiation()
            .map(|n| n.connection_timeout)
            .unwrap_or_default();
        self.timers.set(
            Timer::PollDeadline,
            now + held.saturating_add(self.config.poll_stall_grace),
        );
    }

    /// The URL of `endpoint` over `t` for the current session.
    pub(super) fn transport_url(&mut self, endpoint: Endpoint, t: Transport) -> String {
        self.next_id += 1;
        let tid = (self.next_id % 11) as u32;
        let s = self.session.as_ref();
        let resume = matches!(endpoint, Endpoint::Reconnect | Endpoint::Poll);
        let params = UrlParams {
            transport: Some(t),
            connection_token: s.map(|s| s.negotiation.connection_token.as_str()),
            message_id: s.and_then(|s| s.message_id.as_deref()).filter(|_| resume),
            groups_token: s.and_then(|s| s.groups_token.as_deref()).filter(|_| resume),
            tid: matches!(
                endpoint,
                Endpoint::Connect | Endpoint::Reconnect | Endpoint::Poll
            )
            .then_some(tid),
        };
        self.urls.url(endpoint, &params, &self.config.access_token)
    }

    pub(super) fn http(
        &mut self,
        kind: RequestKind,
        endpoint: Endpoint,
        url: String,
        body: Option<String>,
    ) -> RequestId {
        self.next_id += 1;
        let id = RequestId(self.next_id);
        self.requests.insert(id, kind);
        self.io.push_back(Io::Http(HttpRequest {
            id,
            method: endpoint.method(),
            url,
            body,
        }));
        id
    }

    pub(super) fn open_socket(&mut self, url: String) {
        self.next_id += 1;
        let id = SocketId(self.next_id);
        self.socket = Some(id);
        self.socket_open = false;
        self.io.push_back(Io::OpenSocket { id, url });
    }

    /// Closes the socket and abandons the poll (and any other transport request).
    pub(super) fn drop_transport(&mut self) {
        if let Some(id) = self.socket.take() {
            self.io.push_back(Io::CloseSocket { id });
        }
        self.socket_open = false;
        if let Some(id) = self.poll.take() {
            self.requests.remove(&id);
            self.io.push_back(Io::CancelHttp(id));
        }
        let stale: Vec<RequestId> = self
            .requests
            .iter()
            .filter(|(_, k)| {
                matches!(
                    k,
                    RequestKind::Connect | RequestKind::Start | RequestKind::Reconnect
                )
            })
            .map(|(id, _)| *id)
            .collect();
        for id in stale {
            self.requests.remove(&id);
            self.io.push_back(Io::CancelHttp(id));
        }
    }
}
