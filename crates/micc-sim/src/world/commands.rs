//! The writes the API and the admin endpoint make: presence, conversation actions, open
//! media, outbound calls, queue switches and variables. Each checks what it is asked and
//! refuses with a [`WorldError`] the API turns into a 400, 404 or 409.

use super::*;
use crate::simtime::MINUTE;

/// Why a write was refused; the API turns it into a 400, 404 or 409.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorldError {
    NotFound(String),
    Conflict(String),
    Invalid(String),
}

impl std::fmt::Display for WorldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorldError::NotFound(m) | WorldError::Conflict(m) | WorldError::Invalid(m) => {
                f.write_str(m)
            }
        }
    }
}

/// What a caller can ask of a conversation (a subset of `ConversationActionType`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConvAction {
    Accept,
    Decline,
    Pick,
    End,
    Hold,
    RemoveHold,
    TransferToQueue(usize),
}

impl World {
    /// Sets an employee's presence as a person would; the simulation stops changing it.
    pub fn set_presence(
        &mut self,
        e: usize,
        presence: Presence,
        reason: Option<String>,
    ) -> Result<(), WorldError> {
        let emp = self
            .employees
            .get_mut(e)
            .ok_or_else(|| WorldError::NotFound("no such employee".into()))?;
        emp.manual = true;
        self.apply_presence(e, presence, reason);
        Ok(())
    }

    /// Makes an employee present or absent in one of their agent groups.
    pub fn set_group_presence(
        &mut self,
        e: usize,
        g: usize,
        present: bool,
    ) -> Result<(), WorldError> {
        let emp = self
            .employees
            .get_mut(e)
            .ok_or_else(|| WorldError::NotFound("no such employee".into()))?;
        let slot = emp
            .groups
            .iter_mut()
            .find(|(group, _)| *group == g)
            .ok_or_else(|| {
                WorldError::Invalid("the employee is not a member of that agent group".into())
            })?;
        if slot.1 != present {
            slot.1 = present;
            let agents = emp.agents.clone();
            self.changed(Change::EmployeeState(e));
            for a in agents {
                self.changed(Change::AgentState(a));
                for q in self.agent_queues(a).to_vec() {
                    self.changed(Change::QueueState(q));
                    if present {
                        self.route(q);
                    }
                }
            }
        }
        Ok(())
    }

    /// The agent of employee `e` for `media`.
    pub fn agent_of(&self, e: usize, media: Media) -> Option<usize> {
        let emp = self.employees.get(e)?;
        emp.agents
            .iter()
            .copied()
            .find(|&a| self.agents.get(a).is_some_and(|a| a.media == media))
    }

    /// Applies a conversation action on behalf of employee `by`.
    pub fn conversation_action(
        &mut self,
        seq: u64,
        by: usize,
        action: ConvAction,
    ) -> Result<(), WorldError> {
        let c = self
            .conversations
            .get(&seq)
            .ok_or_else(|| WorldError::NotFound("no such active conversation".into()))?;
        let (state, media) = (c.state, c.media);
        let own = c
            .agent
            .and_then(|a| self.agents.get(a))
            .is_some_and(|a| a.employee == by);
        let conflict = |what: &str| {
            Err(WorldError::Conflict(format!(
                "cannot {what} a conversation in state {}",
                state.name()
            )))
        };
        match action {
            ConvAction::Pick => {
                if state != ConvState::InQueue {
                    return conflict("pick");
                }
                let a = self.agent_of(by, media).ok_or_else(|| {
                    WorldError::Conflict(format!("the employee has no {} agent", media.name()))
                })?;
                if self
                    .agents
                    .get(a)
                    .is_some_and(|a| a.conversations.len() >= a.media.capacity())
                {
                    return Err(WorldError::Conflict(
                        "the agent has no free capacity".into(),
                    ));
                }
                self.offer(seq, a);
                self.connect(seq);
            }
            ConvAction::Accept => {
                if state != ConvState::Offered || !own {
                    return conflict("accept");
                }
                self.connect(seq);
            }
            ConvAction::Decline => {
                if state != ConvState::Offered || !own {
                    return conflict("decline");
                }
                self.requeue(seq, None);
            }
            ConvAction::End => {
                if !own || !matches!(state, ConvState::Acd | ConvState::Offered) {
                    return conflict("end");
                }
                if state == ConvState::Offered {
                    self.drop_from_queue(seq);
                } else {
                    self.finish(seq, ConvState::Ended);
                }
            }
            ConvAction::Hold | ConvAction::RemoveHold => {
                if state != ConvState::Acd || !own {
                    return conflict("hold");
                }
                if let Some(c) = self.conversations.get_mut(&seq) {
                    c.on_hold = action == ConvAction::Hold;
                }
                self.conversation_changed_for_agent(seq);
            }
            ConvAction::TransferToQueue(q) => {
                if !(own || state == ConvState::InQueue) {
                    return conflict("transfer");
                }
                if self
                    .queues
                    .get(q)
                    .is_none_or(|target| target.media != media)
                {
                    return Err(WorldError::Invalid(
                        "the destination queue must exist and have the same media".into(),
                    ));
                }
                self.requeue(seq, Some(q));
            }
        }
        Ok(())
    }

