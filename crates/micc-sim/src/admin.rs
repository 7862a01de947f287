//! `/admin`: what tests and demos need beyond the API: scripted faults, the simulated clock,
//! token revocation and forced states. Unauthenticated: the simulator binds to loopback.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use crate::AppState;
use crate::faults::{Rates, RealtimeFaults, Scripted};
use crate::signalr::conn::{Stop, TransportKind};
use crate::world::Presence;

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/health", get(|| async { Json(json!({ "ok": true })) }))
        .route("/faults", post(script_fault))
        .route("/faults", delete(clear_faults))
        .route("/faults/rates", put(set_rates))
        .route("/tokens/revoke", post(revoke))
        .route("/tokens/expire", post(expire))
        .route("/clock/advance", post(advance))
        .route("/queues/{key}/dnd", post(queue_dnd))
        .route("/employees/{key}/state", post(employee_state))
        .route("/queues/{key}/name", post(rename_queue))
        .route("/employees/{key}/name", post(rename_employee))
        .route("/signalr/connections", get(signalr_connections))
        .route("/signalr/drop", post(signalr_drop))
        .route(
            "/signalr/faults",
            put(set_signalr_faults).get(get_signalr_faults),
        )
}

fn bad(message: impl Into<String>) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({ "message": message.into() })),
    )
        .into_response()
}

async fn script_fault(State(s): State<Arc<AppState>>, Json(f): Json<Scripted>) -> Response {
    if let Ok(mut faults) = s.faults.lock() {
        faults.script(f);
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn clear_faults(State(s): State<Arc<AppState>>) -> Response {
    if let Ok(mut faults) = s.faults.lock() {
        faults.clear();
    }
    s.signalr.set_faults(RealtimeFaults::default());
    StatusCode::NO_CONTENT.into_response()
}

async fn set_rates(State(s): State<Arc<AppState>>, Json(r): Json<Rates>) -> Response {
    let probabilities = [
        r.error_rate,
        r.rate_limit_rate,
        r.malformed_rate,
        r.truncate_rate,
    ];
    if probabilities.iter().any(|p| !(0.0..=1.0).contains(p)) {
        return bad("rates are probabilities between 0 and 1");
    }
    if let Ok(mut faults) = s.faults.lock() {
        faults.rates = r;
    }
    StatusCode::NO_CONTENT.into_response()
}

#[derive(Deserialize, Default)]
struct Who {
    #[serde(default)]
    user: Option<String>,
}

async fn revoke(State(s): State<Arc<AppState>>, body: Option<Json<Who>>) -> Response {
    let who = body.map(|Json(w)| w).unwrap_or_default();
    Json(json!({ "revoked": s.tokens.revoke(who.user.as_deref()) })).into_response()
}

async fn expire(State(s): State<Arc<AppState>>) -> Response {
    Json(json!({ "expired": s.tokens.expire_all() })).into_response()
}

#[derive(Deserialize)]
struct Advance {
    seconds: f64,
}

async fn advance(State(s): State<Arc<AppState>>, Json(a): Json<Advance>) -> Response {
    if !(0.0..=7.0 * 86_400.0).contains(&a.seconds) {
        return bad("seconds must be between 0 and a week");
    }
    let now = match s.world.lock() {
        Ok(mut w) => {
            let target = w.now + (a.seconds * 1000.0) as i64;
            w.advance_to(target);
            w.now
        }
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    crate::events::publish(&s);
    Json(json!({ "now": crate::simtime::iso8601(now) })).into_response()
}

#[derive(Deserialize)]
struct Dnd {
    on: bool,
}

/// Applies an admin change to the world, tells SignalR subscribers, and answers 204 or a 400
/// with the reason.
fn change(
    s: &AppState,
    f: impl FnOnce(&mut crate::world::World) -> Result<(), String>,
) -> Response {
    let result = s
        .world
        .lock()
        .map_err(|_| "unavailable".to_owned())
        .and_then(|mut w| f(&mut w));
    crate::events::publish(s);
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => bad(e),
    }
}

async fn queue_dnd(
    State(s): State<Arc<AppState>>,
    Path(key): Path<String>,
    Json(d): Json<Dnd>,
) -> Response {
    change(&s, |w| {
        let q = w
            .queue_by_key(&key)
            .ok_or_else(|| format!("no queue {key}"))?;
        w.set_queue_dnd(q, d.on).map_err(|e| e.to_string())
    })
}

/// `{"name": "..."}` for a queue; for an employee also `{"firstName", "lastName"}` (a
/// `name` alone becomes the first name and clears the last one, so the full name is it).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rename {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    first_name: Option<String>,
    #[serde(default)]
    last_name: Option<String>,
}

/// Names are shown by every client: they are the place to try markup and long texts on.
const MAX_NAME_CHARS: usize = 200;

fn checked_name(name: Option<String>, field: &str) -> Result<String, String> {
    let name = name.ok_or_else(|| format!("{field} is required"))?;
    if name.trim().is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "{field} must have 1 to {MAX_NAME_CHARS} characters"
        ));
    }
    Ok(name)
}

