//! A supervisor's day: 24 simulated hours of a small world, in two time zones at once
//! (one site on UTC+01:00, the other on UTC-05:00). Today's counters start over at each
//! site's local midnight, arrivals follow the hourly curve of their media, agents log in
//! and out with their shifts, and the computed queue-state fields agree with the world.

use std::collections::HashMap;

use micc_sim::simtime::{DAY, HOUR, MINUTE, Millis, timespan};
use micc_sim::world::day::{local_day_start, local_time_of_day};
use micc_sim::world::{Activity, ConvState, Media, Presence, World, WorldConfig};
use serde_json::Value;

/// 2026-01-01T00:00:00Z.
const NEW_YEAR: Millis = 1_767_225_600_000;
const OFFSETS: [Millis; 2] = [HOUR, -5 * HOUR];
const STEP: Millis = 5 * MINUTE;

fn world(start: Millis) -> World {
    World::new(&WorldConfig {
        seed: 42,
        queues: 16,
        agents: 60,
        start,
        utc_offsets: OFFSETS.to_vec(),
        ..WorldConfig::default()
    })
}

fn num(v: &Value, k: &str) -> f64 {
    v.get(k)
        .and_then(Value::as_f64)
        .unwrap_or_else(|| panic!("{k} missing or not a number in {v}"))
}

fn offered_today(w: &mut World, q: usize) -> f64 {
    num(&w.queue_state(q).unwrap(), "OfferedConversationsToday")
}

/// Parses a .NET `TimeSpan` ("[d.]hh:mm:ss[.fffffff]") into milliseconds.
fn span_ms(s: &str) -> Millis {
    let (days, rest) = match s.split_once('.') {
        Some((d, r)) if r.contains(':') => (d.parse::<i64>().unwrap(), r),
        _ => (0, s),
    };
    let rest = rest.split('.').next().unwrap();
    let p: Vec<i64> = rest.split(':').map(|x| x.parse().unwrap()).collect();
    days * DAY + p[0] * HOUR + p[1] * MINUTE + p[2] * 1000
}

