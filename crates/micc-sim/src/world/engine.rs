//! How the world moves on its own: arrivals, routing, ringing, handling, wrap-up,
//! abandonment and presence changes. The writes the API makes are in `commands`.

use super::generate::{BUSY_REASONS, DND_REASONS};
use super::stats::Outcome;
use super::*;
use crate::simtime::{HOUR, MINUTE, SECOND};

/// The least the world runs before it is shown, so statistics and queues look lived-in.
const WARM_UP: Millis = HOUR;

impl World {
    /// Where the unseen run before `target` begins: the last local midnight of the site
    /// furthest into its day, so "today" counters hold a whole day so far; at least
    /// [`WARM_UP`] before.
    fn warm_up_from(&self, target: Millis) -> Millis {
        self.sites
            .iter()
            .map(|s| day::local_day_start(target, s.utc_offset))
            .chain([target - WARM_UP])
            .min()
            .unwrap_or(target - WARM_UP)
    }

    pub(super) fn start(&mut self) {
        let target = self.now;
        self.now = self.warm_up_from(target);
        for (q, s) in self.stats.iter_mut().enumerate() {
            let offset = self
                .queues
                .get(q)
                .and_then(|q| self.sites.get(q.site))
                .map_or(0, |s| s.utc_offset);
            *s = QueueStats::new(self.now, offset);
        }
        let now = self.now;
        for agent in &mut self.agents {
            agent.entered_activity_on = now;
            agent.counted_from = now;
        }
        for e in 0..self.employees.len() {
            let presence = if self.on_shift(e) {
                match self.rng.unit() {
                    r if r < 0.75 => Presence::Available,
                    r if r < 0.87 => Presence::Busy,
                    r if r < 0.93 => Presence::DoNotDisturb,
                    _ => Presence::Away,
                }
            } else {
                Presence::Offline
            };
            let reason = self.reason_for(presence);
            self.apply_presence(e, presence, reason);
            if let Some(t) = self.next_shift_edge(e) {
                self.schedule(t, Due::Shift { employee: e });
            }
        }
        for site in 0..self.sites.len() {
            let t = self.next_midnight(site);
            self.schedule(t, Due::Midnight { site });
        }
        for q in 0..self.queues.len() {
            self.schedule_arrival(q);
        }
        self.advance_to(target);
        // Nobody saw the warm-up happen.
        self.changes.clear();
        self.departed.clear();
    }

    pub(super) fn run(&mut self, due: Due) {
        match due {
            Due::Arrival { queue } => self.arrive(queue),
            Due::Abandon { seq } => self.abandon(seq),
            Due::RingEnd { seq } => {
                if self
                    .conversations
                    .get(&seq)
                    .is_some_and(|c| c.state == ConvState::Offered)
                {
                    self.connect(seq);
                }
            }
            Due::HandleEnd { seq } => self.handle_end(seq),
            Due::WrapEnd { agent } => self.wrap_end(agent),
            Due::PresenceChange { employee, epoch } => self.autonomous_presence(employee, epoch),
            Due::Shift { employee } => self.shift_edge(employee),
            Due::Midnight { site } => self.midnight(site),
        }
    }

    /// The next candidate arrival of queue `q` at its busiest-hour rate. Arrivals are a
    /// non-homogeneous Poisson process, made by thinning: a candidate becomes an arrival
    /// with the probability of its local hour's share of the busiest-hour rate.
    fn schedule_arrival(&mut self, q: usize) {
        let Some(rate) = self.queues.get(q).map(|q| q.arrivals_per_hour) else {
            return;
        };
        if rate > 0.0 {
            let gap = self.rng.exp(HOUR as f64 / rate).max(1.0) as Millis;
            self.schedule(self.now + gap, Due::Arrival { queue: q });
        }
    }

    fn arrive(&mut self, q: usize) {
        let Some(queue) = self.queues.get(q) else {
            return;
        };
        if queue.deleted {
            return;
        }
        let (media, site) = (queue.media, queue.site);
        self.schedule_arrival(q);
        let tod = day::local_time_of_day(self.now, self.site_offset(site));
        if self.rng.unit() >= day::arrival_factor(media, tod) {
            return;
        }
        let Some(queue) = self.queues.get(q) else {
            return;
        };
        if queue.do_not_disturb {
            // A queue in do-not-disturb sends its callers elsewhere: an interflow.
            let now = self.now;
            if let Some(s) = self.stats.get_mut(q) {
                s.interflow(now);
            }
            self.changed(Change::QueueState(q));
            return;
        }
        let (media, patience, handle) = (queue.media, queue.mean_patience, queue.mean_handle);
        let patience = self.rng.exp(patience as f64).max(2_000.0) as Millis;
        let handle = self.rng.exp(handle as f64).max(20_000.0) as Millis;
        let seq = self.new_conversation(q, media, None);
        if let Some(c) = self.conversations.get_mut(&seq) {
            c.patience_until = self.now + patience;
            c.handle_time = handle;
        }
        self.schedule(self.now + patience, Due::Abandon { seq });
        self.route(q);
    }

