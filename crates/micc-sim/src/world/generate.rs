//! Builds a plausible, deterministic organisation from a seed and the requested sizes.

use super::day::shift_for;
use super::entities::*;
use crate::rng::Rng;
use crate::simtime::{MINUTE, Millis, SECOND};

const FIRST: &[&str] = &[
    "Ada", "Ben", "Chloé", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal",
    "Lea", "Mateo", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor",
    "Wen", "Ximena", "Yusuf", "Zoë",
];
const LAST: &[&str] = &[
    "Andersen", "Bianchi", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Horvat", "Ivanova",
    "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "O'Brien", "Petrov", "Quispe", "Rossi",
    "Schmidt", "Tanaka", "Urban", "Varga", "Weber", "Yilmaz", "Zhang",
];
const TOPICS: &[&str] = &[
    "Sales",
    "Support",
    "Billing",
    "Returns",
    "Premium",
    "Partners",
    "Escalations",
    "Renewals",
    "Onboarding",
    "Claims",
    "Dispatch",
    "Warranty",
];
pub const BUSY_REASONS: &[&str] = &["Break", "Lunch", "Meeting", "Training", "Coaching"];
pub const DND_REASONS: &[&str] = &["Focus time", "Callback work"];

pub struct Org {
    pub sites: Vec<Site>,
    pub media_servers: Vec<MediaServer>,
    pub queues: Vec<Queue>,
    pub queue_groups: Vec<QueueGroup>,
    pub agent_groups: Vec<AgentGroup>,
    pub employees: Vec<Employee>,
    pub agents: Vec<Agent>,
}

/// Queue media in a realistic mix: mostly voice, then the digital channels.
fn media_for(i: usize) -> Media {
    match i % 8 {
        0..=3 => Media::Voice,
        4 => Media::Email,
        5 => Media::Chat,
        6 => Media::Sms,
        _ => Media::OpenMedia,
    }
}

fn queue_timing(media: Media) -> (Millis, Millis, Millis, Option<Millis>) {
    // (service level, mean handle, mean patience, wrap-up)
    match media {
        Media::Voice => (20 * SECOND, 4 * MINUTE, 3 * MINUTE, Some(30 * SECOND)),
        Media::Chat => (30 * SECOND, 6 * MINUTE, 4 * MINUTE, Some(20 * SECOND)),
        Media::Sms => (2 * MINUTE, 5 * MINUTE, 30 * MINUTE, None),
        Media::Email => (60 * MINUTE, 8 * MINUTE, 24 * 60 * MINUTE, None),
        Media::OpenMedia => (10 * MINUTE, 7 * MINUTE, 12 * 60 * MINUTE, None),
    }
}

/// What to generate: sizes, load, and each site's offset from UTC (cycled over the sites;
/// none means UTC).
pub struct Sizes<'a> {
    pub queues: usize,
    pub employees: usize,
    pub arrival_scale: f64,
    pub utc_offsets: &'a [Millis],
}

