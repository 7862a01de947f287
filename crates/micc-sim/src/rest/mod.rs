//! The REST API under `/miccsdk/api/v1`: one catch-all route that finds the operation of
//! the API description serving the request (`micc_api::route`, case-insensitive literals as
//! on IIS), checks the bearer token, applies faults, runs the operation's handler against
//! the world, applies OData options and HAL paging, and encodes the answer in the
//! configured wire form.

mod call;
mod catalog_ops;
mod conversation_ops;
mod employee_ops;
mod lookup;
mod media_type;
mod queue_ops;
mod visibility;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use micc_api::Operation;
use serde_json::{Value, json};

use crate::AppState;
use crate::auth::Rejection;
use crate::faults::Fault;
use crate::odata;
use crate::wire::{self, WireForm};
pub use call::{ApiError, Call, Reply};
use micc_wire::percent;
// The real-time hubs apply the same visibility rules as the REST API.
pub(crate) use visibility::{MAY_VIEW, can_see_employee, can_see_queue};

/// Largest request body accepted.
pub const MAX_BODY: usize = 2 * 1024 * 1024;

/// The operations of the API description, parsed once.
pub fn operations() -> &'static [Operation] {
    static OPS: OnceLock<Vec<Operation>> = OnceLock::new();
    OPS.get_or_init(|| micc_api::operations().unwrap_or_default())
}

/// The handler of an operation, if the simulator implements it.
pub type Handler = fn(&AppState, &Call) -> Result<Reply, ApiError>;

pub fn handler_for(operation_id: &str) -> Option<Handler> {
    queue_ops::handler(operation_id)
        .or_else(|| employee_ops::handler(operation_id))
        .or_else(|| conversation_ops::handler(operation_id))
        .or_else(|| catalog_ops::handler(operation_id))
}

fn method_of(m: &Method) -> Option<micc_api::Method> {
    micc_api::Method::parse(m.as_str())
}

/// Entry point for every request under `/miccsdk/api/v1`.
pub async fn dispatch(
    State(state): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = state.config.wire;
    let path = uri.path();
    let rel = path
        .get(micc_api::BASE_PATH.len()..)
        .filter(|_| {
            path.len() >= micc_api::BASE_PATH.len()
                && path[..micc_api::BASE_PATH.len()].eq_ignore_ascii_case(micc_api::BASE_PATH)
        })
        .unwrap_or("");
    let ops = operations();
    let Some(m) = method_of(&method) else {
        return error(form, ApiError::MethodNotAllowed(Vec::new()));
    };
    let Some(op) = micc_api::route(ops, m, rel) else {
        let allowed: Vec<&str> = ops
            .iter()
            .filter(|o| o.match_path(rel).is_some())
            .map(|o| o.method.as_str())
            .collect();
        return if allowed.is_empty() {
            error(
                form,
                ApiError::NotFound(format!(
                    "No HTTP resource was found that matches the request URI '{path}'."
                )),
            )
        } else {
            error(
                form,
                ApiError::MethodNotAllowed(allowed.into_iter().map(str::to_owned).collect()),
            )
        };
    };

    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let principal = match state.tokens.check(auth) {
        Ok(p) => p,
        Err(reason) => return unauthorized(form, reason),
    };

    let fault = state.faults.lock().ok().map(|mut f| {
        let latency = f.rates.latency_ms;
        (latency, f.next(path))
    });
    let (latency, fault) = fault.unwrap_or((0, None));
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    match &fault {
        Some(Fault::Status(status)) => {
            let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
            return json_response(
                status,
                form,
                json!({ "Message": "The service is temporarily unavailable (injected fault)." }),
            );
        }
        Some(Fault::RateLimited { retry_after_secs }) => {
            let mut r = json_response(
                StatusCode::TOO_MANY_REQUESTS,
                form,
                json!({ "Message": "Too many requests (injected fault)." }),
            );
            if let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
            return r;
        }
        Some(Fault::Malformed) => {
            return (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Session expired</form></body></html>",
            )
                .into_response();
        }
        _ => {}
    }

    let params = op
        .match_path(rel)
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, percent::decode(&v, false)))
        .collect();
    let query = parse_query(uri.query().unwrap_or(""));
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let call = Call {
        op,
        params,
        query,
        body,
        content_type,
        principal,
    };
    let result = run(&state, &call);
    let mut response = match result {
        Ok(reply) => reply_response(&state, &call, reply),
        Err(e) => error(form, e),
    };
    if fault == Some(Fault::Truncated) {
        response = truncate(response).await;
    }
    response
}

/// The operation's own query parameters, checked as the server's model binding would:
/// required ones present, integers and booleans well-formed.
fn check_query(call: &Call) -> Result<(), ApiError> {
    for p in call.op.query_params.iter().filter(|p| !p.odata) {
        let value = call.query(&p.name).filter(|v| !v.is_empty());
        let ok = match (value, p.schema_type.as_deref()) {
            (None, _) => !p.required,
            (Some(v), Some("integer")) => v.parse::<i64>().is_ok(),
            (Some(v), Some("boolean")) => {
                v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("false")
            }
            (Some(_), _) => true,
        };
        if !ok {
            return Err(ApiError::BadRequest(match value {
                None => format!("The query parameter '{}' is required.", p.name),
                Some(v) => format!(
                    "'{v}' is not a valid value for the query parameter '{}'.",
                    p.name
                ),
            }));
        }
    }
    Ok(())
}