    /// Creates a conversation waiting in queue `q` and returns its sequence number.
    pub(super) fn new_conversation(&mut self, q: usize, media: Media, id: Option<String>) -> u64 {
        let seq = self.next_conversation;
        self.next_conversation += 1;
        let first = [
            "Alex", "Sam", "Robin", "Kim", "Jordan", "Noor", "Luca", "Mia",
        ];
        let last = [
            "Meyer", "Silva", "Khan", "Nguyen", "Okafor", "Berg", "Lopez", "Ito",
        ];
        let name = format!(
            "{} {}",
            self.rng.pick(&first).copied().unwrap_or("Alex"),
            self.rng.pick(&last).copied().unwrap_or("Meyer")
        );
        let number = format!("+1555{:07}", self.rng.below(10_000_000));
        let from_address = match media {
            Media::Voice | Media::Sms => number,
            _ => format!("{}@customer.example", name.to_lowercase().replace(' ', ".")),
        };
        let subject = match media {
            Media::Email | Media::OpenMedia => format!("Request #{}", 10_000 + seq),
            _ => String::new(),
        };
        let id = id.unwrap_or_else(|| self.rng.guid());
        let to_address = self
            .queues
            .get(q)
            .map(|q| q.dialable.clone())
            .unwrap_or_default();
        let conversation = Conversation {
            seq,
            id: id.clone(),
            media,
            queue: q,
            state: ConvState::InQueue,
            from_name: name,
            from_address,
            to_address,
            subject,
            priority: 1,
            offered_to_system: self.now,
            offered_to_queue: self.now,
            offered_to_agent: None,
            accepted_at: None,
            agent: None,
            patience_until: Millis::MAX,
            handle_time: 3 * MINUTE,
            on_hold: false,
            outbound: false,
            transfer_count: 0,
            variables: Vec::new(),
            target_uri: None,
        };
        self.conversations.insert(seq, conversation);
        self.conversation_ids.insert(id, seq);
        if let Some(w) = self.waiting.get_mut(q) {
            w.push_back(seq);
        }
        if let Some(s) = self.stats.get_mut(q) {
            s.arrival(seq, self.now);
        }
        self.changed(Change::QueueConversation { queue: q, seq });
        self.changed(Change::QueueState(q));
        seq
    }

    /// An agent who can take one more conversation of queue `q` now: fewest conversations,
    /// then longest in their current activity (the fairest choice), then lowest index.
    fn free_agent(&self, q: usize) -> Option<usize> {
        self.queue_agents(q)
            .iter()
            .copied()
            .filter(|&a| self.can_take(a) && self.present_for_queue(a, q))
            .min_by_key(|&a| {
                let agent = &self.agents[a];
                (agent.conversations.len(), agent.entered_activity_on, a)
            })
    }

    fn can_take(&self, a: usize) -> bool {
        let Some(agent) = self.agents.get(a) else {
            return false;
        };
        let available = self
            .employees
            .get(agent.employee)
            .is_some_and(|e| e.presence == Presence::Available);
        let ringing = agent.conversations.iter().any(|s| {
            self.conversations
                .get(s)
                .is_some_and(|c| c.state == ConvState::Offered)
        });
        available
            && agent.wrap_until.is_none()
            && !ringing
            && agent.conversations.len() < agent.media.capacity()
    }

    /// Offers waiting conversations of queue `q` to free agents, oldest first.
    pub(super) fn route(&mut self, q: usize) {
        while let Some(&seq) = self.waiting.get(q).and_then(VecDeque::front) {
            let Some(a) = self.free_agent(q) else { break };
            self.offer(seq, a);
        }
    }

    fn unqueue(&mut self, seq: u64) {
        let Some(q) = self.conversations.get(&seq).map(|c| c.queue) else {
            return;
        };
        if let Some(w) = self.waiting.get_mut(q) {
            w.retain(|&s| s != seq);
        }
    }

