//! The things a contact center is made of, as the simulation holds them.
//! Indices into the world's vectors link them; ids are the GUIDs the API shows.

use crate::simtime::Millis;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Media {
    Voice,
    Email,
    Chat,
    Sms,
    OpenMedia,
}

impl Media {
    pub const ALL: [Media; 5] = [
        Media::Voice,
        Media::Email,
        Media::Chat,
        Media::Sms,
        Media::OpenMedia,
    ];

    /// The name real servers send for the `MediaType` enum.
    pub fn name(self) -> &'static str {
        match self {
            Media::Voice => "Voice",
            Media::Email => "Email",
            Media::Chat => "Chat",
            Media::Sms => "Sms",
            Media::OpenMedia => "OpenMedia",
        }
    }

    pub fn parse(s: &str) -> Option<Media> {
        Media::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(s))
    }

    /// How many conversations of this media an agent handles at once.
    pub fn capacity(self) -> usize {
        match self {
            Media::Voice => 1,
            Media::Email | Media::OpenMedia => 2,
            Media::Chat | Media::Sms => 3,
        }
    }

    /// The `NodeTypes` name of the media server handling this media.
    pub fn node_type(self) -> &'static str {
        match self {
            Media::Voice => "SIP",
            Media::Email => "MCCEmail",
            Media::Chat => "MCCWebChat",
            Media::Sms => "MCCSms",
            Media::OpenMedia => "MCCOpenMedia",
        }
    }
}

/// `PresenceAvailability` of an employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Presence {
    Available,
    Busy,
    DoNotDisturb,
    Away,
    Offline,
}

impl Presence {
    pub const ALL: [Presence; 5] = [
        Presence::Available,
        Presence::Busy,
        Presence::DoNotDisturb,
        Presence::Away,
        Presence::Offline,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Presence::Available => "Available",
            Presence::Busy => "Busy",
            Presence::DoNotDisturb => "DoNotDisturb",
            Presence::Away => "Away",
            Presence::Offline => "Offline",
        }
    }

    pub fn parse(s: &str) -> Option<Presence> {
        Presence::ALL
            .into_iter()
            .find(|p| p.name().eq_ignore_ascii_case(s))
    }

    pub fn logged_in(self) -> bool {
        self != Presence::Offline
    }
}

/// What an agent (an employee on one media) is doing: the `CurrentState` of an agent state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activity {
    LoggedOut,
    Idle,
    Ringing,
    Acd,
    WorkTimer,
    MakeBusy,
    DoNotDisturb,
    Away,
}

impl Activity {
    pub fn name(self) -> &'static str {
        match self {
            Activity::LoggedOut => "LoggedOut",
            Activity::Idle => "Idle",
            Activity::Ringing => "Ringing",
            Activity::Acd => "ACD",
            Activity::WorkTimer => "WorkTimer",
            Activity::MakeBusy => "MakeBusy",
            Activity::DoNotDisturb => "DoNotDisturb",
            Activity::Away => "Away",
        }
    }

    /// Logged in but not taking work: what queue states count as unavailable.
    pub fn unavailable(self) -> bool {
        matches!(
            self,
            Activity::MakeBusy | Activity::DoNotDisturb | Activity::Away
        )
    }
}

/// `ConversationState` as real servers name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConvState {
    InQueue,
    Offered,
    Acd,
    Handled,
    Abandoned,
    Ended,
}

