//! `POST /authorizationserver/token` (OAuth2 password and client-credentials grants, with
//! the `Impersonate` header) and `GET /authorizationserver/api/account` (the token's claims).

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value, json};

use crate::AppState;
use crate::auth::{Granted, Principal, grant};
use micc_wire::calendar;

pub async fn token(
    State(state): State<Arc<AppState>>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if method != Method::POST {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "POST")]).into_response();
    }
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
    if !is_form {
        return oauth_error(
            400,
            "invalid_request",
            "the body must be application/x-www-form-urlencoded",
        );
    }
    let Ok(text) = std::str::from_utf8(&body) else {
        return oauth_error(400, "invalid_request", "the body is not UTF-8");
    };
    let form = micc_wire::form::decode(text);
    let impersonate = headers.get("impersonate").and_then(|v| v.to_str().ok());
    let lookup = |name: &str| {
        let w = state.world.lock().ok()?;
        let e = w.employee_by_key(name)?;
        Some((e, w.employees.get(e)?.supervisor))
    };
    match grant(&form, impersonate, &state.credentials, lookup) {
        Ok(principal) => {
            let user_name = user_name(&principal).to_owned();
            let granted = state.tokens.issue(principal);
            (
                [
                    (header::CACHE_CONTROL, "no-store"),
                    (header::PRAGMA, "no-cache"),
                ],
                Json(token_answer(&granted, &user_name)),
            )
                .into_response()
        }
        Err(e) => oauth_error(e.status, e.error, &e.description),
    }
}

/// The name a token speaks for: the user's (also when impersonated), or the client's.
fn user_name(p: &Principal) -> &str {
    match p {
        Principal::User { username, .. } => username,
        Principal::System { client_id } => client_id,
    }
}

/// The token answer as OWIN's OAuth authorization server writes it: the OAuth2 members, then
/// the authentication properties, `userName` (set by the server's provider, as in the Web API
/// template) and `.issued`/`.expires`, which OWIN writes in RFC 1123 (`"r"`) format.
fn token_answer(granted: &Granted, user_name: &str) -> Value {
    let expires = granted.issued_at + Duration::from_secs(granted.expires_in);
    json!({
        "access_token": granted.access_token,
        "token_type": "bearer",
        "expires_in": granted.expires_in,
        "userName": user_name,
        ".issued": http_date(granted.issued_at),
        ".expires": http_date(expires),
    })
}

/// RFC 1123 as .NET's `"r"` format writes it: `Tue, 01 Dec 2026 09:35:30 GMT`.
pub fn http_date(t: SystemTime) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = calendar::civil_from_days(days).unwrap_or((1970, 1, 1));
    let weekday = DAYS.get(usize::from(calendar::weekday_from_days(days)));
    let month = usize::from(m).checked_sub(1).and_then(|i| MONTHS.get(i));
    format!(
        "{}, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
        weekday.unwrap_or(&"Thu"),
        month.unwrap_or(&"Jan"),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Claim types as .NET's `ClaimTypes` names them.
const CLAIM_NAME: &str = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name";
const CLAIM_NAME_ID: &str = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier";
const CLAIM_ROLE: &str = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

fn oauth_error(status: u16, error: &str, description: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

/// `GET /authorizationserver/api/account`: the claims of the token's identity, as an OWIN
/// server's claims answer: one member per claim type (.NET's `ClaimTypes` URIs, plus
/// `client_id` for a token a client obtained, impersonating or not), its value a string, or an
/// array where the identity holds several claims of that type (roles). Mitel does not publish
/// this answer's shape; the one public page that reads it shows each member as a row of
/// claim and value, which this shape fits.
pub async fn account(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let mut claims = Map::new();
    match state.tokens.check(auth) {
        Ok(Principal::User {
            employee,
            username,
            supervisor,
            impersonated_by,
        }) => {
            let id = state
                .world
                .lock()
                .ok()
                .and_then(|w| w.employees.get(employee).map(|e| e.id.clone()));
            claims.insert(CLAIM_NAME.into(), json!(username));
            if let Some(id) = id {
                claims.insert(CLAIM_NAME_ID.into(), json!(id));
            }
            let roles = if supervisor {
                json!(["Agent", "Supervisor"])
            } else {
                json!("Agent")
            };
            claims.insert(CLAIM_ROLE.into(), roles);
            if let Some(client) = impersonated_by {
                claims.insert("client_id".into(), json!(client));
            }
        }
        Ok(Principal::System { client_id }) => {
            claims.insert(CLAIM_NAME.into(), json!(client_id));
            claims.insert(CLAIM_ROLE.into(), json!("System"));
            claims.insert("client_id".into(), json!(client_id));
        }
        Err(_) => {
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                Json(json!({ "Message": "Authorization has been denied for this request." })),
            )
                .into_response();
        }
    }
    Json(Value::Object(claims)).into_response()
}

/// `GET /demo/token`: what an intranet page's own backend would do, server-side, with the
/// credentials it keeps: obtain a token for the page. Only with `--demo-token-user`.
pub async fn demo_token(State(state): State<Arc<AppState>>) -> Response {
    let Some(user) = state.config.demo_token_user.clone() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let found = state.world.lock().ok().and_then(|w| {
        let e = w.employee_by_key(&user)?;
        Some((e, w.employees.get(e)?.supervisor))
    });
    let Some((employee, supervisor)) = found else {
        return oauth_error(400, "invalid_grant", "the demo user has no employee record");
    };
    let granted = state.tokens.issue(Principal::User {
        employee,
        username: user.clone(),
        supervisor,
        impersonated_by: None,
    });
    (
        [(header::CACHE_CONTROL, "no-store")],
        Json(token_answer(&granted, &user)),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_are_rfc_1123_as_dotnet_writes_them() {
        let at = |secs: u64| http_date(UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        // 2013-10-14T06:53:32Z, OWIN's own documentation sample day.
        assert_eq!(at(1_381_733_612), "Mon, 14 Oct 2013 06:53:32 GMT");
        assert_eq!(at(1_709_164_800), "Thu, 29 Feb 2024 00:00:00 GMT");
        assert_eq!(at(1_798_761_599), "Thu, 31 Dec 2026 23:59:59 GMT");
    }
}