    pub(super) fn offer(&mut self, seq: u64, a: usize) {
        self.unqueue(seq);
        let now = self.now;
        let Some(c) = self.conversations.get_mut(&seq) else {
            return;
        };
        c.state = ConvState::Offered;
        c.agent = Some(a);
        c.offered_to_agent = Some(now);
        let (q, id, media) = (c.queue, c.id.clone(), c.media);
        if let Some(agent) = self.agents.get_mut(a) {
            agent.conversations.push(seq);
        }
        let ring = match media {
            Media::Voice => self.rng.range(2_000.0, 8_000.0),
            _ => self.rng.range(1_000.0, 3_000.0),
        } as Millis;
        self.schedule(now + ring, Due::RingEnd { seq });
        self.changed(Change::QueueConversationRemoved { queue: q, id });
        self.changed(Change::QueueState(q));
        self.conversation_changed_for_agent(seq);
        self.refresh_agent(a);
    }

    pub(super) fn conversation_changed_for_agent(&mut self, seq: u64) {
        let employee = self
            .conversations
            .get(&seq)
            .and_then(|c| c.agent)
            .and_then(|a| self.agents.get(a))
            .map(|a| a.employee);
        if let Some(employee) = employee {
            self.changed(Change::EmployeeConversation { employee, seq });
        }
    }

    /// The agent answers: the conversation is connected and counts as answered.
    pub(super) fn connect(&mut self, seq: u64) {
        let now = self.now;
        let Some(c) = self.conversations.get_mut(&seq) else {
            return;
        };
        c.state = ConvState::Acd;
        c.accepted_at = Some(now);
        let (q, arrived, handle, outbound, agent) = (
            c.queue,
            c.offered_to_queue,
            c.handle_time,
            c.outbound,
            c.agent,
        );
        if !outbound {
            let sl = self.queues.get(q).map_or(0, |q| q.service_level);
            let wait = now - arrived;
            let group = agent.and_then(|a| self.answering_group(a, q));
            if let Some(s) = self.stats.get_mut(q) {
                s.outcome(
                    seq,
                    arrived,
                    Outcome::Answered {
                        wait,
                        within_service_level: wait <= sl,
                        group,
                    },
                    now,
                );
            }
            self.changed(Change::QueueState(q));
        }
        if let Some(a) = agent.and_then(|a| self.agents.get_mut(a)) {
            a.counters.acd_today += 1;
        }
        self.schedule(now + handle, Due::HandleEnd { seq });
        self.conversation_changed_for_agent(seq);
        if let Some(a) = agent {
            self.refresh_agent(a);
        }
    }

    /// Position in queue `q`'s agent groups of the first one agent `a` is present in.
    fn answering_group(&self, a: usize, q: usize) -> Option<usize> {
        self.queues
            .get(q)?
            .agent_groups
            .iter()
            .position(|&g| self.present_in_group(a, g))
    }

    fn handle_end(&mut self, seq: u64) {
        let Some(c) = self.conversations.get(&seq) else {
            return;
        };
        if c.state != ConvState::Acd {
            return;
        }
        if c.on_hold {
            // Nobody hangs up on hold in this simulation: try again a little later.
            self.schedule(self.now + 30 * SECOND, Due::HandleEnd { seq });
            return;
        }
        self.finish(seq, ConvState::Handled);
    }

    /// Ends a connected (or ringing) conversation and starts the agent's wrap-up.
    pub(super) fn finish(&mut self, seq: u64, state: ConvState) {
        self.archive(seq, state);
        let now = self.now;
        let Some(c) = self.conversations.remove(&seq) else {
            return;
        };
        self.conversation_ids.remove(&c.id);
        self.unqueue_removed(&c);
        if let (Some(accepted), false) = (c.accepted_at, c.outbound) {
            if let Some(s) = self.stats.get_mut(c.queue) {
                s.handled(seq, c.offered_to_queue, now - accepted, now);
            }
            self.changed(Change::QueueState(c.queue));
        }
        let Some(a) = c.agent else { return };
        let wrap = self.queues.get(c.queue).and_then(|q| q.wrap_up);
        let wrap = wrap.map(|mean| self.rng.exp(mean as f64).max(5_000.0) as Millis);
        let mut wrap_until = None;
        if let Some(agent) = self.agents.get_mut(a) {
            agent.conversations.retain(|&s| s != seq);
            if let Some(accepted) = c.accepted_at {
                agent.counters.answered_handle_ms_today += now - accepted;
            }
            if let (Some(wrap), true) = (
                wrap,
                agent.conversations.is_empty() && c.accepted_at.is_some(),
            ) {
                agent.wrap_until = Some(now + wrap);
                wrap_until = agent.wrap_until;
            }
            let employee = agent.employee;
            self.changed(Change::EmployeeConversationRemoved {
                employee,
                id: c.id.clone(),
            });
        }
        if let Some(t) = wrap_until {
            self.schedule(t, Due::WrapEnd { agent: a });
        }
        self.refresh_agent(a);
    }