    /// Puts a conversation back in a queue (its own, or `to` for a transfer), first in line
    /// when it is its own queue.
    fn requeue(&mut self, seq: u64, to: Option<usize>) {
        let now = self.now;
        let Some(c) = self.conversations.get_mut(&seq) else {
            return;
        };
        let agent = c.agent.take();
        let from = c.queue;
        let target = to.unwrap_or(from);
        let was_waiting = c.state == ConvState::InQueue;
        c.state = ConvState::InQueue;
        c.offered_to_agent = None;
        if to.is_some() {
            c.transfer_count += 1;
            c.queue = target;
            c.offered_to_queue = now;
            c.accepted_at = None;
            c.outbound = false;
        }
        let id = c.id.clone();
        if was_waiting {
            if let Some(w) = self.waiting.get_mut(from) {
                w.retain(|&s| s != seq);
            }
            self.changed(Change::QueueConversationRemoved { queue: from, id });
            self.changed(Change::QueueState(from));
        }
        match (to, self.waiting.get_mut(target)) {
            (Some(_), Some(w)) => w.push_back(seq),
            (None, Some(w)) => w.push_front(seq),
            _ => {}
        }
        if to.is_some() {
            if let Some(s) = self.stats.get_mut(target) {
                s.arrival(seq, now);
                s.requeued_today += 1;
            }
            let patience = self.queues.get(target).map_or(MINUTE, |q| q.mean_patience);
            let patience = self.rng.exp(patience as f64).max(2_000.0) as Millis;
            if let Some(c) = self.conversations.get_mut(&seq) {
                c.patience_until = now + patience;
            }
            self.schedule(now + patience, Due::Abandon { seq });
        }
        if let Some(a) = agent
            && let Some(agent) = self.agents.get_mut(a)
        {
            agent.conversations.retain(|&s| s != seq);
            let employee = agent.employee;
            let id = self
                .conversations
                .get(&seq)
                .map(|c| c.id.clone())
                .unwrap_or_default();
            self.changed(Change::EmployeeConversationRemoved { employee, id });
        }
        self.changed(Change::QueueConversation { queue: target, seq });
        self.changed(Change::QueueState(target));
        if let Some(a) = agent {
            self.refresh_agent(a);
        }
        self.route(target);
    }

    /// An open media item posted by an integrator: it waits in `q` like any conversation.
    pub fn create_open_media(
        &mut self,
        q: usize,
        id: Option<String>,
        from: Option<String>,
        to: Option<String>,
        subject: Option<String>,
        target_uri: Option<String>,
    ) -> Result<u64, WorldError> {
        let queue = self
            .queues
            .get(q)
            .ok_or_else(|| WorldError::NotFound("no such queue".into()))?;
        if queue.media != Media::OpenMedia {
            return Err(WorldError::Invalid(format!(
                "queue {} is not an open media queue",
                queue.name
            )));
        }
        if id
            .as_ref()
            .is_some_and(|id| self.conversation_ids.contains_key(id))
        {
            return Err(WorldError::Conflict(
                "an open media item with that id is active".into(),
            ));
        }
        let (patience, handle) = (queue.mean_patience, queue.mean_handle);
        let seq = self.new_conversation(q, Media::OpenMedia, id);
        let patience = self.rng.exp(patience as f64).max(60_000.0) as Millis;
        let handle = self.rng.exp(handle as f64).max(20_000.0) as Millis;
        if let Some(c) = self.conversations.get_mut(&seq) {
            if let Some(from) = from {
                c.from_name = from.clone();
                c.from_address = from;
            }
            if let Some(to) = to {
                c.to_address = to;
            }
            if let Some(subject) = subject {
                c.subject = subject;
            }
            c.target_uri = target_uri;
            c.patience_until = self.now + patience;
            c.handle_time = handle;
        }
        self.schedule(self.now + patience, Due::Abandon { seq });
        self.route(q);
        Ok(seq)
    }