async fn rename_queue(
    State(s): State<Arc<AppState>>,
    Path(key): Path<String>,
    Json(r): Json<Rename>,
) -> Response {
    let name = match checked_name(r.name, "name") {
        Ok(n) => n,
        Err(e) => return bad(e),
    };
    change(&s, |w| {
        let q = w
            .queue_by_key(&key)
            .ok_or_else(|| format!("no queue {key}"))?;
        w.rename_queue(q, name).map_err(|e| e.to_string())
    })
}

async fn rename_employee(
    State(s): State<Arc<AppState>>,
    Path(key): Path<String>,
    Json(r): Json<Rename>,
) -> Response {
    let names = match (r.name, r.first_name, r.last_name) {
        (Some(name), None, None) => checked_name(Some(name), "name").map(|n| (n, String::new())),
        (None, first, last) if first.is_some() || last.is_some() => {
            let first = first.unwrap_or_default();
            let last = last.unwrap_or_default();
            checked_name(Some(format!("{first}{last}")), "firstName + lastName")
                .map(|_| (first, last))
        }
        _ => Err("give name, or firstName and/or lastName".to_owned()),
    };
    let (first, last) = match names {
        Ok(n) => n,
        Err(e) => return bad(e),
    };
    change(&s, |w| {
        let e = w
            .employee_by_key(&key)
            .ok_or_else(|| format!("no employee {key}"))?;
        w.rename_employee(e, first, last).map_err(|e| e.to_string())
    })
}

#[derive(Deserialize)]
struct ForcedState {
    presence: String,
    #[serde(default)]
    reason: Option<String>,
}

async fn employee_state(
    State(s): State<Arc<AppState>>,
    Path(key): Path<String>,
    Json(f): Json<ForcedState>,
) -> Response {
    let Some(presence) = Presence::parse(&f.presence) else {
        return bad(format!("unknown presence {}", f.presence));
    };
    change(&s, |w| {
        let e = w
            .employee_by_key(&key)
            .ok_or_else(|| format!("no employee {key}"))?;
        w.set_presence(e, presence, f.reason)
            .map_err(|e| e.to_string())
    })
}

async fn signalr_connections(State(s): State<Arc<AppState>>) -> Response {
    match s.world.lock() {
        Ok(w) => Json(s.signalr.describe(&w)).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct DropRequest {
    #[serde(default)]
    connection_id: Option<String>,
    /// Also cut event streams and pending long polls, not only WebSockets.
    #[serde(default)]
    all_transports: bool,
}

/// Cuts transports off the network now, without a goodbye (a WebSocket closes without a
/// close frame): clients must notice, reconnect and resume with their cursor.
async fn signalr_drop(State(s): State<Arc<AppState>>, body: Option<Json<DropRequest>>) -> Response {
    let d = body.map(|Json(d)| d).unwrap_or_default();
    let kinds: &[TransportKind] = if d.all_transports {
        &[
            TransportKind::WebSockets,
            TransportKind::ServerSentEvents,
            TransportKind::LongPolling,
        ]
    } else {
        &[TransportKind::WebSockets]
    };
    let dropped = s
        .signalr
        .stop_transports(d.connection_id.as_deref(), Stop::Dropped, kinds);
    Json(json!({ "dropped": dropped })).into_response()
}

async fn set_signalr_faults(
    State(s): State<Arc<AppState>>,
    Json(f): Json<RealtimeFaults>,
) -> Response {
    if !(0.0..=1.0).contains(&f.duplicate_rate) {
        return bad("duplicateRate is a probability between 0 and 1");
    }
    s.signalr.set_faults(f);
    StatusCode::NO_CONTENT.into_response()
}

async fn get_signalr_faults(State(s): State<Arc<AppState>>) -> Response {
    Json(s.signalr.faults()).into_response()
}