    /// Keeps the last look of a finished conversation for the history API.
    pub(super) fn archive(&mut self, seq: u64, state: ConvState) {
        const KEEP: usize = 2_000;
        if let Some(mut v) = self.conversation(seq) {
            if let Some(o) = v.as_object_mut() {
                o.insert("ConversationState".into(), serde_json::json!(state.name()));
                o.insert("PositionInQueue".into(), serde_json::json!(0));
            }
            if self.history.len() >= KEEP {
                self.history.pop_front();
            }
            if let Some(id) = self.conversations.get(&seq).map(|c| c.id.clone()) {
                self.departed.insert(id, v.clone());
            }
            self.history.push_back(v);
        }
    }

    fn unqueue_removed(&mut self, c: &Conversation) {
        if let Some(w) = self.waiting.get_mut(c.queue) {
            w.retain(|&s| s != c.seq);
        }
    }

    fn abandon(&mut self, seq: u64) {
        let now = self.now;
        let Some(c) = self.conversations.get(&seq) else {
            return;
        };
        if c.state != ConvState::InQueue || c.patience_until > now {
            return;
        }
        self.drop_from_queue(seq);
    }

    /// A waiting (or ringing) conversation leaves without being answered.
    pub(super) fn drop_from_queue(&mut self, seq: u64) {
        self.archive(seq, ConvState::Abandoned);
        let now = self.now;
        let Some(c) = self.conversations.remove(&seq) else {
            return;
        };
        self.conversation_ids.remove(&c.id);
        self.unqueue_removed(&c);
        let q = c.queue;
        if !c.outbound {
            let short = self.queues.get(q).map_or(0, |q| q.short_abandon);
            let wait = now - c.offered_to_queue;
            if let Some(s) = self.stats.get_mut(q) {
                s.outcome(
                    seq,
                    c.offered_to_queue,
                    Outcome::Abandoned {
                        wait,
                        short: wait < short,
                    },
                    now,
                );
            }
        }
        self.changed(Change::QueueConversationRemoved {
            queue: q,
            id: c.id.clone(),
        });
        self.changed(Change::QueueState(q));
        self.release_from_agent(c);
    }

    /// A conversation that left the world leaves the inbox of the agent it was with, if any.
    pub(super) fn release_from_agent(&mut self, c: Conversation) {
        let Some(a) = c.agent else {
            return;
        };
        if let Some(agent) = self.agents.get_mut(a) {
            agent.conversations.retain(|&s| s != c.seq);
            let employee = agent.employee;
            self.changed(Change::EmployeeConversationRemoved { employee, id: c.id });
        }
        self.refresh_agent(a);
    }

    fn wrap_end(&mut self, a: usize) {
        let now = self.now;
        let Some(agent) = self.agents.get_mut(a) else {
            return;
        };
        if agent.wrap_until.is_some_and(|t| t <= now) {
            agent.wrap_until = None;
            self.refresh_agent(a);
        }
    }

    /// What agent `a` should be doing given its conversations, wrap-up and presence.
    fn desired_activity(&self, a: usize) -> Activity {
        let Some(agent) = self.agents.get(a) else {
            return Activity::LoggedOut;
        };
        let states = agent
            .conversations
            .iter()
            .filter_map(|s| self.conversations.get(s))
            .map(|c| c.state);
        let mut ringing = false;
        for s in states {
            match s {
                ConvState::Acd => return Activity::Acd,
                ConvState::Offered => ringing = true,
                _ => {}
            }
        }
        if ringing {
            return Activity::Ringing;
        }
        if agent.wrap_until.is_some() {
            return Activity::WorkTimer;
        }
        match self.employees.get(agent.employee).map(|e| e.presence) {
            Some(Presence::Available) => Activity::Idle,
            Some(Presence::Busy) => Activity::MakeBusy,
            Some(Presence::DoNotDisturb) => Activity::DoNotDisturb,
            Some(Presence::Away) => Activity::Away,
            Some(Presence::Offline) | None => Activity::LoggedOut,
        }
    }