/// What must hold at any instant of the day.
fn check_state(w: &mut World) {
    for q in 0..w.queues.len() {
        let state = w.queue_state(q).unwrap();
        for suffix in ["Today", "InTheLastHour", "InTheLast15Minutes"] {
            let offered = num(&state, &format!("OfferedConversations{suffix}"));
            let answered = num(&state, &format!("AnsweredConversations{suffix}"));
            let abandoned = num(&state, &format!("AbandonedConversations{suffix}"));
            assert!(
                answered + abandoned <= offered,
                "queue {q} {suffix}: {answered} + {abandoned} > {offered}"
            );
            let (ans, abd) = (
                num(&state, &format!("AnsweredConversationsPercentage{suffix}")),
                num(&state, &format!("AbandonedConversationsPercentage{suffix}")),
            );
            assert!(
                ans + abd == 0.0 || (ans + abd - 100.0).abs() < 0.05,
                "answered and abandoned percentages make 100: {ans} + {abd}"
            );
        }
        let by_group: f64 = (1..=4)
            .map(|g| {
                num(
                    &state,
                    &format!("AnsweredConversationsByAgentGroup{g}Today"),
                )
            })
            .sum();
        let answered_today = num(&state, "AnsweredConversationsToday");
        assert!(by_group <= answered_today, "queue {q}: {state}");
        if w.queues[q].agent_groups.len() == 1 {
            // Routed conversations go to agents present in the queue's groups.
            assert_eq!(
                num(&state, "AnsweredConversationsByAgentGroup1Today"),
                answered_today
            );
        }
        let waiting = num(&state, "WaitingConversations");
        let (idle, avail, unavail) = (
            num(&state, "AgentsIdle"),
            num(&state, "AgentsAvailable"),
            num(&state, "AgentsUnavailable"),
        );
        let ewt = state["EstimatedWaitTimeForNewConversations"]
            .as_str()
            .unwrap()
            .to_owned();
        if idle > 0.0 && waiting == 0.0 {
            assert_eq!(ewt, "00:00:00", "idle agents, nobody waiting: no wait");
        }
        // Logged in = the serving agents, present in a serving group, not logged out.
        let logged_in = w
            .queue_agents(q)
            .iter()
            .filter(|&&a| w.agents[a].activity != Activity::LoggedOut && w.present_for_queue(a, q))
            .count() as f64;
        assert_eq!(avail + unavail, logged_in, "queue {q}: {state}");
        let (u15, uh) = (
            num(&state, "AgentsUnavailableInTheLast15Minutes"),
            num(&state, "AgentsUnavailableInTheLastHour"),
        );
        assert!(unavail <= u15 && u15 <= uh && uh <= logged_in);
        let on =
            num(&state, "AgentsOnAcdConversations") + num(&state, "AgentsOnOutboundConversations");
        assert!(idle + on <= avail);
        // The totals today cover at least the time the logged-in agents are in their states.
        let logged_in_total = span_ms(state["AgentLoggedInTotalDurationToday"].as_str().unwrap());
        let make_busy = span_ms(state["MakeBusyTotalDurationToday"].as_str().unwrap());
        let work_timer = span_ms(state["WorkTimerTotalDurationToday"].as_str().unwrap());
        assert!(make_busy + work_timer <= logged_in_total + 1000);
        // Agents count their day at their own site, which may not be the queue's.
        let since_midnight = w
            .sites
            .iter()
            .map(|s| local_time_of_day(w.now, s.utc_offset))
            .max()
            .unwrap_or(0);
        let serving = w.queue_agents(q).len() as i64;
        assert!(logged_in_total <= serving * since_midnight + 1000);
    }
    for e in 0..w.employees.len() {
        // The employee's day is their site's: nothing of yesterday shows as today.
        let emp = &w.employees[e];
        let day = local_day_start(w.now, w.sites[emp.site].utc_offset);
        for t in [emp.first_login_today, emp.last_logout_today]
            .into_iter()
            .flatten()
        {
            assert!(t >= day, "employee {e}: {t} is before local midnight {day}");
        }
        for &a in &emp.agents {
            let agent = &w.agents[a];
            assert!(agent.counters.logged_in_ms_today <= w.now - day);
            assert!(agent.last_login.is_none_or(|t| t <= w.now));
        }
        let (aggregate, _) = w.aggregate_presence_state(e);
        let media: Vec<Presence> = w.employees[e]
            .agents
            .iter()
            .map(|&a| w.media_presence_state(a))
            .collect();
        let state = w.employee_state(e).unwrap();
        assert_eq!(
            state["Presence"]["Aggregate"]["AcdState"],
            aggregate.name(),
            "the employee state shows the aggregate"
        );
        match aggregate {
            Presence::Offline => assert!(media.iter().all(|&p| p == Presence::Offline)),
            Presence::Available => assert!(media.contains(&Presence::Available)),
            _ => assert!(
                !media.contains(&Presence::Available)
                    && media.iter().any(|&p| p != Presence::Offline),
                "employee {e}: {aggregate:?} from {media:?}"
            ),
        }
    }
}