fn run(state: &AppState, call: &Call) -> Result<Reply, ApiError> {
    check_query(call)?;
    // Web API binds the body before the action runs: a body no formatter reads is refused
    // first, whatever the action would have said.
    if call.op.request != micc_api::Payload::None && !call.body.is_empty() {
        media_type::body_format(call.content_type.as_deref())?;
    }
    let handler = handler_for(&call.op.operation_id)
        .ok_or_else(|| ApiError::NotImplemented(call.op.operation_id.clone()))?;
    let reply = handler(state, call)?;
    crate::events::publish(state);
    Ok(reply)
}

/// The pairs of a query string (`+` is a space, as ASP.NET reads it).
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    micc_wire::form::decode(q)
}

fn reply_response(state: &AppState, call: &Call, reply: Reply) -> Response {
    let form = state.config.wire;
    let op = call.op;
    let status = StatusCode::from_u16(op.success_status).unwrap_or(StatusCode::OK);
    let body = match reply {
        Reply::Value(v) => v,
        Reply::Collection(items) => match collection(state, call, items) {
            Ok(v) => v,
            Err(e) => return error(form, e),
        },
    };
    let encoded = wire::encode(&body, &call::payload_schema(&op.response), form);
    json_value_response(status, &encoded)
}

/// Applies OData options (for operations the reference marks OData) and HAL paging.
fn collection(state: &AppState, call: &Call, items: Vec<Value>) -> Result<Value, ApiError> {
    let op = call.op;
    let (total, items, skip, has_more) = if op.odata {
        let q = odata::parse(&call.query).map_err(|e| ApiError::BadRequest(e.to_string()))?;
        if let Some(name) = &op.response_schema {
            let known = call::schema_properties(name);
            let known: Vec<&str> = known.iter().map(String::as_str).collect();
            q.check_properties(&known)
                .map_err(|e| ApiError::BadRequest(e.to_string()))?;
        }
        let max = state.config.page_size.max(1) as u64;
        let skip = q.skip.unwrap_or(0);
        let top = q.top.map_or(max, |t| t.min(max));
        let paged = odata::ODataQuery {
            top: Some(top),
            ..q
        };
        let page = paged.apply(items);
        let has_more = skip + (page.items.len() as u64) < page.total;
        (page.total, page.items, skip, has_more)
    } else {
        let n = items.len() as u64;
        (n, items, 0, false)
    };
    let base = format!("{}{}", micc_api::BASE_PATH, call::concrete_path(call));
    let mut links = serde_json::Map::new();
    links.insert(
        "self".into(),
        json!({ "href": page_href(&base, &call.query, skip, None) }),
    );
    if has_more {
        let next = skip + items.len() as u64;
        links.insert(
            "next".into(),
            json!({ "href": page_href(&base, &call.query, next, Some(items.len() as u64)) }),
        );
    }
    if skip > 0 {
        let prev = skip.saturating_sub(items.len().max(1) as u64);
        links.insert(
            "prev".into(),
            json!({ "href": page_href(&base, &call.query, prev, Some(items.len().max(1) as u64)) }),
        );
    }
    Ok(json!({ "count": total, "_links": links, "_embedded": { "items": items } }))
}

/// The URL of a page: the request's query with `$skip` (and `$top`) replaced.
fn page_href(base: &str, query: &[(String, String)], skip: u64, top: Option<u64>) -> String {
    let mut parts: Vec<String> = query
        .iter()
        .filter(|(k, _)| {
            !k.eq_ignore_ascii_case("$skip") && (top.is_none() || !k.eq_ignore_ascii_case("$top"))
        })
        .map(|(k, v)| format!("{}={}", call::percent_encode(k), call::percent_encode(v)))
        .collect();
    if let Some(top) = top {
        parts.push(format!("$top={top}"));
    }
    if skip > 0 {
        parts.push(format!("$skip={skip}"));
    }
    if parts.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", parts.join("&"))
    }
}

fn json_value_response(status: StatusCode, v: &Value) -> Response {
    let text = serde_json::to_string(v).unwrap_or_else(|_| "null".into());
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        text,
    )
        .into_response()
}

fn json_response(status: StatusCode, form: WireForm, canonical: Value) -> Response {
    json_value_response(status, &wire::encode(&canonical, &json!({}), form))
}

/// ASP.NET Web API's answer to a request without a valid bearer token.
fn unauthorized(form: WireForm, reason: Rejection) -> Response {
    tracing::debug!(?reason, "rejected bearer token");
    let mut r = json_response(
        StatusCode::UNAUTHORIZED,
        form,
        json!({ "Message": "Authorization has been denied for this request." }),
    );
    r.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    r
}

pub fn error(form: WireForm, e: ApiError) -> Response {
    let (status, message) = match &e {
        ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, m.clone()),
        ApiError::NotFound(m) => (StatusCode::NOT_FOUND, m.clone()),
        ApiError::Forbidden(m) => (StatusCode::FORBIDDEN, m.clone()),
        ApiError::Conflict(m) => (StatusCode::CONFLICT, m.clone()),
        ApiError::UnsupportedMediaType(m) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, m.clone()),
        ApiError::MethodNotAllowed(_) => (
            StatusCode::METHOD_NOT_ALLOWED,
            "The requested resource does not support this HTTP method.".to_owned(),
        ),
        ApiError::NotImplemented(op) => (
            StatusCode::NOT_IMPLEMENTED,
            format!("{op} is not simulated"),
        ),
    };
    let mut r = json_response(status, form, json!({ "Message": message }));
    if let ApiError::MethodNotAllowed(allowed) = e
        && let Ok(v) = HeaderValue::from_str(&allowed.join(", "))
    {
        r.headers_mut().insert(header::ALLOW, v);
    }
    r
}

/// Cuts a response body in half, keeping the status and headers (but the length).
async fn truncate(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    let cut = bytes.slice(..bytes.len() / 2);
    Response::from_parts(parts, Body::from(cut))
}
