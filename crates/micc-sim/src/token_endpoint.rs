//! `POST /authorizationserver/token` (OAuth2 password and client-credentials grants, with
//! the `Impersonate` header) and `GET /authorizationserver/api/account` (the token's claims).

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::AppState;
use crate::auth::{Principal, grant, parse_form};

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
    let form = parse_form(text);
    let impersonate = headers.get("impersonate").and_then(|v| v.to_str().ok());
    let lookup = |name: &str| {
        let w = state.world.lock().ok()?;
        let e = w.employee_by_key(name)?;
        Some((e, w.employees.get(e)?.supervisor))
    };
    match grant(&form, impersonate, &state.credentials, lookup) {
        Ok(principal) => {
            let granted = state.tokens.issue(principal);
            (
                [
                    (header::CACHE_CONTROL, "no-store"),
                    (header::PRAGMA, "no-cache"),
                ],
                Json(json!({
                    "access_token": granted.access_token,
                    "token_type": "bearer",
                    "expires_in": granted.expires_in,
                })),
            )
                .into_response()
        }
        Err(e) => oauth_error(e.status, e.error, &e.description),
    }
}

fn oauth_error(status: u16, error: &str, description: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

pub async fn account(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
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
            Json(json!({
                "UserName": username,
                "EmployeeId": id,
                "Roles": if supervisor { vec!["Agent", "Supervisor"] } else { vec!["Agent"] },
                "ImpersonatedBy": impersonated_by,
            }))
            .into_response()
        }
        Ok(Principal::System { client_id }) => {
            Json(json!({ "ClientId": client_id, "Roles": ["System"] })).into_response()
        }
        Err(_) => (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            Json(json!({ "message": "Authorization has been denied for this request." })),
        )
            .into_response(),
    }
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
        username: user,
        supervisor,
        impersonated_by: None,
    });
    (
        [(header::CACHE_CONTROL, "no-store")],
        Json(json!({ "access_token": granted.access_token, "token_type": "bearer", "expires_in": granted.expires_in })),
    )
        .into_response()
}
