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
    /// Takes a waiting conversation out of its queue and offers it to the caller's agent of
    /// its media; the caller then accepts it (or it is answered when the ring ends).
    Pick,
    /// Closes an email, SMS or open media item without a reply (`NoReply`) or as junk
    /// (`Junk`): from the queue or from the handling agent's inbox.
    NoReply,
    Junk,
    End,
    Hold,
    RemoveHold,
    TransferToQueue(usize),
}

impl ConvAction {
    /// The `ConversationActionType` name.
    pub fn name(&self) -> &'static str {
        match self {
            ConvAction::Accept => "Accept",
            ConvAction::Decline => "Decline",
            ConvAction::Pick => "Pick",
            ConvAction::NoReply => "NoReply",
            ConvAction::Junk => "Junk",
            ConvAction::End => "End",
            ConvAction::Hold => "Hold",
            ConvAction::RemoveHold => "RemoveHold",
            ConvAction::TransferToQueue(_) => "Transfer",
        }
    }
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

    /// The reason code a presence request names, by id or by name (public code sends ids:
    /// `{'state': 'Busy', 'reason': '<reason code id>'}`), as the name the employee's state
    /// shows. Only Busy and DoNotDisturb have reason codes, each its own (`Type` `Busy` or
    /// `Dnd`); for the other states the reason is ignored, and so are the JavaScript
    /// artefacts `undefined` and `null` (an Available request may carry
    /// `'reason': 'undefined'`).
    pub fn reason_code<'a>(
        &'a self,
        presence: Presence,
        given: Option<&'a str>,
    ) -> Result<Option<String>, WorldError> {
        let kind = match presence {
            Presence::Busy => "Busy",
            Presence::DoNotDisturb => "Dnd",
            _ => return Ok(None),
        };
        let Some(given) = given
            .map(str::trim)
            .filter(|r| !r.is_empty() && *r != "undefined" && *r != "null")
        else {
            return Ok(None);
        };
        let field = |c: &'a serde_json::Value, k: &str| -> Option<&'a str> {
            c.get(k).and_then(serde_json::Value::as_str)
        };
        let code = self.catalog.reason_codes.iter().find(|c| {
            field(c, "Id").is_some_and(|id| id.eq_ignore_ascii_case(given))
                || field(c, "Name").is_some_and(|n| n.eq_ignore_ascii_case(given))
        });
        let Some(code) = code else {
            return Err(WorldError::Invalid(format!(
                "$.Reason: '{given}' is not a reason code (give the id or the name of one of employees/{{id}}/busyreasoncodes)"
            )));
        };
        let name = field(code, "Name").unwrap_or(given).to_owned();
        let of = field(code, "Type");
        if of != Some(kind) {
            let state = match of {
                Some("Dnd") => "DoNotDisturb",
                Some(other) => other,
                None => "no state",
            };
            return Err(WorldError::Invalid(format!(
                "$.Reason: '{name}' is a reason code for {state}, not for {}",
                presence.name()
            )));
        }
        Ok(Some(name))
    }

    /// Sets where an employee is present in their agent groups: for each group, media and
    /// whether present. Checks everything first, so a refused request changes nothing. Each
    /// change moves routing at once (a present agent gets waiting conversations, an absent
    /// one no new ones) and is published as the employee's, the agent's and the group's
    /// queues' states.
    pub fn set_group_presence(
        &mut self,
        e: usize,
        changes: &[(usize, Vec<(Media, bool)>)],
    ) -> Result<(), WorldError> {
        let emp = self
            .employees
            .get(e)
            .ok_or_else(|| WorldError::NotFound("no such employee".into()))?;
        for (g, statuses) in changes {
            let group = self
                .agent_groups
                .get(*g)
                .ok_or_else(|| WorldError::NotFound("no such agent group".into()))?;
            if !emp.groups.iter().any(|(member_of, _)| member_of == g) {
                return Err(WorldError::Invalid(format!(
                    "the employee is not a member of agent group '{}'",
                    group.name
                )));
            }
            for (media, _) in statuses {
                if !group.media.contains(media) {
                    return Err(WorldError::Invalid(format!(
                        "agent group '{}' does not serve {}",
                        group.name,
                        media.name()
                    )));
                }
                if self.agent_of(e, *media).is_none() {
                    return Err(WorldError::Invalid(format!(
                        "the employee has no {} agent",
                        media.name()
                    )));
                }
            }
        }
        for (g, statuses) in changes {
            for &(media, present) in statuses {
                let changed = self
                    .employees
                    .get_mut(e)
                    .and_then(|emp| emp.groups.iter_mut().find(|(m, _)| m == g))
                    .is_some_and(|(_, p)| p.set(media, present));
                let Some(a) = self.agent_of(e, media).filter(|_| changed) else {
                    continue;
                };
                self.changed(Change::EmployeeState(e));
                self.changed(Change::AgentState(a));
                let served: Vec<usize> = self
                    .agent_queues(a)
                    .iter()
                    .copied()
                    .filter(|&q| {
                        self.queues
                            .get(q)
                            .is_some_and(|q| q.agent_groups.contains(g))
                    })
                    .collect();
                for q in served {
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

    /// Applies a conversation action on behalf of employee `by`. A refusal is a conflict
    /// only when the conversation's state stands in the way, and then says what it is.
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
        let standing = self.standing(seq, by);
        let conflict = |what: &str| {
            Err(WorldError::Conflict(format!(
                "the conversation cannot be {what}: {standing}"
            )))
        };
        match action {
            ConvAction::Pick => {
                if state != ConvState::InQueue {
                    return conflict("picked");
                }
                let a = self.agent_of(by, media).ok_or_else(|| {
                    WorldError::Conflict(format!(
                        "the conversation cannot be picked: the employee has no {} agent",
                        media.name()
                    ))
                })?;
                if !self
                    .employees
                    .get(by)
                    .is_some_and(|e| e.presence.logged_in())
                {
                    return Err(WorldError::Conflict(
                        "the conversation cannot be picked: the employee is logged out".into(),
                    ));
                }
                if self
                    .agents
                    .get(a)
                    .is_some_and(|a| a.conversations.len() >= a.media.capacity())
                {
                    return Err(WorldError::Conflict(format!(
                        "the conversation cannot be picked: the employee's {} agent has no free capacity",
                        media.name()
                    )));
                }
                self.offer(seq, a);
            }
            ConvAction::Accept => match state {
                ConvState::Offered if own => self.connect(seq),
                // Answered already (the ring ended, or a repeated Accept): nothing to do.
                ConvState::Acd if own => {}
                _ => return conflict("accepted"),
            },
            ConvAction::Decline => {
                if state != ConvState::Offered || !own {
                    return conflict("declined");
                }
                self.requeue(seq, None);
            }
            ConvAction::NoReply | ConvAction::Junk => {
                if !matches!(media, Media::Email | Media::Sms | Media::OpenMedia) {
                    return Err(WorldError::Invalid(format!(
                        "{} applies to email, SMS and open media items, not to {} conversations",
                        action.name(),
                        media.name()
                    )));
                }
                match state {
                    ConvState::InQueue => self.close_unanswered(seq, &action),
                    ConvState::Offered if own => self.close_unanswered(seq, &action),
                    ConvState::Acd if own => {
                        let id = self.conversations.get(&seq).map(|c| c.id.clone());
                        self.finish(seq, ConvState::Ended);
                        if let Some(id) = id {
                            self.mark_departed(&id, &action);
                        }
                    }
                    _ => return conflict("closed"),
                }
            }
            ConvAction::End => {
                if !own || !matches!(state, ConvState::Acd | ConvState::Offered) {
                    return conflict("ended");
                }
                if state == ConvState::Offered {
                    self.drop_from_queue(seq);
                } else {
                    self.finish(seq, ConvState::Ended);
                }
            }
            ConvAction::Hold | ConvAction::RemoveHold => {
                if state != ConvState::Acd || !own {
                    return conflict("held");
                }
                if let Some(c) = self.conversations.get_mut(&seq) {
                    c.on_hold = action == ConvAction::Hold;
                }
                self.conversation_changed_for_agent(seq);
            }
            ConvAction::TransferToQueue(q) => {
                if !(own || state == ConvState::InQueue) {
                    return conflict("transferred");
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

    /// Where a conversation stands, as seen by employee `by`: the reason an action on it
    /// conflicts.
    fn standing(&self, seq: u64, by: usize) -> String {
        let Some(c) = self.conversations.get(&seq) else {
            return "it has ended".into();
        };
        let holder = c.agent.and_then(|a| self.agents.get(a));
        let who = match holder {
            Some(a) if a.employee == by => "you".to_owned(),
            Some(a) => self
                .employees
                .get(a.employee)
                .map_or_else(|| "another agent".to_owned(), Employee::name),
            None => "nobody".to_owned(),
        };
        let queue = self.queues.get(c.queue).map_or("", |q| q.name.as_str());
        match c.state {
            ConvState::InQueue => format!(
                "it is waiting in queue '{queue}' and was not offered to you (pick it first)"
            ),
            ConvState::Offered => {
                format!("it is already offered to {who} (picked or routed, ringing)")
            }
            ConvState::Acd => format!("it is already connected to {who}"),
            other => format!("it is {}", other.name()),
        }
    }

    /// Why an action on a conversation that is no longer active conflicts, if it was
    /// active not long ago (the history keeps the last 2000): "it has already ended".
    pub fn ended_conversation(&self, id: &str) -> Option<String> {
        self.history
            .iter()
            .rev()
            .find(|v| {
                v.get("ConversationId")
                    .and_then(serde_json::Value::as_str)
                    .is_some_and(|c| c.eq_ignore_ascii_case(id))
            })
            .map(|v| {
                let state = v
                    .get("ConversationState")
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or("Ended");
                format!("conversation '{id}' has already ended ({state})")
            })
    }

    /// Records the action that closed a conversation in its last look (the removal event's
    /// payload and the history entry).
    fn mark_departed(&mut self, id: &str, action: &ConvAction) {
        let mark = |v: &mut serde_json::Value| {
            if let Some(o) = v.as_object_mut() {
                o.insert("LastAgentAction".into(), serde_json::json!(action.name()));
            }
        };
        if let Some(v) = self.departed.get_mut(id) {
            mark(v);
        }
        if let Some(v) = self
            .history
            .iter_mut()
            .rev()
            .find(|v| v.get("ConversationId").and_then(serde_json::Value::as_str) == Some(id))
        {
            mark(v);
        }
    }

    /// Closes an item nobody will answer (NoReply or Junk) while it waits or rings: it
    /// leaves the queue (or the inbox it rings in) and the world. In the queue's statistics
    /// it stays offered but is neither answered nor abandoned: nobody answered, and the
    /// customer did not give up. Answered and abandoned percentages and the service level
    /// are of decided conversations, so they do not move.
    fn close_unanswered(&mut self, seq: u64, action: &ConvAction) {
        let Some(state) = self.conversations.get(&seq).map(|c| c.state) else {
            return;
        };
        self.archive(seq, ConvState::Ended);
        let Some(c) = self.conversations.remove(&seq) else {
            return;
        };
        self.mark_departed(&c.id, action);
        self.conversation_ids.remove(&c.id);
        if let Some(w) = self.waiting.get_mut(c.queue) {
            w.retain(|&s| s != seq);
        }
        if state == ConvState::InQueue {
            self.changed(Change::QueueConversationRemoved {
                queue: c.queue,
                id: c.id.clone(),
            });
            self.changed(Change::QueueState(c.queue));
        }
        self.release_from_agent(c);
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

    /// Renames a queue (as an administrator would in YourSite Explorer): every model that
    /// names it (queue state, conversations) shows the new name from now on.
    pub fn rename_queue(&mut self, q: usize, name: String) -> Result<(), WorldError> {
        let queue = self
            .queues
            .get_mut(q)
            .filter(|q| !q.deleted)
            .ok_or_else(|| WorldError::NotFound("no such queue".into()))?;
        queue.name = name;
        self.changed(Change::QueueState(q));
        Ok(())
    }

    /// Renames an employee: `first` and `last` as given (an empty last name leaves the
    /// full name without a trailing space). Their employee and agent states change.
    pub fn rename_employee(
        &mut self,
        e: usize,
        first: String,
        last: String,
    ) -> Result<(), WorldError> {
        let emp = self
            .employees
            .get_mut(e)
            .ok_or_else(|| WorldError::NotFound("no such employee".into()))?;
        emp.first_name = first;
        emp.last_name = last;
        let agents = emp.agents.clone();
        self.changed(Change::EmployeeState(e));
        for a in agents {
            self.changed(Change::AgentState(a));
        }
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