#[test]
fn a_day_in_two_time_zones() {
    // 20:00Z on New Year's Eve: 21:00 at UTC+01:00, 15:00 at UTC-05:00.
    let start = NEW_YEAR - 4 * HOUR;
    let mut w = world(start);
    assert_eq!(w.sites[0].utc_offset, HOUR);
    assert_eq!(w.sites[1].utc_offset, -5 * HOUR);
    let queues_of = |w: &World, site| -> Vec<usize> {
        (0..w.queues.len())
            .filter(|&q| w.queues[q].site == site)
            .collect()
    };
    let sites = [queues_of(&w, 0), queues_of(&w, 1)];
    assert!(!sites[0].is_empty() && !sites[1].is_empty());
    let mut resets: Vec<Vec<Millis>> = vec![Vec::new(), Vec::new()];
    let mut previous: Vec<f64> = (0..w.queues.len())
        .map(|q| offered_today(&mut w, q))
        .collect();
    // Offered per local hour of day, per media, summed over the day.
    let mut per_hour: HashMap<(Media, i64), f64> = HashMap::new();
    let (mut logins, mut logouts) = (0, 0);
    let mut logged_in_before: Vec<bool> =
        w.employees.iter().map(|e| e.presence.logged_in()).collect();
    let mut t = start;
    while t < start + DAY {
        t += STEP;
        w.advance_to(t);
        check_state(&mut w);
        for (s, qs) in sites.iter().enumerate() {
            for &q in qs {
                let now = offered_today(&mut w, q);
                if now < previous[q] {
                    resets[s].push(t);
                }
                previous[q] = now;
            }
        }
        for (e, emp) in w.employees.iter().enumerate() {
            let on = emp.presence.logged_in();
            match (logged_in_before[e], on) {
                (false, true) => logins += 1,
                (true, false) => logouts += 1,
                _ => {}
            }
            logged_in_before[e] = on;
        }
        if t % HOUR == 0 {
            for q in 0..w.queues.len() {
                let state = w.queue_state(q).unwrap();
                let offset = w.sites[w.queues[q].site].utc_offset;
                let hour = local_time_of_day(t - HOUR, offset) / HOUR;
                let within = num(&state, "OfferedConversationsInTheLastHour");
                *per_hour.entry((w.queues[q].media, hour)).or_default() += within;
            }
        }
    }
    // Each site's queues started over once, in the step that crossed its local midnight,
    // and not at UTC midnight.
    let local_midnight = [NEW_YEAR - HOUR, NEW_YEAR + 5 * HOUR];
    for s in 0..2 {
        let mut steps = resets[s].clone();
        steps.dedup();
        assert!(!steps.is_empty(), "site {s} never reset: {resets:?}");
        for &at in &steps {
            assert!(
                at >= local_midnight[s] && at - STEP < local_midnight[s],
                "site {s} reset at {at}, local midnight is {}",
                local_midnight[s]
            );
        }
    }
    // The arrival curve: voice at its busiest hours against the dead of night.
    let voice = |h: i64| per_hour.get(&(Media::Voice, h)).copied().unwrap_or(0.0);
    let peak = voice(10) + voice(11);
    let night = voice(2) + voice(3);
    assert!(
        peak > 5.0 * night.max(1.0),
        "voice peak {peak}, night {night}"
    );
    // Chat comes in the evening more than in the morning.
    let chat = |h: i64| per_hour.get(&(Media::Chat, h)).copied().unwrap_or(0.0);
    assert!(chat(19) + chat(20) > chat(8) + chat(9), "{per_hour:?}");
    assert!(
        logins > 30 && logouts > 30,
        "shifts: {logins} logins, {logouts} logouts"
    );
}

#[test]
fn nights_are_quiet_and_nobody_is_logged_in() {
    // 03:00 at UTC+01:00 and 21:00 the evening before at UTC-05:00.
    let mut w = world(NEW_YEAR + 2 * HOUR);
    let logged_in = |w: &World, site| {
        w.employees
            .iter()
            .filter(|e| e.site == site && e.presence.logged_in())
            .count()
    };
    assert_eq!(logged_in(&w, 0), 0, "nobody works at 03:00");
    assert!(logged_in(&w, 1) > 0, "the evening shift works at 21:00");
    for e in 0..w.employees.len() {
        if w.employees[e].site == 0 {
            let state = w.employee_state(e).unwrap();
            assert_eq!(state["Presence"]["Aggregate"]["AcdState"], "Offline");
        }
    }
    // At 10:00 local the morning shifts are in and the queues busy.
    let ten = NEW_YEAR + 9 * HOUR;
    w.advance_to(ten);
    assert!(logged_in(&w, 0) > 10);
    let morning: Vec<usize> = (0..w.queues.len())
        .filter(|&q| w.queues[q].site == 0)
        .collect();
    let offered: f64 = morning
        .into_iter()
        .map(|q| {
            num(
                &w.queue_state(q).unwrap(),
                "OfferedConversationsInTheLastHour",
            )
        })
        .sum();
    assert!(offered > 30.0, "{offered} offered between 09:00 and 10:00");
}

#[test]
fn digital_queues_show_waits_and_misses_at_their_busy_hours() {
    // 10:00 at UTC+01:00 for email and open media, and 19:00 at UTC-05:00 for chat and SMS.
    let mut w = world(NEW_YEAR + 9 * HOUR);
    let mut seen: HashMap<Media, (f64, f64)> = HashMap::new();
    let end = NEW_YEAR + DAY + 2 * HOUR;
    while w.now < end {
        let t = w.now + 10 * MINUTE;
        w.advance_to(t);
        for q in 0..w.queues.len() {
            let media = w.queues[q].media;
            if media == Media::Voice {
                continue;
            }
            let state = w.queue_state(q).unwrap();
            let longest = span_ms(
                state["LongestWaitingConversationDuration"]
                    .as_str()
                    .unwrap(),
            );
            let missed = 100.0 - num(&state, "ServiceLevelPercentageInTheLastHour");
            let e = seen.entry(media).or_default();
            e.0 = e.0.max(longest as f64);
            e.1 = e.1.max(missed);
        }
    }
    for media in [Media::Email, Media::Chat, Media::Sms, Media::OpenMedia] {
        let (longest, missed) = seen.get(&media).copied().unwrap_or_default();
        assert!(
            longest >= MINUTE as f64,
            "{media:?}: longest wait {}",
            timespan(longest as i64)
        );
        assert!(missed > 0.0, "{media:?} never missed its service level");
    }
}

