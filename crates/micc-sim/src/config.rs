//! Command-line configuration.

use std::path::PathBuf;

use crate::wire::WireForm;

#[derive(Debug, Clone, clap::Parser)]
#[command(
    name = "micc-sim",
    version,
    about = "Simulator of the Mitel CX SDK server"
)]
pub struct Config {
    /// Address to bind. Loopback by default: the simulator is a development tool.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port to bind; 0 picks a free one (the chosen URL is printed).
    #[arg(long, default_value_t = 8080, env = "MICC_SIM_PORT")]
    pub port: u16,
    /// Seed of the simulated world: the same seed (and start time) gives the same day.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Number of queues.
    #[arg(long, default_value_t = 12)]
    pub queues: usize,
    /// Number of employees (each is an agent on one to three media).
    #[arg(long, default_value_t = 60)]
    pub agents: usize,
    /// Simulated seconds per real second; 0 freezes the world (tests advance it through
    /// the admin endpoint).
    #[arg(long, default_value_t = 1.0)]
    pub speed: f64,
    /// Multiplies every queue's arrival rate.
    #[arg(long, default_value_t = 1.0)]
    pub arrival_scale: f64,
    /// Simulated start, in milliseconds since the Unix epoch (default: now).
    #[arg(long)]
    pub start_time: Option<i64>,
    /// A site's fixed offset from UTC (`+01:00`, `-05:00`, `+5:30`, `-3`, `0`): its
    /// "today" starts at its local midnight, arrivals and shifts follow its local hours.
    /// Repeat for the next sites (cycled over them); default: every site on UTC.
    #[arg(long = "utc-offset", value_parser = parse_utc_offset, allow_hyphen_values = true)]
    pub utc_offsets: Vec<i64>,
    /// JSON form of answers: camel (camelCase, enum names; what real servers send) or
    /// pascal (the reference's PascalCase and integer enums).
    #[arg(long, value_enum, default_value_t = WireForm::Camel)]
    pub wire: WireForm,
    /// Largest page of a collection; `$top` above it is capped and `_links.next` given.
    #[arg(long, default_value_t = 500)]
    pub page_size: usize,
    /// Lifetime of issued tokens, in seconds (`expires_in`).
    #[arg(long, default_value_t = 3600)]
    pub token_lifetime: u64,
    /// A login for the password grant, `username:password`; repeatable. Without any, the
    /// employees `supervisor` and `agent` log in with the passwords `supervisor` and `agent`.
    #[arg(long = "user")]
    pub users: Vec<String>,
    /// A client for the client-credentials grant, `id:secret`; repeatable. Default
    /// `wallboard:wallboard-secret`.
    #[arg(long = "client")]
    pub clients: Vec<String>,
    /// Directory served at `/` (the demo pages).
    #[arg(long)]
    pub www: Option<PathBuf>,
    /// Directory served at `/pkg/` (the built wasm packages).
    #[arg(long)]
    pub pkg: Option<PathBuf>,
    /// CORS of the API (REST, token endpoint, SignalR): `any` origin with credentials
    /// (SignalR 2's `CorsOptions.AllowAll`, what standalone pages need), the `allow-list`
    /// of `--allow-origin`, or `none` (a same-origin proxy is the only way in).
    #[arg(long, value_enum, default_value_t = crate::cors::CorsMode::Any)]
    pub cors: crate::cors::CorsMode,
    /// An origin CORS allows (repeatable): the list of `--cors allow-list`; the admin
    /// endpoint and static files allow these besides any http://localhost and
    /// http://127.0.0.1 origin.
    #[arg(long = "allow-origin")]
    pub allowed_origins: Vec<String>,
    /// Added latency on every API answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Probability of answering an API call with `--error-status` instead.
    #[arg(long, default_value_t = 0.0)]
    pub error_rate: f64,
    #[arg(long, default_value_t = 503)]
    pub error_status: u16,
    /// Probability of answering 429 with `Retry-After`.
    #[arg(long, default_value_t = 0.0)]
    pub rate_limit_rate: f64,
    /// Probability of answering 200 with an HTML page instead of JSON.
    #[arg(long, default_value_t = 0.0)]
    pub malformed_rate: f64,
    /// Probability of cutting an answer's body in half.
    #[arg(long, default_value_t = 0.0)]
    pub truncate_rate: f64,
    /// Serves `GET /demo/token`, a token for this user, standing in for the backend of an
    /// intranet page: it hands the browser a token so the page never holds a password. Off
    /// unless given (the demo command gives `supervisor`).
    #[arg(long)]
    pub demo_token_user: Option<String>,
    /// Disables the `/admin` endpoint (fault scripting, clock, token revocation).
    #[arg(long)]
    pub no_admin: bool,
    /// SignalR `DisconnectTimeout` in seconds: a connection without a transport for this
    /// long is gone; keep-alives go out every third of it (SignalR's defaults: 30 and 10).
    #[arg(long, default_value_t = 30.0)]
    pub signalr_disconnect_timeout: f64,
    /// SignalR `ConnectionTimeout` in seconds: how long a long poll is held open.
    #[arg(long, default_value_t = 110.0)]
    pub signalr_connection_timeout: f64,
    /// Refuse WebSocket upgrades (400), as behind a proxy without WebSocket support.
    #[arg(long)]
    pub signalr_refuse_websockets: bool,
    /// Hold every long poll this many milliseconds before serving it.
    #[arg(long, default_value_t = 0)]
    pub signalr_poll_delay_ms: u64,
    /// Stall long polls (no answer) until the fault is lifted through /admin.
    #[arg(long)]
    pub signalr_stall_polls: bool,
    /// Delay every delivery of hub events by this many milliseconds.
    #[arg(long, default_value_t = 0)]
    pub signalr_message_delay_ms: u64,
    /// Probability of delivering hub events twice.
    #[arg(long, default_value_t = 0.0)]
    pub signalr_duplicate_rate: f64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            host: "127.0.0.1".into(),
            port: 0,
            seed: 1,
            queues: 12,
            agents: 60,
            speed: 0.0,
            arrival_scale: 1.0,
            start_time: Some(1_767_261_600_000),
            utc_offsets: Vec::new(),
            wire: WireForm::Camel,
            page_size: 500,
            token_lifetime: 3600,
            users: Vec::new(),
            clients: Vec::new(),
            www: None,
            pkg: None,
            cors: crate::cors::CorsMode::Any,
            allowed_origins: Vec::new(),
            latency_ms: 0,
            error_rate: 0.0,
            error_status: 503,
            rate_limit_rate: 0.0,
            malformed_rate: 0.0,
            truncate_rate: 0.0,
            demo_token_user: None,
            no_admin: false,
            signalr_disconnect_timeout: 30.0,
            signalr_connection_timeout: 110.0,
            signalr_refuse_websockets: false,
            signalr_poll_delay_ms: 0,
            signalr_stall_polls: false,
            signalr_message_delay_ms: 0,
            signalr_duplicate_rate: 0.0,
        }
    }
}

