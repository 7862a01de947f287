//! The world as the API shows it: canonical JSON values (property names as the reference
//! spells them, enums as names) of the models in the API description. `crate::wire` turns
//! them into one of the wire forms.

use serde_json::{Map, Value, json};

use super::stats::Window;
use super::*;
use crate::simtime::{HOUR, MINUTE, iso8601, timespan};

fn links(href: String) -> Value {
    json!({ "self": { "href": href } })
}

fn opt_time(t: Option<Millis>) -> Value {
    t.map_or(Value::Null, |t| Value::String(iso8601(t)))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl World {
    pub fn site(&self, s: usize) -> Option<Value> {
        let site = self.sites.get(s)?;
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/sites/{}", site.id)),
            "id": site.id,
            "name": site.name,
            "TimeZone": utc_offset_name(site.utc_offset),
            "Language": "en-US",
            "MailServerRefId": Value::Null,
            "StoragePath": format!("\\\\storage\\{}", site.name.replace(' ', "")),
            "IsAgentGreetingEnabled": true,
        }))
    }

    pub fn media_server(&self, m: usize) -> Option<Value> {
        let ms = self.media_servers.get(m)?;
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/mediaservers/{}", ms.id)),
            "id": ms.id,
            "name": ms.name,
            "IpAddressOrDnsName": format!("{}.cc.example", ms.media.name().to_lowercase()),
            "SiteRefId": self.sites.first().map(|s| s.id.clone()),
            "MediaType": ms.media.name(),
            "MediaServerType": ms.media.node_type(),
            "InboundRoutingEnabled": true,
            "OutboundRoutingEnabled": true,
            "ResponseRoutingEnabled": ms.media != Media::Voice,
            "MinDigitsDialed": 4,
            "IsDirectMediaEnabled": false,
            "CloudlinkEnabled": false,
            "SessionIdleTimeout": 30,
            "AllowAgentPreview": true,
            "UseAgentNickname": false,
        }))
    }

    fn media_server_id(&self, media: Media) -> Option<String> {
        self.media_servers
            .iter()
            .find(|m| m.media == media)
            .map(|m| m.id.clone())
    }

    pub fn queue_model(&self, q: usize) -> Option<Value> {
        let queue = self.queues.get(q)?;
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/queues/{}", queue.id)),
            "id": queue.id,
            "name": queue.name,
            "Reporting": queue.reporting,
            "MediaType": queue.media.name(),
            "MediaServerRefId": self.media_server_id(queue.media),
            "Members": Value::Array(Vec::new()),
            "IsClassificationCodeEnabled": false,
            "Dialable": queue.dialable,
            "GenerateStatsDuringBusinessHoursOnly": false,
            "ServiceLevel": timespan(queue.service_level),
            "MediaServer": format!("{} server", queue.media.name()),
            "IsRealTime": true,
        }))
    }

    pub fn queue_group_model(&self, g: usize) -> Option<Value> {
        let group = self.queue_groups.get(g)?;
        let members: Vec<Value> = group
            .members
            .iter()
            .filter_map(|&q| self.queue_model(q))
            .collect();
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/queuegroups/{}", group.id)),
            "id": group.id,
            "name": group.name,
            "Reporting": group.reporting,
            "MediaType": group.media.name(),
            "MediaServerRefId": self.media_server_id(group.media),
            "Members": members,
            "IsClassificationCodeEnabled": false,
            "Dialable": "",
            "GenerateStatsDuringBusinessHoursOnly": false,
            "MediaServer": format!("{} server", group.media.name()),
            "IsRealTime": true,
        }))
    }

    /// Agent counts over queues: the agents who serve any of them (each once), what those
    /// present in a serving group do now, and their totals today.
    fn agent_counts(&self, queues: &[usize]) -> AgentCounts {
        let now = self.now;
        let mut agents: Vec<usize> = queues
            .iter()
            .flat_map(|&q| self.queue_agents(q).iter().copied())
            .collect();
        agents.sort_unstable();
        agents.dedup();
        let mut c = AgentCounts::default();
        for a in agents {
            let Some(agent) = self.agents.get(a) else {
                continue;
            };
            // Today's totals, the current activity's share included.
            let current = now - agent.counted_from.max(agent.entered_activity_on);
            let t = &agent.counters;
            let during = |act: Activity| if agent.activity == act { current } else { 0 };
            c.logged_in_ms += t.logged_in_ms_today
                + if agent.activity == Activity::LoggedOut {
                    0
                } else {
                    current
                };
            c.make_busy_ms += t.make_busy_ms_today + during(Activity::MakeBusy);
            c.work_timer_ms += t.work_timer_ms_today + during(Activity::WorkTimer);
            let present = queues.iter().any(|&q| self.present_for_queue(a, q));
            if agent.activity == Activity::LoggedOut || !present {
                continue;
            }
            let connected: Vec<bool> = agent
                .conversations
                .iter()
                .filter_map(|s| self.conversations.get(s))
                .filter(|c| c.state == ConvState::Acd)
                .map(|c| c.outbound)
                .collect();
            let outbound_only = !connected.is_empty() && connected.iter().all(|&o| o);
            match agent.activity {
                Activity::Idle => {
                    c.available += 1;
                    c.idle += 1;
                }
                Activity::Acd if outbound_only => {
                    c.available += 1;
                    c.on_outbound += 1;
                }
                Activity::Acd | Activity::Ringing | Activity::WorkTimer => {
                    c.available += 1;
                    c.on_acd += u32::from(agent.activity != Activity::WorkTimer);
                }
                _ => c.unavailable += 1,
            }
            // Unavailable now, or at some moment of the window.
            let was_unavailable = |span: Millis| {
                agent.activity.unavailable()
                    || agent.last_unavailable.is_some_and(|t| t >= now - span)
            };
            c.unavailable_15 += u32::from(was_unavailable(15 * MINUTE));
            c.unavailable_hour += u32::from(was_unavailable(HOUR));
        }
        c
    }

    /// The Queue Now state of queue `q`, computed from the world.
    pub fn queue_state(&mut self, q: usize) -> Option<Value> {
        let now = self.now;
        let queue = self.queues.get(q)?.clone();
        let oldest = self.waiting(q).map(|c| c.offered_to_queue).min();
        let waiting = self.waiting(q).count();
        let agents = self.agent_counts(&[q]);
        let stats = self.stats.get_mut(q)?;
        let (today, hour, quarter) = (
            stats.today(now),
            stats.window(HOUR, now),
            stats.window(15 * MINUTE, now),
        );
        let interflowed = [
            stats.interflowed_today as usize,
            stats.interflowed_within(HOUR, now),
            stats.interflowed_within(15 * MINUTE, now),
        ];
        let requeued = stats.requeued_today;
        let mut v = queue_state_numbers(today, hour, quarter, &agents);
        let avg_handle = if today.handled > 0 {
            today.avg_answered_handle()
        } else {
            queue.mean_handle
        };
        let ewt = estimated_wait(avg_handle, waiting, &agents, queue.media.capacity());
        let fields = [
            ("Id", json!(queue.id)),
            ("Name", json!(queue.name)),
            ("Reporting", json!(queue.reporting)),
            ("IsGroup", json!(false)),
            ("MediaType", json!(queue.media.name())),
            ("WaitingConversations", json!(waiting)),
            (
                "LongestWaitingConversationDuration",
                json!(timespan(oldest.map_or(0, |t| now - t))),
            ),
            ("LongestWaitingStartedTime", opt_time(oldest)),
            (
                "LongestWaitingStartedTimeMediaServerId",
                json!(self.media_server_id(queue.media)),
            ),
            ("EstimatedWaitTimeForNewConversations", json!(timespan(ewt))),
            ("IsInDoNotDisturb", json!(queue.do_not_disturb)),
            ("InterflowedConversationsToday", json!(interflowed[0])),
            (
                "InterflowedConversationsInTheLastHour",
                json!(interflowed[1]),
            ),
            (
                "InterflowedConversationsInTheLast15Minutes",
                json!(interflowed[2]),
            ),
            ("RequeuedConversationsToday", json!(requeued)),
            (
                "ServiceLevelGoalPercentage",
                json!(queue.service_level_goal_pct),
            ),
            ("TimeOfLastReceivedUpdate", json!(iso8601(now))),
            // Transfers are not routed to unavailable queues in this world.
            ("TransfersToUnavailableQueue", json!(0)),
            ("TransfersToUnavailableQueueTotalToday", json!(0)),
        ];
        for (k, val) in fields {
            v.insert(k.to_owned(), val);
        }
        v.insert(
            "_links".into(),
            links(format!("/miccsdk/api/v1/queues/{}/state", queue.id)),
        );
        Some(Value::Object(v))
    }

    /// A queue group's state: the sums (and worst waits) of its members; agents serving
    /// several members count once.
    pub fn queue_group_state(&mut self, g: usize) -> Option<Value> {
        let group = self.queue_groups.get(g)?.clone();
        let now = self.now;
        let (mut today, mut hour, mut quarter) =
            (Window::default(), Window::default(), Window::default());
        let mut waiting = 0;
        let mut oldest: Option<Millis> = None;
        let agents = self.agent_counts(&group.members);
        let mut handle = (0, 0);
        for &q in &group.members {
            oldest = match (oldest, self.waiting(q).map(|c| c.offered_to_queue).min()) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            waiting += self.waiting(q).count();
            if let Some(queue) = self.queues.get(q) {
                handle = (handle.0 + queue.mean_handle, handle.1 + 1);
            }
            if let Some(s) = self.stats.get_mut(q) {
                today = today + s.today(now);
                hour = hour + s.window(HOUR, now);
                quarter = quarter + s.window(15 * MINUTE, now);
            }
        }
        let avg_handle = if today.handled > 0 {
            today.avg_answered_handle()
        } else {
            handle.0 / handle.1.max(1)
        };
        let ewt = estimated_wait(avg_handle, waiting, &agents, group.media.capacity());
        let mut v = queue_state_numbers(today, hour, quarter, &agents);
        let fields = [
            ("Id", json!(group.id)),
            ("Name", json!(group.name)),
            ("Reporting", json!(group.reporting)),
            ("IsGroup", json!(true)),
            ("MediaType", json!(group.media.name())),
            ("WaitingConversations", json!(waiting)),
            (
                "LongestWaitingConversationDuration",
                json!(timespan(oldest.map_or(0, |t| now - t))),
            ),
            ("LongestWaitingStartedTime", opt_time(oldest)),
            ("EstimatedWaitTimeForNewConversations", json!(timespan(ewt))),
            ("IsInDoNotDisturb", json!(false)),
            ("ServiceLevelGoalPercentage", json!(80.0)),
            ("TimeOfLastReceivedUpdate", json!(iso8601(now))),
        ];
        for (k, val) in fields {
            v.insert(k.to_owned(), val);
        }
        v.insert(
            "_links".into(),
            links(format!("/miccsdk/api/v1/queuegroups/{}/state", group.id)),
        );
        Some(Value::Object(v))
    }

    pub fn agent_group_model(&self, g: usize) -> Option<Value> {
        let group = self.agent_groups.get(g)?;
        let has = |m: Media| group.media.contains(&m);
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/agentgroups/{}", group.id)),
            "id": group.id,
            "name": group.name,
            "Reporting": group.reporting,
            "VoiceMediaServerRefId": if has(Media::Voice) { self.media_server_id(Media::Voice) } else { None },
            "IsVoiceEnabled": has(Media::Voice),
            "IsEmailEnabled": has(Media::Email),
            "IsChatEnabled": has(Media::Chat),
            "IsSmsEnabled": has(Media::Sms),
            "IsOpenMediaEnabled": has(Media::OpenMedia),
        }))
    }

    pub fn agent_model(&self, a: usize) -> Option<Value> {
        let agent = self.agents.get(a)?;
        let emp = self.employees.get(agent.employee)?;
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/agents/{}", agent.id)),
            "id": agent.id,
            "Reporting": agent.reporting,
            "MediaType": agent.media.name(),
            "MediaServer": format!("{} server", agent.media.name()),
            "MediaServerRefId": self.media_server_id(agent.media),
            "FirstName": emp.first_name,
            "LastName": emp.last_name,
            "EmployeeRefId": emp.id,
            "Photourl": Value::Null,
            "IsHotDesking": false,
            "IsExternalHotDeskingEnabled": false,
            "IsSip": agent.media == Media::Voice,
        }))
    }

    /// The real-time state of one agent.
    pub fn agent_state(&self, a: usize) -> Option<Value> {
        let agent = self.agents.get(a)?;
        let emp = self.employees.get(agent.employee)?;
        let now = self.now;
        let c = &agent.counters;
        // Today's durations include the time spent so far (today) in the current activity.
        let current = now - agent.counted_from.max(agent.entered_activity_on);
        let plus =
            |base: Millis, act: Activity| base + if agent.activity == act { current } else { 0 };
        let logged_in = c.logged_in_ms_today
            + if agent.activity != Activity::LoggedOut {
                current
            } else {
                0
            };
        // Agent-group ids, as public code reads them
        // (`agentState.presentInAgentGroups.indexOf(agentGroup.id)`).
        let groups: Vec<Value> = emp
            .groups
            .iter()
            .filter(|(g, _)| self.present_in_group(a, *g))
            .filter_map(|(g, _)| self.agent_groups.get(*g))
            .map(|g| json!(g.id))
            .collect();
        let avg = if c.acd_today > 0 {
            c.answered_handle_ms_today / i64::from(c.acd_today)
        } else {
            0
        };
        let available_state = match agent.activity {
            Activity::Idle => "Available",
            Activity::LoggedOut => "LoggedOut",
            Activity::Acd | Activity::Ringing | Activity::WorkTimer => "Busy",
            _ => "Unavailable",
        };
        let reason = match agent.activity {
            Activity::MakeBusy | Activity::DoNotDisturb => emp.reason.clone(),
            _ => None,
        };
        let current_active = agent.conversations.len();
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/agents/{}/state", agent.id)),
            "Id": agent.id,
            "FirstName": emp.first_name,
            "LastName": emp.last_name,
            "Reporting": agent.reporting,
            "EmployeeRefId": emp.id,
            "MediaServerRefId": self.media_server_id(agent.media),
            "MediaType": agent.media.name(),
            "MediaServerType": agent.media.node_type(),
            "CurrentState": agent.activity.name(),
            "EnteredStateOn": iso8601(agent.entered_activity_on),
            "Reason": reason,
            "PhotoUrl": Value::Null,
            "OpenMediaSlots": if agent.media == Media::OpenMedia { agent.media.capacity() - current_active } else { 0 },
            "AcdConversationsToday": c.acd_today,
            "NonAcdConversationsToday": 0,
            "PresentInAgentGroups": groups,
            "OccupiedDurationToday": timespan(plus(c.acd_ms_today, Activity::Acd) + plus(c.work_timer_ms_today, Activity::WorkTimer)),
            "AcdDurationToday": timespan(plus(c.acd_ms_today, Activity::Acd)),
            "DoNotDisturbDurationToday": timespan(plus(c.dnd_ms_today, Activity::DoNotDisturb)),
            "HoldAcdDurationToday": timespan(0),
            "HoldNonAcdDurationToday": timespan(0),
            "HoldOutboundDurationToday": timespan(0),
            "MakeBusyDurationToday": timespan(plus(c.make_busy_ms_today, Activity::MakeBusy)),
            "NonAcdDurationToday": timespan(0),
            "OutboundDurationToday": timespan(0),
            "WorkTimerDurationToday": timespan(plus(c.work_timer_ms_today, Activity::WorkTimer)),
            "AverageAnsweredDurationToday": timespan(avg),
            "LoggedInDurationToday": timespan(logged_in),
            "LastLoginTime": opt_time(agent.last_login),
            "LastLogoffTime": opt_time(agent.last_logoff),
            "LoggedInNotPresentDurationToday": timespan(0),
            "ExternalAnswerDurationToday": timespan(0),
            "WorkloadLimit": agent.media.capacity(),
            "CurrentActive": current_active,
            "CurrentWorktimer": u32::from(agent.wrap_until.is_some()),
            "AverageTime": timespan(avg),
            "TotalAcdDuration": timespan(plus(c.acd_ms_today, Activity::Acd)),
            "TotalNonAcdDuration": timespan(0),
            "UnavailablePercentToday": if logged_in > 0 {
                round2(100.0 * (plus(c.make_busy_ms_today, Activity::MakeBusy) + plus(c.dnd_ms_today, Activity::DoNotDisturb)) as f64 / logged_in as f64).min(100.0)
            } else { 0.0 },
            "OutboundConversationsToday": 0,
            "ExternalOutboundConversationsToday": 0,
            "ExternalInboundConversationsToday": 0,
            "AvailableState": available_state,
            "IsSilentMonitored": false,
        }))
    }

    pub fn employee_model(&self, e: usize) -> Option<Value> {
        let emp = self.employees.get(e)?;
        let has = |m: Media| self.agent_of(e, m).is_some();
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/employees/{}", emp.id)),
            "id": emp.id,
            "Name": emp.name(),
            "FirstName": emp.first_name,
            "LastName": emp.last_name,
            "NickName": emp.first_name,
            "Reporting": emp.reporting,
            "Email": emp.email,
            "Username": emp.username,
            "LineUri": format!("tel:{}", emp.extension),
            "SiteRefId": self.sites.get(emp.site).map(|s| s.id.clone()),
            "Language": "en-US",
            "SupervisorLicenseType": if emp.supervisor { "Full" } else { "None" },
            "PhotoUrl": Value::Null,
            "CanStartStopRecording": emp.supervisor,
            "IsEnabledForVoice": has(Media::Voice),
            "IsEnabledForEmail": has(Media::Email),
            "IsEnabledForChat": has(Media::Chat),
            "IsEnabledForSMS": has(Media::Sms),
            "IsEnabledForOpenMedia": has(Media::OpenMedia),
            "IsRealTime": true,
            "IsMaySeeAllQueuesEnabled": emp.supervisor,
            "IsLicensedForWFS": false,
            "IsCloudlinkChat": false,
            "IsOSCMSRecorderEnabled": false,
        }))
    }

    /// Presence of one agent as `presence.<media>` shows it.
    fn media_presence(&self, a: usize) -> Value {
        let Some(agent) = self.agents.get(a) else {
            return Value::Null;
        };
        let emp = self.employees.get(agent.employee);
        let acd_state = self.media_presence_state(a).name();
        let reason = match agent.activity {
            Activity::MakeBusy | Activity::DoNotDisturb => emp.and_then(|e| e.reason.clone()),
            _ => None,
        };
        json!({ "AcdState": acd_state, "Reason": reason })
    }

    /// The employee's state: presence in aggregate and per media, and today's counts.
    pub fn employee_state(&self, e: usize) -> Option<Value> {
        let emp = self.employees.get(e)?;
        let per_media = |m: Media| {
            self.agent_of(e, m)
                .map_or(Value::Null, |a| self.media_presence(a))
        };
        let count = |m: Media| {
            self.agent_of(e, m)
                .and_then(|a| self.agents.get(a))
                .map_or(0, |a| a.counters.acd_today)
        };
        // Voice entries carry the agent's reporting number: dialers read it.
        let voice: Vec<Value> = self
            .agent_of(e, Media::Voice)
            .map(|a| {
                let mut p = self.media_presence(a);
                if let (Some(o), Some(agent)) = (p.as_object_mut(), self.agents.get(a)) {
                    o.insert("Reporting".into(), json!(agent.reporting));
                }
                p
            })
            .into_iter()
            .collect();
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/employees/{}/state", emp.id)),
            "Id": emp.id,
            "Name": emp.name(),
            "FirstName": emp.first_name,
            "LastName": emp.last_name,
            "Reporting": emp.reporting,
            "PhotoUrl": Value::Null,
            "Presence": {
                "Aggregate": self.aggregate_presence(e),
                "Voice": voice,
                "Email": per_media(Media::Email),
                "Chat": per_media(Media::Chat),
                "Sms": per_media(Media::Sms),
                "OpenMedia": per_media(Media::OpenMedia),
            },
            "AcdChatConversationsToday": count(Media::Chat),
            "AcdEmailConversationsToday": count(Media::Email),
            "AcdOpenMediaConversationsToday": count(Media::OpenMedia),
            "AcdSmsConversationsToday": count(Media::Sms),
            "AcdVoiceConversationsToday": count(Media::Voice),
            "FirstAgentLoginTimeToday": opt_time(emp.first_login_today),
            "LastAgentLogoutTimeToday": opt_time(emp.last_logout_today),
            "EnteredStateOn": iso8601(emp.entered_state_on),
            "TimeMediaServerId": self.media_server_id(Media::Voice),
        }))
    }

    /// Agent-group presence of an employee: one entry per group, with one status per agent
    /// of the employee on a media the group serves (the shape public code reads and sends
    /// back: `{id: <agent id>, type: <media>, status: 'Present' | 'NotPresent'}`).
    pub fn employee_group_presence(&self, e: usize, only: Option<usize>) -> Option<Vec<Value>> {
        let emp = self.employees.get(e)?;
        Some(
            emp.groups
                .iter()
                .filter(|(g, _)| only.is_none_or(|o| o == *g))
                .filter_map(|(g, _)| {
                    let group = self.agent_groups.get(*g)?;
                    let statuses: Vec<Value> = emp
                        .agents
                        .iter()
                        .filter_map(|&a| Some((a, self.agents.get(a)?)))
                        .filter(|(_, agent)| group.media.contains(&agent.media))
                        .map(|(a, agent)| {
                            let present = self.present_in_group(a, *g);
                            json!({
                                "Id": agent.id,
                                "Type": agent.media.name(),
                                "Status": if present { "Present" } else { "NotPresent" },
                            })
                        })
                        .collect();
                    Some(json!({
                        "_links": links(format!("/miccsdk/api/v1/employees/{}/agentgrouppresence/{}", emp.id, group.id)),
                        "Id": group.id,
                        "Name": group.name,
                        "Reporting": group.reporting,
                        "Statuses": statuses,
                    }))
                })
                .collect(),
        )
    }

    /// An active conversation as `ConversationModel`.
    pub fn conversation(&self, seq: u64) -> Option<Value> {
        let c = self.conversations.get(&seq)?;
        let queue = self.queues.get(c.queue)?;
        let agent = c.agent.and_then(|a| self.agents.get(a));
        let emp = agent.and_then(|a| self.employees.get(a.employee));
        let position = self
            .waiting(c.queue)
            .position(|w| w.seq == seq)
            .map_or(0, |p| p + 1);
        let vars: Map<String, Value> = c
            .variables
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        let mut v = json!({
            "_links": links(format!("/miccsdk/api/v1/conversations/{}", c.id)),
            "ConversationId": c.id,
            "Type": c.media.name(),
            "FromAddress": c.from_address,
            "FromName": c.from_name,
            "ToAddress": c.to_address,
            "ToName": queue.name,
            "MediaServerId": self.media_server_id(c.media),
            "MediaServerType": c.media.node_type(),
            "MediaType": c.media.name(),
            "Subject": c.subject,
            "ConversationState": c.state.name(),
            "PositionInQueue": position,
            "Priority": c.priority,
            "QueueDialable": queue.dialable,
            "QueueId": queue.id,
            "QueueName": queue.name,
            "QueueReporting": queue.reporting,
            "QueueIsWrapUpTimeEnabled": queue.wrap_up.is_some(),
            "IsAgentAutoAnswerEnabled": false,
            "TargetTimeForServiceLevel": timespan(queue.service_level),
            "TimeOfferedToQueue": iso8601(c.offered_to_queue),
            "TimeOfferedToSystem": iso8601(c.offered_to_system),
            "TransferCount": c.transfer_count,
            "AgentFirstName": emp.map(|e| e.first_name.clone()),
            "AgentId": agent.map(|a| a.id.clone()),
            "AgentLastName": emp.map(|e| e.last_name.clone()),
            "AgentReporting": agent.map(|a| a.reporting.clone()),
            "AgentName": emp.map(Employee::name),
            "TimeOfferedToAgent": opt_time(c.offered_to_agent),
            "Direction": if c.outbound { "Outbound" } else { "Inbound" },
            "Variables": vars,
            "ANI": if c.media == Media::Voice { json!(c.from_address) } else { Value::Null },
            "DNIS": if c.media == Media::Voice { json!(queue.dialable) } else { Value::Null },
            "ModifiedOn": iso8601(self.now),
            "Native": c.target_uri.is_none(),
            "SupportsRecording": c.media == Media::Voice,
            "CanRecord": c.media == Media::Voice,
            "IsRecording": false,
        });
        if c.on_hold
            && let Some(o) = v.as_object_mut()
        {
            o.insert("LastAgentAction".into(), json!("Hold"));
        }
        Some(v)
    }

    /// An active open media item as `OpenMediaConversationModel`.
    pub fn open_media(&self, seq: u64) -> Option<Value> {
        let c = self.conversations.get(&seq)?;
        let queue = self.queues.get(c.queue)?;
        let agent = c.agent.and_then(|a| self.agents.get(a));
        let emp = agent.and_then(|a| self.employees.get(a.employee));
        let position = self
            .waiting(c.queue)
            .position(|w| w.seq == seq)
            .map_or(0, |p| p + 1);
        Some(json!({
            "_links": links(format!("/miccsdk/api/v1/openmedia/{}", c.id)),
            "Id": c.id,
            "ConversationState": c.state.name(),
            "PositionInQueue": position,
            "QueueId": queue.id,
            "QueueName": queue.name,
            "QueueReporting": queue.reporting,
            "AgentName": emp.map(Employee::name),
            "AgentId": agent.map(|a| a.id.clone()),
            "AgentReporting": agent.map(|a| a.reporting.clone()),
            "TimeOfferedToAgent": opt_time(c.offered_to_agent),
            "TimeOfferedToQueue": iso8601(c.offered_to_queue),
            "TimeOfferedToSystem": iso8601(c.offered_to_system),
        }))
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct AgentCounts {
    available: u32,
    idle: u32,
    on_acd: u32,
    on_outbound: u32,
    unavailable: u32,
    unavailable_15: u32,
    unavailable_hour: u32,
    logged_in_ms: Millis,
    make_busy_ms: Millis,
    work_timer_ms: Millis,
}

/// What a new conversation can expect to wait: nothing when an agent sits idle and nobody
/// is ahead of it; otherwise everyone ahead of it (and itself) handled in turn by the
/// slots of the agents working the queue.
fn estimated_wait(
    avg_handle: Millis,
    waiting: usize,
    agents: &AgentCounts,
    capacity: usize,
) -> Millis {
    if waiting == 0 && agents.idle > 0 {
        return 0;
    }
    let slots = (i64::from(agents.available) * capacity as i64).max(1);
    avg_handle * (waiting as i64 + 1) / slots
}

/// `TimeZone` of a site: its fixed offset from UTC.
fn utc_offset_name(offset: Millis) -> String {
    if offset == 0 {
        return "UTC".to_owned();
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.abs() / MINUTE;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The statistics part of a queue state, shared by queues and queue groups.
fn queue_state_numbers(
    today: Window,
    hour: Window,
    quarter: Window,
    agents: &AgentCounts,
) -> Map<String, Value> {
    let mut m = Map::new();
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_owned(), v);
    };
    for (suffix, w) in [
        ("Today", today),
        ("InTheLastHour", hour),
        ("InTheLast15Minutes", quarter),
    ] {
        put(&format!("OfferedConversations{suffix}"), json!(w.offered));
        put(&format!("AnsweredConversations{suffix}"), json!(w.answered));
        put(
            &format!("AbandonedConversations{suffix}"),
            json!(w.abandoned),
        );
        put(
            &format!("AnsweredConversationsPercentage{suffix}"),
            json!(round2(w.answered_pct())),
        );
        put(
            &format!("AbandonedConversationsPercentage{suffix}"),
            json!(round2(w.abandoned_pct())),
        );
        put(
            &format!("ServiceLevelPercentage{suffix}"),
            json!(round2(w.service_level_pct())),
        );
        put(
            &format!("AnsweredConversationsAverageDuration{suffix}"),
            json!(timespan(w.avg_answered_handle())),
        );
        put(
            &format!("ConversationAverageDuration{suffix}"),
            json!(timespan(w.avg_answered_handle())),
        );
    }
    put(
        "AbandonedConversationsAverageDurationToday",
        json!(timespan(today.avg_abandon_wait())),
    );
    put(
        "ConversationTotalDurationToday",
        json!(timespan(today.handle_ms)),
    );
    put(
        "AgentLoggedInTotalDurationToday",
        json!(timespan(agents.logged_in_ms)),
    );
    put(
        "MakeBusyTotalDurationToday",
        json!(timespan(agents.make_busy_ms)),
    );
    put(
        "WorkTimerTotalDurationToday",
        json!(timespan(agents.work_timer_ms)),
    );
    let counts = [
        ("AgentsAvailable", agents.available),
        ("AgentsIdle", agents.idle),
        ("AgentsOnAcdConversations", agents.on_acd),
        // Personal (non-ACD) conversations are not modelled: nobody is on one.
        ("AgentsOnNonAcdConversations", 0),
        ("AgentsOnOutboundConversations", agents.on_outbound),
        ("AgentsUnavailable", agents.unavailable),
        ("AgentsUnavailableInTheLast15Minutes", agents.unavailable_15),
        ("AgentsUnavailableInTheLastHour", agents.unavailable_hour),
    ];
    for (k, n) in counts {
        put(k, json!(n));
    }
    for (g, &n) in today.answered_by_group.iter().enumerate() {
        put(
            &format!("AnsweredConversationsByAgentGroup{}Today", g + 1),
            json!(n),
        );
        let pct = if today.answered > 0 {
            round2(100.0 * f64::from(n) / f64::from(today.answered))
        } else {
            0.0
        };
        put(
            &format!("AnsweredConversationsPercentageByAgentGroup{}Today", g + 1),
            json!(pct),
        );
    }
    m
}