impl ConvState {
    pub fn name(self) -> &'static str {
        match self {
            ConvState::InQueue => "InQueue",
            ConvState::Offered => "Offered",
            ConvState::Acd => "ACD",
            ConvState::Handled => "Handled",
            ConvState::Abandoned => "Abandoned",
            ConvState::Ended => "Ended",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Site {
    pub id: String,
    pub name: String,
    /// Fixed offset of the site's local time from UTC: "today" starts at its midnight.
    pub utc_offset: Millis,
}

#[derive(Debug, Clone)]
pub struct MediaServer {
    pub id: String,
    pub name: String,
    pub media: Media,
}

#[derive(Debug, Clone)]
pub struct Queue {
    pub id: String,
    pub name: String,
    pub reporting: String,
    pub dialable: String,
    pub media: Media,
    pub site: usize,
    pub agent_groups: Vec<usize>,
    /// Mean arrivals per simulated hour at the media's busiest hour; the rest of the day
    /// follows `day::arrival_curve` (a non-homogeneous Poisson process).
    pub arrivals_per_hour: f64,
    /// Answering within this counts toward the service level.
    pub service_level: Millis,
    pub service_level_goal_pct: f64,
    /// Abandoning before this is not counted against the service level.
    pub short_abandon: Millis,
    pub mean_handle: Millis,
    pub mean_patience: Millis,
    /// Mean after-conversation work; `None` when the queue has no wrap-up.
    pub wrap_up: Option<Millis>,
    pub do_not_disturb: bool,
    /// Deleted through the API: hidden, receives nothing.
    pub deleted: bool,
}

#[derive(Debug, Clone)]
pub struct QueueGroup {
    pub id: String,
    pub name: String,
    pub reporting: String,
    pub media: Media,
    pub members: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct AgentGroup {
    pub id: String,
    pub name: String,
    pub reporting: String,
    pub media: Vec<Media>,
    pub members: Vec<usize>,
}

/// Where an employee is present in one of their agent groups. Presence is per agent, and
/// an employee has one agent per media, so it is kept per media: an agent of a media the
/// group does not serve is never present in it. Members start present on every media.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupPresence {
    absent: Vec<Media>,
}

impl GroupPresence {
    /// Present on every media the group serves.
    pub fn everywhere() -> Self {
        Self::default()
    }

    pub fn is_present(&self, media: Media) -> bool {
        !self.absent.contains(&media)
    }

    /// Sets presence on one media; `true` when that changed something.
    pub fn set(&mut self, media: Media, present: bool) -> bool {
        if present == self.is_present(media) {
            return false;
        }
        if present {
            self.absent.retain(|&m| m != media);
        } else {
            self.absent.push(media);
        }
        true
    }
}

#[derive(Debug, Clone)]
pub struct Employee {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub username: String,
    pub reporting: String,
    pub email: String,
    pub extension: String,
    pub site: usize,
    pub supervisor: bool,
    pub presence: Presence,
    pub reason: Option<String>,
    pub entered_state_on: Millis,
    pub agents: Vec<usize>,
    /// Agent groups the employee belongs to, with the media they are present on in each.
    pub groups: Vec<(usize, GroupPresence)>,
    pub first_login_today: Option<Millis>,
    pub last_logout_today: Option<Millis>,
    /// Bumped on every presence change so a stale scheduled change is ignored.
    pub presence_epoch: u64,
    /// Presence changes only when a person (API or admin) says so, not on its own.
    pub manual: bool,
    /// When the employee works, in the site's local time: logged in at its start, out at
    /// its end.
    pub shift: super::day::Shift,
}

impl Employee {
    /// "First Last"; either part may be empty (a rename to one word), and then there is no
    /// stray space.
    pub fn name(&self) -> String {
        match (self.first_name.is_empty(), self.last_name.is_empty()) {
            (false, false) => format!("{} {}", self.first_name, self.last_name),
            (true, _) => self.last_name.clone(),
            (false, true) => self.first_name.clone(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct AgentCounters {
    pub acd_today: u32,
    pub acd_ms_today: Millis,
    pub work_timer_ms_today: Millis,
    pub make_busy_ms_today: Millis,
    pub dnd_ms_today: Millis,
    pub logged_in_ms_today: Millis,
    pub answered_handle_ms_today: Millis,
}

#[derive(Debug, Clone)]
pub struct Agent {
    pub id: String,
    pub reporting: String,
    pub employee: usize,
    pub media: Media,
    pub media_server: usize,
    pub activity: Activity,
    pub entered_activity_on: Millis,
    /// Active conversations (sequence numbers), ringing or connected.
    pub conversations: Vec<u64>,
    /// End of the current wrap-up, if in one.
    pub wrap_until: Option<Millis>,
    pub counters: AgentCounters,
    pub last_login: Option<Millis>,
    pub last_logoff: Option<Millis>,
    /// Where today's share of the current activity begins: when it was entered, or the
    /// last local midnight if that came later.
    pub counted_from: Millis,
    /// When the agent last left an unavailable activity (make busy, do not disturb, away).
    pub last_unavailable: Option<Millis>,
}

#[derive(Debug, Clone)]
pub struct Conversation {
    pub seq: u64,
    pub id: String,
    pub media: Media,
    pub queue: usize,
    pub state: ConvState,
    pub from_name: String,
    pub from_address: String,
    pub to_address: String,
    pub subject: String,
    pub priority: u32,
    pub offered_to_system: Millis,
    pub offered_to_queue: Millis,
    pub offered_to_agent: Option<Millis>,
    pub accepted_at: Option<Millis>,
    pub agent: Option<usize>,
    /// Abandons the queue at this time if still waiting.
    pub patience_until: Millis,
    /// How long the agent will talk/work on it once accepted.
    pub handle_time: Millis,
    pub on_hold: bool,
    /// Started by an agent (not routed from a queue); not counted in queue statistics.
    pub outbound: bool,
    pub transfer_count: u32,
    pub variables: Vec<(String, String)>,
    /// Open media items carry the integrator's links.
    pub target_uri: Option<String>,
}