pub fn organisation(rng: &mut Rng, sizes: &Sizes) -> Org {
    let (queues, employees, arrival_scale) = (sizes.queues, sizes.employees, sizes.arrival_scale);
    let sites = ["Head Office", "Riverside"]
        .iter()
        .enumerate()
        .map(|(i, name)| Site {
            id: rng.guid(),
            name: (*name).to_owned(),
            utc_offset: match sizes.utc_offsets.len() {
                0 => 0,
                n => sizes.utc_offsets[i % n],
            },
        })
        .collect::<Vec<_>>();
    let media_servers = Media::ALL
        .iter()
        .map(|&media| MediaServer {
            id: rng.guid(),
            name: format!("{} server", media.name()),
            media,
        })
        .collect::<Vec<_>>();

    // One agent group per media per ~10 employees (at least one per media that has queues).
    let group_count = (employees / 10).max(Media::ALL.len());
    let mut agent_groups: Vec<AgentGroup> = (0..group_count)
        .map(|g| {
            let media = Media::ALL[g % Media::ALL.len()];
            AgentGroup {
                id: rng.guid(),
                name: format!("{} team {}", media.name(), g / Media::ALL.len() + 1),
                reporting: format!("{}", 100 + g),
                media: vec![media],
                members: Vec::new(),
            }
        })
        .collect();

    let mut emps = Vec::with_capacity(employees);
    let mut agents = Vec::new();
    for e in 0..employees {
        let first = FIRST[e % FIRST.len()];
        let last = LAST[(e / FIRST.len() + e * 7) % LAST.len()];
        // The first two employees carry the simulator's documented logins.
        let username = match e {
            0 => "supervisor".to_owned(),
            1 => "agent".to_owned(),
            _ => format!("{}.{}{}", ascii(first), ascii(last), e + 1).to_lowercase(),
        };
        let mut employee = Employee {
            id: rng.guid(),
            first_name: first.to_owned(),
            last_name: last.to_owned(),
            email: format!("{username}@example.com"),
            username,
            reporting: format!("{}", 2000 + e),
            extension: format!("{}", 4000 + e),
            site: e % sites.len(),
            supervisor: e % 25 == 0,
            presence: Presence::Offline,
            reason: None,
            entered_state_on: 0,
            agents: Vec::new(),
            groups: Vec::new(),
            first_login_today: None,
            last_logout_today: None,
            presence_epoch: 0,
            manual: false,
            // Staggered within the group: the n-th member of the primary group.
            shift: shift_for(
                agent_groups[e % group_count]
                    .media
                    .first()
                    .copied()
                    .unwrap_or(Media::Voice),
                e / group_count,
            ),
        };
        // Every employee is in a primary group; one in three also in a second one.
        let primary = e % group_count;
        let mut groups = vec![primary];
        if e % 3 == 0 && group_count > 1 {
            groups.push((primary + 1 + rng.below(group_count - 1)) % group_count);
        }
        for g in groups {
            agent_groups[g].members.push(e);
            employee.groups.push((g, GroupPresence::everywhere()));
            for &media in &agent_groups[g].media {
                if !employee
                    .agents
                    .iter()
                    .any(|&a: &usize| agents_media(&agents, a) == Some(media))
                {
                    employee.agents.push(agents.len());
                    agents.push(Agent {
                        id: rng.guid(),
                        reporting: format!("{}", 3000 + agents.len()),
                        employee: e,
                        media,
                        media_server: Media::ALL.iter().position(|&m| m == media).unwrap_or(0),
                        activity: Activity::LoggedOut,
                        entered_activity_on: 0,
                        conversations: Vec::new(),
                        wrap_until: None,
                        counters: AgentCounters::default(),
                        last_login: None,
                        last_logoff: None,
                        counted_from: 0,
                        last_unavailable: None,
                    });
                }
            }
        }
        emps.push(employee);
    }

    let qs: Vec<Queue> = (0..queues)
        .map(|i| {
            let media = media_for(i);
            let topic = TOPICS[i % TOPICS.len()];
            let round = i / TOPICS.len();
            let name = match (round, media) {
                (0, Media::Voice) => topic.to_owned(),
                (0, m) => format!("{topic} {}", m.name()),
                (r, Media::Voice) => format!("{topic} {}", r + 1),
                (r, m) => format!("{topic} {} {}", m.name(), r + 1),
            };
            let (service_level, mean_handle, mean_patience, wrap_up) = queue_timing(media);
            let serving: Vec<usize> = agent_groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.media.contains(&media))
                .map(|(gi, _)| gi)
                .collect();
            // Each queue is served by one or two of the groups of its media.
            let mut groups = Vec::new();
            if let Some(&g) = serving.get(i % serving.len().max(1)) {
                groups.push(g);
            }
            if serving.len() > 1
                && i % 2 == 0
                && let Some(&g) = serving.get((i / 2 + 1) % serving.len())
                && !groups.contains(&g)
            {
                groups.push(g);
            }
            // Mean arrivals at the media's busiest hour: enough at the default size (60
            // employees, 12 queues) that queues form at the peaks, digital ones included
            // (their agents take several conversations at once).
            let base_rate = match media {
                Media::Voice => 20.0,
                Media::Chat => 110.0,
                Media::Sms => 90.0,
                Media::Email => 80.0,
                Media::OpenMedia => 45.0,
            };
            Queue {
                id: rng.guid(),
                name,
                reporting: format!("{}", 1000 + i),
                dialable: format!("{}", 5000 + i),
                media,
                site: i % sites.len(),
                agent_groups: groups,
                arrivals_per_hour: base_rate * rng.range(0.5, 1.5) * arrival_scale,
                service_level,
                service_level_goal_pct: 80.0,
                short_abandon: 10 * SECOND,
                mean_handle,
                mean_patience,
                wrap_up,
                do_not_disturb: false,
                deleted: false,
            }
        })
        .collect();

    // Queue groups gather up to six queues of the same media.
    let mut queue_groups = Vec::new();
    for media in Media::ALL {
        let members: Vec<usize> = (0..qs.len()).filter(|&q| qs[q].media == media).collect();
        for (n, chunk) in members.chunks(6).enumerate() {
            if chunk.len() < 2 {
                continue;
            }
            queue_groups.push(QueueGroup {
                id: rng.guid(),
                name: format!("All {} {}", media.name(), n + 1),
                reporting: format!("{}", 9000 + queue_groups.len()),
                media,
                members: chunk.to_vec(),
            });
        }
    }

    Org {
        sites,
        media_servers,
        queues: qs,
        queue_groups,
        agent_groups,
        employees: emps,
        agents,
    }
}

fn agents_media(agents: &[Agent], a: usize) -> Option<Media> {
    agents.get(a).map(|a| a.media)
}

/// Usernames stay ASCII whatever the display name.
fn ascii(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'é' => Some('e'),
            'ë' => Some('e'),
            'í' => Some('i'),
            c if c.is_ascii_alphabetic() => Some(c),
            _ => None,
        })
        .collect()
}