    /// Completes an open media item from outside: abandoned if it was not yet accepted,
    /// handled if it was (the reference's rules).
    pub fn complete_open_media(&mut self, seq: u64) -> Result<(), WorldError> {
        let c = self
            .conversations
            .get(&seq)
            .ok_or_else(|| WorldError::NotFound("no such active open media item".into()))?;
        if c.media != Media::OpenMedia {
            return Err(WorldError::NotFound(
                "no such active open media item".into(),
            ));
        }
        match c.state {
            ConvState::InQueue | ConvState::Offered => self.drop_from_queue(seq),
            _ => self.finish(seq, ConvState::Handled),
        }
        Ok(())
    }

    /// An outbound conversation started by an employee's agent: connected at once.
    pub fn start_outbound(
        &mut self,
        e: usize,
        media: Media,
        to: String,
        subject: Option<String>,
    ) -> Result<u64, WorldError> {
        let a = self.agent_of(e, media).ok_or_else(|| {
            WorldError::Conflict(format!("the employee has no {} agent", media.name()))
        })?;
        if !self
            .employees
            .get(e)
            .is_some_and(|e| e.presence.logged_in())
        {
            return Err(WorldError::Conflict("the employee is logged out".into()));
        }
        let q = self
            .agent_queues(a)
            .first()
            .copied()
            .ok_or_else(|| WorldError::Conflict("the agent serves no queue".into()))?;
        let seq = self.next_conversation;
        self.next_conversation += 1;
        let id = self.rng.guid();
        let handle = self.rng.exp(3.0 * MINUTE as f64).max(20_000.0) as Millis;
        let from = self
            .employees
            .get(e)
            .map(|e| e.extension.clone())
            .unwrap_or_default();
        self.conversations.insert(
            seq,
            Conversation {
                seq,
                id: id.clone(),
                media,
                queue: q,
                state: ConvState::Offered,
                from_name: self
                    .employees
                    .get(e)
                    .map(Employee::name)
                    .unwrap_or_default(),
                from_address: from,
                to_address: to,
                subject: subject.unwrap_or_default(),
                priority: 1,
                offered_to_system: self.now,
                offered_to_queue: self.now,
                offered_to_agent: Some(self.now),
                accepted_at: None,
                agent: Some(a),
                patience_until: Millis::MAX,
                handle_time: handle,
                on_hold: false,
                outbound: true,
                transfer_count: 0,
                variables: Vec::new(),
                target_uri: None,
            },
        );
        self.conversation_ids.insert(id, seq);
        if let Some(agent) = self.agents.get_mut(a) {
            agent.conversations.push(seq);
        }
        self.connect(seq);
        Ok(seq)
    }

    /// Admin: a queue's do-not-disturb, as a supervisor would force it.
    pub fn set_queue_dnd(&mut self, q: usize, on: bool) -> Result<(), WorldError> {
        let queue = self
            .queues
            .get_mut(q)
            .ok_or_else(|| WorldError::NotFound("no such queue".into()))?;
        queue.do_not_disturb = on;
        self.changed(Change::QueueState(q));
        Ok(())
    }

    /// Deletes a queue: it disappears from the API and its waiting conversations abandon.
    pub fn delete_queue(&mut self, q: usize) -> Result<(), WorldError> {
        let queue = self
            .queues
            .get_mut(q)
            .filter(|q| !q.deleted)
            .ok_or_else(|| WorldError::NotFound("no such queue".into()))?;
        queue.deleted = true;
        let waiting: Vec<u64> = self
            .waiting
            .get(q)
            .map(|w| w.iter().copied().collect())
            .unwrap_or_default();
        for seq in waiting {
            self.drop_from_queue(seq);
        }
        Ok(())
    }

    /// Adds call details (variables) to an active conversation.
    pub fn add_variables(
        &mut self,
        seq: u64,
        vars: Vec<(String, String)>,
    ) -> Result<(), WorldError> {
        let c = self
            .conversations
            .get_mut(&seq)
            .ok_or_else(|| WorldError::NotFound("no such active conversation".into()))?;
        for (k, v) in vars {
            match c.variables.iter_mut().find(|(name, _)| *name == k) {
                Some(slot) => slot.1 = v,
                None => c.variables.push((k, v)),
            }
        }
        let q = c.queue;
        self.changed(Change::QueueConversation { queue: q, seq });
        self.conversation_changed_for_agent(seq);
        Ok(())
    }
}
