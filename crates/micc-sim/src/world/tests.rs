//! World invariants over long accelerated runs, and the writes.

use super::*;
use crate::simtime::{HOUR, MINUTE, SECOND, timespan};
use serde_json::Value;

fn world(seed: u64) -> World {
    World::new(&WorldConfig {
        seed,
        queues: 24,
        agents: 80,
        ..WorldConfig::default()
    })
}

fn num(v: &Value, k: &str) -> f64 {
    v.get(k)
        .and_then(Value::as_f64)
        .unwrap_or_else(|| panic!("{k} missing or not a number in {v}"))
}

/// Everything that must hold at any instant, whatever happened before.
fn check_invariants(w: &mut World) {
    let now = w.now;
    for q in 0..w.queues.len() {
        let waiting: Vec<_> = w
            .waiting(q)
            .map(|c| (c.seq, c.offered_to_queue, c.state))
            .collect();
        assert!(waiting.iter().all(|(_, _, s)| *s == ConvState::InQueue));
        let counted = w
            .conversations
            .values()
            .filter(|c| c.queue == q && c.state == ConvState::InQueue)
            .count();
        assert_eq!(
            counted,
            waiting.len(),
            "waiting list and conversations agree"
        );
        let state = w.queue_state(q).unwrap();
        assert_eq!(num(&state, "WaitingConversations") as usize, waiting.len());
        let oldest = waiting.iter().map(|w| w.1).min();
        assert_eq!(
            state["LongestWaitingConversationDuration"],
            Value::String(timespan(oldest.map_or(0, |t| now - t))),
            "longest wait is the oldest waiting conversation's"
        );
        for suffix in ["Today", "InTheLastHour", "InTheLast15Minutes"] {
            let offered = num(&state, &format!("OfferedConversations{suffix}"));
            let answered = num(&state, &format!("AnsweredConversations{suffix}"));
            let abandoned = num(&state, &format!("AbandonedConversations{suffix}"));
            assert!(
                answered + abandoned <= offered,
                "{suffix}: {answered} + {abandoned} > {offered}"
            );
            for pct in [
                "AnsweredConversationsPercentage",
                "AbandonedConversationsPercentage",
                "ServiceLevelPercentage",
            ] {
                let p = num(&state, &format!("{pct}{suffix}"));
                assert!((0.0..=100.0).contains(&p), "{pct}{suffix} = {p}");
            }
        }
        let hour = num(&state, "OfferedConversationsInTheLastHour");
        assert!(num(&state, "OfferedConversationsInTheLast15Minutes") <= hour);
        let agents = w.queue_agents(q).len() as f64;
        let (avail, idle, acd, unavail) = (
            num(&state, "AgentsAvailable"),
            num(&state, "AgentsIdle"),
            num(&state, "AgentsOnAcdConversations"),
            num(&state, "AgentsUnavailable"),
        );
        assert!(
            idle + acd <= avail && avail + unavail <= agents,
            "agent counts of queue {q}: {state}"
        );
        if idle > 0.0 {
            // Nobody waits while an agent who could take the conversation sits idle.
            assert!(
                waiting.is_empty(),
                "queue {q} has idle agents and waiting conversations"
            );
        }
    }
    for (seq, c) in &w.conversations {
        match c.state {
            ConvState::InQueue => assert!(c.agent.is_none()),
            ConvState::Offered | ConvState::Acd => {
                let a = c
                    .agent
                    .expect("an offered or connected conversation has an agent");
                assert!(w.agents[a].conversations.contains(seq));
                assert_eq!(w.agents[a].media, c.media);
            }
            s => panic!("finished conversation {seq} still active in state {s:?}"),
        }
    }
    for (i, a) in w.agents.iter().enumerate() {
        assert!(
            a.conversations.len() <= a.media.capacity(),
            "agent {i} over capacity"
        );
        for seq in &a.conversations {
            assert_eq!(w.conversations[seq].agent, Some(i));
        }
        let busy = !a.conversations.is_empty();
        assert_eq!(
            busy,
            matches!(a.activity, Activity::Acd | Activity::Ringing),
            "agent {i}: {:?}",
            a.activity
        );
        assert!(a.entered_activity_on <= now);
    }
}

