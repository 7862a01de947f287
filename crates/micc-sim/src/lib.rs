#![recursion_limit = "256"]
//! micc-sim: a simulator of the Mitel CX SDK server.
//!
//! [`app`] builds the whole HTTP surface (REST API, token endpoint, real-time SignalR
//! channel, admin endpoint, static files) as an axum [`Router`] so tests can drive it
//! in-process; [`serve`] binds it, starts the clock that moves the simulated contact center,
//! and prints the one line harnesses wait for: `micc-sim listening on http://127.0.0.1:PORT`.

pub mod admin;
pub mod auth;
pub mod config;
pub mod cors;
pub mod events;
pub mod faults;
pub mod odata;
pub mod rest;
pub mod rng;
pub mod signalr;
pub mod simtime;
pub mod token_endpoint;
pub mod wire;
pub mod world;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use tower::ServiceExt;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::services::ServeDir;

pub use config::Config;
use world::{World, WorldConfig};

/// Everything a request handler may read.
pub struct AppState {
    pub config: Config,
    pub world: Mutex<World>,
    pub tokens: auth::TokenStore,
    pub credentials: auth::Credentials,
    pub faults: Mutex<faults::Faults>,
    pub events: tokio::sync::broadcast::Sender<Arc<events::Event>>,
    /// The real-time hubs (`/miccsdk/signalr`).
    pub signalr: signalr::Server,
    pub started: Instant,
    /// Simulated time at `started`; the clock maps wall time onto it.
    pub sim_start: simtime::Millis,
}

impl AppState {
    pub fn new(config: Config) -> Arc<Self> {
        let start = config.start_time.unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as i64)
        });
        let world = World::new(&WorldConfig {
            seed: config.seed,
            queues: config.queues,
            agents: config.agents,
            arrival_scale: config.arrival_scale,
            start,
            utc_offsets: config.utc_offsets.clone(),
        });
        let rates = faults::Rates {
            latency_ms: config.latency_ms,
            error_rate: config.error_rate,
            error_status: config.error_status,
            rate_limit_rate: config.rate_limit_rate,
            malformed_rate: config.malformed_rate,
            truncate_rate: config.truncate_rate,
        };
        let (events, _) = tokio::sync::broadcast::channel(4096);
        let signalr = signalr::Server::new(
            signalr::Settings::from_config(&config),
            config.realtime_faults(),
            &world,
        );
        Arc::new(AppState {
            signalr,
            tokens: auth::TokenStore::new(Duration::from_secs(config.token_lifetime)),
            credentials: config.credentials(),
            faults: Mutex::new(faults::Faults::new(rates, config.seed)),
            world: Mutex::new(world),
            events,
            started: Instant::now(),
            sim_start: start,
            config,
        })
    }
}

pub fn app(config: &Config) -> Router {
    router(AppState::new(config.clone()))
}

pub fn router(state: Arc<AppState>) -> Router {
    let mut router = Router::new()
        .route("/miccsdk/api/v1/{*rest}", any(rest::dispatch))
        .route("/miccsdk/signalr/{*rest}", any(signalr::handle))
        .route("/authorizationserver/token", any(token_endpoint::token))
        .route(
            "/authorizationserver/api/account",
            any(token_endpoint::account),
        )
        .route(
            "/demo/token",
            axum::routing::get(token_endpoint::demo_token),
        );
    if !state.config.no_admin {
        router = router.nest("/admin", admin::router());
    }
    router
        .fallback(fallback)
        .with_state(state.clone())
        .layer(
            tower_http::compression::CompressionLayer::new()
                .compress_when(DefaultPredicate::new().and(signalr::http::compressible)),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cors::middleware,
        ))
}

/// Paths in another casing (IIS does not care: `/MiccSdk/api/v1/...`,
/// `/AuthorizationServer/Token`), then the static files, then a JSON 404.
async fn fallback(State(state): State<Arc<AppState>>, req: Request) -> Response {
    let path = req.uri().path().to_ascii_lowercase();
    if path.starts_with("/miccsdk/signalr/") {
        return signalr::handle(State(state), req).await;
    }
    if path.starts_with("/miccsdk/api/v1/")
        || path == "/authorizationserver/token"
        || path == "/authorizationserver/api/account"
    {
        let (parts, body) = req.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, rest::MAX_BODY).await else {
            return StatusCode::PAYLOAD_TOO_LARGE.into_response();
        };
        let headers = parts.headers;
        return match path.as_str() {
            "/authorizationserver/token" => {
                token_endpoint::token(State(state), parts.method, headers, bytes)
                    .await
                    .into_response()
            }
            "/authorizationserver/api/account" => token_endpoint::account(State(state), headers)
                .await
                .into_response(),
            _ => rest::dispatch(State(state), parts.method, parts.uri, headers, bytes).await,
        };
    }
    if let Some(rest) = path.strip_prefix("/pkg/") {
        if let Some(dir) = &state.config.pkg {
            return serve_dir(dir, &format!("/{rest}"), req).await;
        }
    } else if let Some(dir) = &state.config.www {
        let p = req.uri().path().to_owned();
        return serve_dir(dir, &p, req).await;
    }
    rest::error(
        state.config.wire,
        rest::ApiError::NotFound(format!("'{}' was not found.", req.uri().path())),
    )
}

async fn serve_dir(dir: &std::path::Path, path: &str, req: Request) -> Response {
    let (mut parts, body) = req.into_parts();
    let Ok(uri) = path.parse() else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    parts.uri = uri;
    match ServeDir::new(dir)
        .oneshot(Request::from_parts(parts, body))
        .await
    {
        Ok(r) => r.map(Body::new),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// Moves the world along with the wall clock (times `speed`) and publishes what changed.
pub fn spawn_clock(state: Arc<AppState>) {
    if state.config.speed <= 0.0 {
        return;
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_millis(100));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            tick.tick().await;
            let elapsed = state.started.elapsed().as_secs_f64() * 1000.0 * state.config.speed;
            let target = state.sim_start + elapsed as simtime::Millis;
            if let Ok(mut w) = state.world.lock() {
                // Never go back: the admin endpoint may have advanced the world further.
                let target = target.max(w.now);
                w.advance_to(target);
            }
            events::publish(&state);
        }
    });
}

pub async fn serve(config: Config) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind((config.host.as_str(), config.port)).await?;
    let addr = listener.local_addr()?;
    let state = AppState::new(config);
    spawn_clock(state.clone());
    println!("micc-sim listening on http://{addr}");
    let hubs = state.clone();
    // No Nagle: a pushed event must leave at once, as servers that stream (IIS and
    // Kestrel WebSockets) send them; with Nagle and delayed ACKs a small frame waits
    // for the previous one's ACK (tens of ms: measured in micc-client's BENCHMARKS.md).
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async move {
            let _ = tokio::signal::ctrl_c().await;
            // Long polls would hold the graceful shutdown for up to the connection timeout;
            // SignalR answers them `T:1` (reconnect) and ends its streams instead.
            hubs.signalr.shutdown();
        })
        .await
}
