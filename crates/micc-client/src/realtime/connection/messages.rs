//! What the transports deliver (frames, hub messages) and the invocations that go out:
//! events, results, progress, hub state, monitors.

use super::*;

impl Connection {
    /// Everything a transport delivered: frames on a socket, long-poll bodies, send answers.
    pub(super) fn on_transport_text(&mut self, now: Instant, text: &str) {
        let frame = match parse_frame(text, &self.config.limits) {
            Ok(f) => f,
            Err(e) => {
                self.events.push_back(Event::Warning(Warning::Protocol(e)));
                return;
            }
        };
        if let Some(s) = self.session.as_mut() {
            s.last_message_at = now;
        }
        self.slow_warned = false;
        self.arm_keep_alive(now);
        match frame {
            Frame::KeepAlive | Frame::SseInitialized => {}
            Frame::Hub(incoming) => self.dispatch(now, incoming),
            Frame::Persistent(p) => self.on_persistent(now, p),
        }
    }

    pub(super) fn on_persistent(&mut self, now: Instant, p: PersistentFrame) {
        if let Some(s) = self.session.as_mut() {
            if let Some(c) = p.cursor {
                s.message_id = Some(c);
            }
            if let Some(g) = p.groups_token {
                s.groups_token = Some(g);
            }
            if let Some(l) = p.long_poll_delay {
                s.long_poll_delay = l;
            }
        }
        for m in p.messages {
            self.dispatch(now, m);
        }
        if p.initialized
            && let Step::Connect(t) = self.step
        {
            self.begin_start(now, t);
        }
        if p.disconnect {
            self.lose(now, ReconnectReason::ServerDisconnected, false);
        } else if p.reconnect {
            self.lose(now, ReconnectReason::ServerRequested, false);
        }
    }

    pub(super) fn dispatch(&mut self, now: Instant, incoming: Incoming) {
        match incoming {
            Incoming::Call(call) => {
                if let Some(state) = &call.state {
                    merge_state(
                        self.hub_state
                            .entry(call.hub.to_ascii_lowercase())
                            .or_default(),
                        state,
                    );
                }
                match decode_event(&call) {
                    Ok(event) => {
                        self.seq += 1;
                        self.events.push_back(Event::Hub {
                            seq: self.seq,
                            event,
                        });
                    }
                    Err(e) => self
                        .events
                        .push_back(Event::Warning(Warning::EventDecode(e))),
                }
            }
            Incoming::Result(r) => {
                let Ok(id) = r.id.trim().parse::<u64>() else {
                    return;
                };
                let result = r.outcome.map_err(InvocationError::Hub);
                self.complete(now, id, result, r.state);
            }
            Incoming::Progress { id, data } => {
                if let Some(id) = id
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|id| self.pending.contains(*id))
                {
                    self.events
                        .push_back(Event::InvocationProgress { id, data });
                }
            }
            Incoming::Other(_) => {}
        }
    }

    /// Ends invocation `id`.
    pub(super) fn complete(
        &mut self,
        _now: Instant,
        id: u64,
        result: Result<Option<Value>, InvocationError>,
        state: Option<HubState>,
    ) {
        let Some(p) = self.pending.remove(id) else {
            return;
        };
        if let Some(state) = &state {
            merge_state(self.hub_state.entry(p.hub.clone()).or_default(), state);
        }
        match p.purpose {
            Purpose::User => self
                .events
                .push_back(Event::InvocationCompleted { id, result }),
            Purpose::Monitor { topic, ids } => match result {
                Ok(_) => {
                    // Only ids still watched: a subscriber may have left meanwhile.
                    let ids: Vec<String> = ids
                        .into_iter()
                        .filter(|i| self.subs.count(topic, i) > 0)
                        .collect();
                    if !ids.is_empty() {
                        self.request_snapshot(topic, ids);
                    }
                }
                Err(error) => {
                    self.events
                        .push_back(Event::SubscriptionFailed { topic, ids, error })
                }
            },
            Purpose::Unmonitor => {}
        }
    }

    pub(super) fn fail_pending(&mut self, now: Instant, error: InvocationError) {
        for id in self.pending.ids() {
            match self.pending.purpose(id) {
                // Monitors are re-established by the next connection (subscriptions outlive
                // connections): nothing to report.
                Some(Purpose::Monitor { .. }) | Some(Purpose::Unmonitor) => {
                    self.pending.remove(id);
                }
                _ => self.complete(now, id, Err(error.clone()), None),
            }
        }
    }

    pub(super) fn add_monitor(&mut self, now: Instant, topic: Topic, ids: Vec<String>) {
        let (hub, method) = topic.add_method();
        let args = if topic.takes_ids() {
            vec![ids_arg(&ids)]
        } else {
            Vec::new()
        };
        if let Err(e) = self.invoke_for(
            now,
            hub,
            method,
            args,
            Purpose::Monitor {
                topic,
                ids: ids.clone(),
            },
        ) {
            let error = match e {
                RealtimeError::NotConnected(_) => InvocationError::Disconnected,
                other => InvocationError::Transport(other.to_string()),
            };
            self.events
                .push_back(Event::SubscriptionFailed { topic, ids, error });
        }
    }

    pub(super) fn invoke_for(
        &mut self,
        _now: Instant,
        hub: &str,
        method: &str,
        args: Vec<Value>,
        purpose: Purpose,
    ) -> Result<u64, RealtimeError> {
        let Step::Open(t) = self.step else {
            return Err(RealtimeError::NotConnected(self.state));
        };
        if self.state != State::Connected {
            return Err(RealtimeError::NotConnected(self.state));
        }
        if self.pending.len() >= self.config.max_pending_invocations {
            return Err(RealtimeError::TooMany {
                what: "pending invocations",
                limit: self.config.max_pending_invocations,
            });
        }
        if args.len() > self.config.limits.max_args {
            return Err(RealtimeError::TooMany {
                what: "arguments",
                limit: self.config.limits.max_args,
            });
        }
        let hub_key = hub.to_ascii_lowercase();
        let id = self.pending.next_id();
        let invocation = Invocation {
            hub: hub_key.clone(),
            method: method.to_string(),
            args,
            id,
            state: self.hub_state.get(&hub_key).cloned().unwrap_or_default(),
        };
        let text = invocation.to_json();
        self.pending.insert(id, hub_key, purpose);
        match (t, self.socket) {
            (Transport::WebSockets, Some(socket)) => {
                self.io.push_back(Io::SendSocket { id: socket, text })
            }
            _ => {
                let url = self.transport_url(Endpoint::Send, t);
                self.http(
                    RequestKind::Send(id),
                    Endpoint::Send,
                    url,
                    Some(send_body(&text)),
                );
            }
        }
        Ok(id)
    }
}

/// The ids argument of a monitor method: a JSON array of strings.
pub(super) fn ids_arg(ids: &[String]) -> Value {
    Value::Array(ids.iter().map(|i| Value::String(i.clone())).collect())
}

/// Merges a hub state change into the state (members replace members).
fn merge_state(into: &mut HubState, changes: &HubState) {
    for (k, v) in changes {
        into.insert(k.clone(), v.clone());
    }
}