#[test]
fn invariants_hold_over_eight_simulated_hours() {
    let mut w = world(7);
    let start = w.now;
    let mut changes = 0;
    let mut t = start;
    while t < start + 8 * HOUR {
        t += 37 * SECOND;
        w.advance_to(t);
        changes += w.take_changes().len();
        check_invariants(&mut w);
    }
    assert!(changes > 1000, "a living world changes: {changes}");
    let offered: f64 = (0..w.queues.len())
        .map(|q| num(&w.queue_state(q).unwrap(), "OfferedConversationsToday"))
        .sum();
    let answered: f64 = (0..w.queues.len())
        .map(|q| num(&w.queue_state(q).unwrap(), "AnsweredConversationsToday"))
        .sum();
    assert!(
        offered > 500.0 && answered > 0.5 * offered,
        "offered {offered}, answered {answered}"
    );
}

#[test]
fn invariants_hold_across_midnight_and_today_restarts() {
    // 22:00 UTC: four hours cross into the next day.
    let start = 1_767_261_600_000 + 12 * HOUR;
    let mut w = World::new(&WorldConfig {
        seed: 21,
        queues: 16,
        agents: 60,
        start,
        ..WorldConfig::default()
    });
    let offered_before: f64 = (0..w.queues.len())
        .map(|q| num(&w.queue_state(q).unwrap(), "OfferedConversationsToday"))
        .sum();
    let mut t = start;
    while t < start + 4 * HOUR {
        t += 53 * SECOND;
        w.advance_to(t);
        check_invariants(&mut w);
    }
    let hours_into_day = (w.now - crate::simtime::day_start(w.now)) / HOUR;
    assert_eq!(hours_into_day, 2);
    let offered_after: f64 = (0..w.queues.len())
        .map(|q| num(&w.queue_state(q).unwrap(), "OfferedConversationsToday"))
        .sum();
    let last_hour: f64 = (0..w.queues.len())
        .map(|q| {
            num(
                &w.queue_state(q).unwrap(),
                "OfferedConversationsInTheLastHour",
            )
        })
        .sum();
    assert!(
        offered_after > last_hour,
        "today since midnight exceeds the last hour"
    );
    assert!(
        offered_after < offered_before + 4.0 * last_hour,
        "today restarted at midnight"
    );
}

#[test]
fn presence_moves_on_its_own() {
    let mut w = world(3);
    let before: Vec<_> = w.employees.iter().map(|e| e.presence).collect();
    let mut seen = std::collections::HashSet::new();
    let end = w.now + 2 * HOUR;
    while w.now < end {
        let t = w.now + MINUTE;
        w.advance_to(t);
        seen.extend(w.employees.iter().map(|e| e.presence));
    }
    let after: Vec<_> = w.employees.iter().map(|e| e.presence).collect();
    let moved = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert!(moved > 10, "{moved} employees changed presence");
    for p in Presence::ALL {
        assert!(seen.contains(&p), "{p:?} never seen in two hours");
    }
}