#[test]
fn the_estimated_wait_is_zero_with_an_idle_agent_and_an_empty_queue() {
    let mut w = world(NEW_YEAR + 9 * HOUR);
    let mut checked = 0;
    for _ in 0..24 {
        let t = w.now + 7 * MINUTE;
        w.advance_to(t);
        for q in 0..w.queues.len() {
            let idle = w
                .queue_agents(q)
                .iter()
                .any(|&a| w.agents[a].activity == Activity::Idle && w.present_for_queue(a, q));
            let empty = w.waiting(q).next().is_none();
            let ewt = w.queue_state(q).unwrap()["EstimatedWaitTimeForNewConversations"].clone();
            if idle && empty {
                assert_eq!(ewt, "00:00:00");
                checked += 1;
            } else if !empty {
                assert_ne!(ewt, "00:00:00", "someone waits: a new one waits too");
            }
        }
    }
    assert!(checked > 0);
    // Nothing is left in a finished state among the active conversations.
    assert!(w.conversations.values().all(|c| matches!(
        c.state,
        ConvState::InQueue | ConvState::Offered | ConvState::Acd
    )));
}

/// Prints the day hour by hour (`cargo test -p micc-sim --test day -- --ignored --nocapture`),
/// for tuning the curves and the load.
#[test]
#[ignore]
fn print_the_day() {
    let mut w = World::new(&WorldConfig {
        start: NEW_YEAR,
        ..WorldConfig::default()
    });
    for h in 1..=24 {
        w.advance_to(NEW_YEAR + h * HOUR);
        let mut line = format!(
            "{:02}:00 in {:>3}",
            h,
            w.employees
                .iter()
                .filter(|e| e.presence.logged_in())
                .count()
        );
        for media in Media::ALL {
            let (mut off, mut ans, mut abd, mut wait, mut sl) = (0.0, 0.0, 0.0, 0.0, 0.0f64);
            for q in 0..w.queues.len() {
                if w.queues[q].media != media {
                    continue;
                }
                let s = w.queue_state(q).unwrap();
                off += num(&s, "OfferedConversationsInTheLastHour");
                ans += num(&s, "AnsweredConversationsInTheLastHour");
                abd += num(&s, "AbandonedConversationsInTheLastHour");
                wait += num(&s, "WaitingConversations");
                sl = sl.max(100.0 - num(&s, "ServiceLevelPercentageInTheLastHour"));
            }
            line += &format!(
                " | {:>5} off {off:>4} ans {ans:>4} abd {abd:>3} wait {wait:>3} miss {sl:>3.0}",
                media.name()
            );
        }
        println!("{line}");
    }
}

#[test]
fn utc_offsets_are_read_from_the_command_line() {
    use clap::Parser;
    use micc_sim::config::parse_utc_offset;
    assert_eq!(parse_utc_offset("+01:00"), Ok(HOUR));
    assert_eq!(parse_utc_offset("-5"), Ok(-5 * HOUR));
    assert_eq!(parse_utc_offset("5:30"), Ok(5 * HOUR + 30 * MINUTE));
    assert_eq!(parse_utc_offset("UTC-03:30"), Ok(-(3 * HOUR + 30 * MINUTE)));
    assert_eq!(parse_utc_offset("Z"), Ok(0));
    for bad in ["+15:00", "1:60", "east", "+-1"] {
        assert!(parse_utc_offset(bad).is_err(), "{bad}");
    }
    let c = micc_sim::Config::try_parse_from([
        "micc-sim",
        "--utc-offset",
        "+01:00",
        "--utc-offset",
        "-05:00",
    ])
    .unwrap();
    assert_eq!(c.utc_offsets, OFFSETS.to_vec());
    let w = World::new(&WorldConfig {
        utc_offsets: c.utc_offsets,
        ..WorldConfig::default()
    });
    let zones: Vec<Value> = (0..2)
        .map(|s| w.site(s).unwrap()["TimeZone"].clone())
        .collect();
    assert_eq!(zones, ["UTC+01:00", "UTC-05:00"]);
}