/// `±HH[:MM]` (or `Z`) as milliseconds ahead of UTC, within ±14 hours.
pub fn parse_utc_offset(s: &str) -> Result<i64, String> {
    let t = s.trim();
    let t = t.strip_prefix("UTC").unwrap_or(t);
    if t.is_empty() || t.eq_ignore_ascii_case("z") {
        return Ok(0);
    }
    let (sign, rest) = match t.as_bytes().first() {
        Some(b'-') => (-1, &t[1..]),
        Some(b'+') => (1, &t[1..]),
        _ => (1, t),
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    let bad = || format!("not a UTC offset (like +01:00 or -5): {s}");
    let h: i64 = h.parse().map_err(|_| bad())?;
    let m: i64 = m.parse().map_err(|_| bad())?;
    if !(0..60).contains(&m) || h * 60 + m > 14 * 60 || h < 0 {
        return Err(bad());
    }
    Ok(sign * (h * 60 + m) * 60_000)
}

impl Config {
    /// `name:secret` pairs, with the defaults when none are given.
    fn pairs(
        list: &[String],
        defaults: &[(&str, &str)],
    ) -> std::collections::HashMap<String, String> {
        if list.is_empty() {
            return defaults
                .iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect();
        }
        list.iter()
            .filter_map(|s| s.split_once(':'))
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .collect()
    }

    /// The real-time faults the flags ask for.
    pub fn realtime_faults(&self) -> crate::faults::RealtimeFaults {
        crate::faults::RealtimeFaults {
            refuse_websockets: self.signalr_refuse_websockets,
            poll_delay_ms: self.signalr_poll_delay_ms,
            stall_polls: self.signalr_stall_polls,
            message_delay_ms: self.signalr_message_delay_ms,
            duplicate_rate: self.signalr_duplicate_rate.clamp(0.0, 1.0),
            block_signalr: false,
        }
    }

    pub fn credentials(&self) -> crate::auth::Credentials {
        crate::auth::Credentials {
            users: Self::pairs(
                &self.users,
                &[("supervisor", "supervisor"), ("agent", "agent")],
            ),
            clients: Self::pairs(&self.clients, &[("wallboard", "wallboard-secret")]),
        }
    }
}