#[test]
fn the_same_seed_gives_the_same_day() {
    let run = |seed| {
        let mut w = world(seed);
        let t = w.now + 3 * HOUR;
        w.advance_to(t);
        (0..w.queues.len())
            .map(|q| w.queue_state(q).unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(run(11), run(11));
    assert_ne!(run(11), run(12));
}

#[test]
fn picking_a_waiting_conversation_offers_it_to_the_picker_who_accepts_it() {
    let mut w = world(5);
    // Make everyone unavailable so conversations queue up.
    for e in 0..w.employees.len() {
        w.set_presence(e, Presence::Busy, Some("Meeting".into()))
            .unwrap();
    }
    let t = w.now + 30 * MINUTE;
    w.advance_to(t);
    let (q, seq) = (0..w.queues.len())
        .find_map(|q| w.waiting(q).next().map(|c| (q, c.seq)))
        .expect("something waits when nobody works");
    let media = w.queues[q].media;
    let e = (0..w.employees.len())
        .find(|&e| w.agent_of(e, media).is_some())
        .unwrap();
    let waiting_before = w.waiting(q).count();
    w.take_changes();
    w.conversation_action(seq, e, ConvAction::Pick).unwrap();
    // Picked, it rings at the picker (public code then accepts it as the employee).
    assert_eq!(w.conversations[&seq].state, ConvState::Offered);
    assert_eq!(w.waiting(q).count(), waiting_before - 1);
    let a = w.agent_of(e, media).unwrap();
    assert_eq!(w.agents[a].activity, Activity::Ringing);
    let changes = w.take_changes();
    assert!(changes.contains(&Change::QueueState(q)));
    assert!(changes.contains(&Change::EmployeeConversation { employee: e, seq }));
    w.conversation_action(seq, e, ConvAction::Accept).unwrap();
    assert_eq!(w.conversations[&seq].state, ConvState::Acd);
    assert_eq!(w.agents[a].activity, Activity::Acd);
    // Picking it again is a conflict, not a panic.
    assert!(matches!(
        w.conversation_action(seq, e, ConvAction::Pick),
        Err(WorldError::Conflict(_))
    ));
    w.conversation_action(seq, e, ConvAction::End).unwrap();
    assert!(!w.conversations.contains_key(&seq));
    assert_ne!(w.agents[a].activity, Activity::Acd);
}

#[test]
fn a_person_setting_presence_is_not_overridden_by_the_simulation() {
    let mut w = world(9);
    w.set_presence(0, Presence::DoNotDisturb, Some("Focus time".into()))
        .unwrap();
    w.advance_to(w.now + 6 * HOUR);
    assert_eq!(w.employees[0].presence, Presence::DoNotDisturb);
    let state = w.employee_state(0).unwrap();
    assert_eq!(state["Presence"]["Aggregate"]["AcdState"], "DoNotDisturb");
}

#[test]
fn open_media_completed_in_queue_is_an_abandon_and_after_accept_is_handled() {
    let mut w = world(4);
    let q = (0..w.queues.len())
        .find(|&q| w.queues[q].media == Media::OpenMedia)
        .unwrap();
    let before = num(&w.queue_state(q).unwrap(), "AbandonedConversationsToday");
    w.set_queue_dnd(q, false).unwrap();
    for e in 0..w.employees.len() {
        w.set_presence(e, Presence::Away, None).unwrap();
    }
    let seq = w
        .create_open_media(
            q,
            Some("task-1".into()),
            Some("CRM".into()),
            None,
            Some("Call back".into()),
            None,
        )
        .unwrap();
    assert_eq!(w.conversation_by_id("task-1").map(|c| c.seq), Some(seq));
    w.complete_open_media(seq).unwrap();
    assert_eq!(
        num(&w.queue_state(q).unwrap(), "AbandonedConversationsToday"),
        before + 1.0
    );
    assert!(w.complete_open_media(seq).is_err());
}

#[test]
fn queue_dnd_diverts_arrivals() {
    let mut w = world(6);
    for q in 0..w.queues.len() {
        w.set_queue_dnd(q, true).unwrap();
    }
    let offered = |w: &mut World| -> f64 {
        (0..w.queues.len())
            .map(|q| num(&w.queue_state(q).unwrap(), "OfferedConversationsToday"))
            .sum()
    };
    let before = offered(&mut w);
    w.advance_to(w.now + HOUR);
    assert_eq!(offered(&mut w), before);
    let interflowed: f64 = (0..w.queues.len())
        .map(|q| num(&w.queue_state(q).unwrap(), "InterflowedConversationsToday"))
        .sum();
    assert!(interflowed > 0.0);
}