    /// Moves agent `a` to the activity its situation calls for, keeping the day's counters,
    /// and routes waiting conversations to it when it becomes free.
    pub(super) fn refresh_agent(&mut self, a: usize) {
        let now = self.now;
        let want = self.desired_activity(a);
        let Some(agent) = self.agents.get_mut(a) else {
            return;
        };
        if agent.activity != want {
            let spent = now - agent.counted_from.max(agent.entered_activity_on);
            let c = &mut agent.counters;
            match agent.activity {
                Activity::Acd => c.acd_ms_today += spent,
                Activity::WorkTimer => c.work_timer_ms_today += spent,
                Activity::MakeBusy => c.make_busy_ms_today += spent,
                Activity::DoNotDisturb => c.dnd_ms_today += spent,
                _ => {}
            }
            if agent.activity != Activity::LoggedOut {
                c.logged_in_ms_today += spent;
            }
            if agent.activity == Activity::LoggedOut {
                agent.last_login = Some(now);
            }
            if want == Activity::LoggedOut {
                agent.last_logoff = Some(now);
            }
            if agent.activity.unavailable() {
                agent.last_unavailable = Some(now);
            }
            agent.activity = want;
            agent.entered_activity_on = now;
            agent.counted_from = now;
            let employee = agent.employee;
            self.changed(Change::AgentState(a));
            self.changed(Change::EmployeeState(employee));
            let queues = self.agent_queues(a).to_vec();
            for &q in &queues {
                self.changed(Change::QueueState(q));
            }
            if self.can_take(a) {
                for q in queues {
                    self.route(q);
                }
            }
        }
    }

    fn reason_for(&mut self, presence: Presence) -> Option<String> {
        let pool = match presence {
            Presence::Busy => BUSY_REASONS,
            Presence::DoNotDisturb => DND_REASONS,
            _ => return None,
        };
        self.rng.pick(pool).map(|s| (*s).to_owned())
    }

    /// Sets an employee's presence and moves their agents accordingly.
    pub(super) fn apply_presence(&mut self, e: usize, presence: Presence, reason: Option<String>) {
        let now = self.now;
        let Some(emp) = self.employees.get_mut(e) else {
            return;
        };
        let was_logged_in = emp.presence.logged_in();
        emp.presence = presence;
        emp.reason = reason;
        emp.entered_state_on = now;
        emp.presence_epoch += 1;
        if presence.logged_in() && !was_logged_in && emp.first_login_today.is_none() {
            emp.first_login_today = Some(now);
        }
        if !presence.logged_in() && was_logged_in {
            emp.last_logout_today = Some(now);
        }
        let (epoch, manual, agents) = (emp.presence_epoch, emp.manual, emp.agents.clone());
        // Logged out, the employee waits for their next shift (or a person) to log them in.
        if !manual && presence.logged_in() {
            let mean = match presence {
                Presence::Available => 45 * MINUTE,
                Presence::Busy => 15 * MINUTE,
                Presence::DoNotDisturb => 10 * MINUTE,
                Presence::Away | Presence::Offline => 5 * MINUTE,
            };
            let after = self.rng.exp(mean as f64).max(30_000.0) as Millis;
            self.schedule(now + after, Due::PresenceChange { employee: e, epoch });
        }
        self.changed(Change::EmployeeState(e));
        for a in agents {
            // Observers of the agent hear of the new presence even when the agent stays
            // in its activity (a conversation goes on until it ends).
            self.changed(Change::AgentState(a));
            self.refresh_agent(a);
        }
    }

    fn autonomous_presence(&mut self, e: usize, epoch: u64) {
        let Some(emp) = self.employees.get(e) else {
            return;
        };
        if emp.presence_epoch != epoch || emp.manual || !emp.presence.logged_in() {
            return;
        }
        // Within a shift people take breaks and meetings; logging out is the shift's end.
        let next = match emp.presence {
            Presence::Available => match self.rng.unit() {
                r if r < 0.60 => Presence::Busy,
                r if r < 0.80 => Presence::DoNotDisturb,
                _ => Presence::Away,
            },
            _ => Presence::Available,
        };
        let reason = self.reason_for(next);
        self.apply_presence(e, next, reason);
    }
}
