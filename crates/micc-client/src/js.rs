//! The JavaScript API (wasm-bindgen): `new WasmClient(options)` and one generic
//! `call(operationId, args, options)`. The resource-grouped facade (`client.queues()
//! .state("Sales")`) is plain JavaScript generated from [`crate::api::methods`]
//! (js/facade.js); answers are plain objects in the real servers' form; failures reject
//! with an `Error` named `MiccError` carrying a `kind`.

use std::rc::Rc;
use std::time::Duration;

use js_sys::{Array, Function, JSON, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};

use crate::api::Call;
use crate::api::ops::{self, Op};
use crate::api::shapes::{self, Form};
use crate::auth::{ProvidedToken, Secret, TokenFuture, TokenProvider};
use crate::odata::{Filter, Order, Query};
use crate::{ClientConfig, Credentials, Error, MiccClient, RetryPolicy, WebPlatform};

/// Options arrive as plain JavaScript objects; they are read as JSON values (serde derives
/// for tagged and untagged enums would cost the npm package several kilobytes).
type Json = serde_json::Value;

fn get<'a>(v: &'a Json, key: &str) -> Option<&'a Json> {
    v.get(key).filter(|x| !x.is_null())
}

fn string(v: &Json, key: &str, what: &str) -> Result<Option<String>, JsValue> {
    match get(v, key) {
        None => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(invalid(format!("{what}.{key} must be a string"))),
    }
}

fn required(v: &Json, key: &str, what: &str) -> Result<String, JsValue> {
    string(v, key, what)?.ok_or_else(|| invalid(format!("{what}.{key} is required")))
}

fn number(v: &Json, key: &str, what: &str) -> Result<Option<f64>, JsValue> {
    match get(v, key) {
        None => Ok(None),
        Some(Json::Number(n)) => Ok(n.as_f64()),
        Some(_) => Err(invalid(format!("{what}.{key} must be a number"))),
    }
}

fn unsigned(v: &Json, key: &str, what: &str) -> Result<Option<u64>, JsValue> {
    match get(v, key) {
        None => Ok(None),
        Some(Json::Number(n)) => n
            .as_u64()
            .map(Some)
            .ok_or_else(|| invalid(format!("{what}.{key} must be a whole number"))),
        Some(_) => Err(invalid(format!("{what}.{key} must be a number"))),
    }
}

fn boolean(v: &Json, key: &str, what: &str) -> Result<Option<bool>, JsValue> {
    match get(v, key) {
        None => Ok(None),
        Some(Json::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(invalid(format!("{what}.{key} must be true or false"))),
    }
}

/// A string or an array of strings (`"Name desc,Id"` or `["Name desc", "Id"]`).
fn list(v: &Json, key: &str, what: &str) -> Result<Vec<String>, JsValue> {
    match get(v, key) {
        None => Ok(Vec::new()),
        Some(Json::String(s)) => Ok(s
            .split(',')
            .map(|x| x.trim().to_owned())
            .filter(|x| !x.is_empty())
            .collect()),
        Some(Json::Array(items)) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| invalid(format!("{what}.{key} must hold strings")))
            })
            .collect(),
        Some(_) => Err(invalid(format!(
            "{what}.{key} must be a string or an array of strings"
        ))),
    }
}

/// The error JavaScript sees: an `Error` named `MiccError` with `kind` and, where they
/// apply, `status` and `path`.
fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("MiccError");
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&err, &JsValue::from_str(k), &v);
    };
    set("kind", JsValue::from_str(e.kind()));
    match e {
        Error::Status { status, .. } => set("status", JsValue::from(*status)),
        Error::Decode { path, .. } => set("path", JsValue::from_str(path)),
        _ => {}
    }
    err.into()
}

fn invalid(message: impl Into<String>) -> JsValue {
    js_error(&Error::InvalidArgument {
        message: message.into(),
    })
}

/// A JavaScript options object as JSON (it is plain data; functions are read separately).
fn to_json(value: &JsValue, what: &str) -> Result<Json, JsValue> {
    let text = JSON::stringify(value).map_err(|_| invalid(format!("{what} must be JSON-like")))?;
    let text = text
        .as_string()
        .ok_or_else(|| invalid(format!("{what} must be an object")))?;
    match serde_json::from_str(&text) {
        Ok(v @ Json::Object(_)) => Ok(v),
        _ => Err(invalid(format!("{what} must be an object"))),
    }
}

/// A host function `() => Promise<string | {token, expiresIn}>` as a token provider.
struct JsProvider(Function);

impl TokenProvider for JsProvider {
    fn token(&self) -> TokenFuture {
        let f = self.0.clone();
        Box::pin(async move {
            let value = f.call0(&JsValue::NULL).map_err(|e| describe(&e))?;
            let value = match value.dyn_ref::<Promise>() {
                Some(p) => JsFuture::from(p.clone()).await.map_err(|e| describe(&e))?,
                None => value,
            };
            if let Some(token) = value.as_string() {
                return Ok(ProvidedToken {
                    token: Secret::new(token),
                    expires_in: None,
                });
            }
            let token = Reflect::get(&value, &"token".into())
                .ok()
                .and_then(|t| t.as_string());
            let expires = Reflect::get(&value, &"expiresIn".into())
                .ok()
                .and_then(|t| t.as_f64());
            match token {
                Some(token) => Ok(ProvidedToken {
                    token: Secret::new(token),
                    expires_in: expires,
                }),
                None => Err("getToken must resolve to a string or {token, expiresIn}".to_owned()),
            }
        })
    }
}

/// A host's exception, described without its value (which could hold a secret).
fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "getToken failed".to_owned())
}

#[wasm_bindgen]
pub struct WasmClient {
    client: MiccClient<WebPlatform>,
}

#[wasm_bindgen]
impl WasmClient {
    /// `options`: `{ server, auth?: {type: "password"|"clientCredentials"|"token"|"provider"|"none", ...}, timeoutMs?, retry? }`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<WasmClient, JsValue> {
        let o = to_json(&options, "options")?;
        let server = required(&o, "server", "options")?;
        let auth = get(&o, "auth").cloned().unwrap_or(Json::Null);
        let kind = string(&auth, "type", "auth")?;
        let credentials = match kind.as_deref() {
            None | Some("none") => Credentials::None,
            Some("password") => Credentials::password(
                required(&auth, "username", "auth")?,
                required(&auth, "password", "auth")?,
            ),
            Some("clientCredentials") => Credentials::ClientCredentials {
                client_id: required(&auth, "clientId", "auth")?,
                client_secret: Secret::new(required(&auth, "clientSecret", "auth")?),
                impersonate: string(&auth, "impersonate", "auth")?,
            },
            Some("token") => Credentials::token(required(&auth, "token", "auth")?),
            Some("provider") => {
                // `getToken` is a function: it does not survive JSON, read it from the object.
                let js_auth = Reflect::get(&options, &"auth".into()).unwrap_or(JsValue::UNDEFINED);
                let f = Reflect::get(&js_auth, &"getToken".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<Function>().ok())
                    .ok_or_else(|| invalid("auth.getToken must be a function"))?;
                Credentials::Provider(Rc::new(JsProvider(f)))
            }
            Some(other) => {
                return Err(invalid(format!(
                    "auth.type {other:?} is not one of none, password, clientCredentials, token, provider"
                )));
            }
        };
        let mut config = ClientConfig::new(server, credentials);
        if let Some(ms) = number(&o, "timeoutMs", "options")? {
            config.timeout =
                (ms.is_finite() && ms > 0.0).then(|| Duration::from_secs_f64(ms / 1000.0));
        }
        if let Some(r) = get(&o, "retry") {
            let d = RetryPolicy::default();
            let ms = |v: Option<f64>, default: Duration| {
                v.filter(|x| x.is_finite() && *x >= 0.0)
                    .map_or(default, |x| Duration::from_secs_f64(x / 1000.0))
            };
            config.retry = RetryPolicy {
                max_retries: unsigned(r, "maxRetries", "retry")?
                    .map_or(d.max_retries, |n| n.min(20) as u32),
                base_delay: ms(number(r, "baseDelayMs", "retry")?, d.base_delay),
                max_delay: ms(number(r, "maxDelayMs", "retry")?, d.max_delay),
                max_retry_after: d.max_retry_after,
                retry_non_idempotent: boolean(r, "retryNonIdempotent", "retry")?.unwrap_or(false),
            };
        }
        let client = MiccClient::new(config, WebPlatform).map_err(|e| js_error(&e))?;
        Ok(WasmClient { client })
    }

    /// Runs one operation. `args`: the path parameters in order; `options`:
    /// `{ query?, odata?: {filter, orderby, top, skip, expand, select, search, count}, body? }`.
    /// Resolves to the answer as a plain object (camelCase, enum names).
    pub fn call(&self, operation: String, args: Array, options: JsValue) -> Promise {
        let client = self.client.clone();
        let prepared = prepare(&operation, &args, &options);
        future_to_promise(async move {
            let (op, args, opts) = prepared?;
            let body_value = get(&opts, "body");
            let body = match (body_value, op.body) {
                (Some(b), true) => {
                    let ty = shapes::request_type(op.id)
                        .ok_or_else(|| invalid(format!("{} takes no body", op.id)))?;
                    let reference =
                        shapes::convert(b.clone(), ty, Form::Reference, &mut String::from("$"))
                            .map_err(|e| invalid(format!("body at {}: {}", e.path, e.message)))?;
                    Some(serde_json::to_string(&reference).map_err(|e| invalid(e.to_string()))?)
                }
                (Some(_), false) => return Err(invalid(format!("{} takes no body", op.id))),
                (None, true) => return Err(invalid(format!("{} needs a body", op.id))),
                (None, false) => None,
            };
            let mut call: Call<'_, WebPlatform, ()> = Call::new(&client, op, args);
            if let Some(query) = get(&opts, "query") {
                let Json::Object(query) = query else {
                    return Err(invalid("options.query must be an object"));
                };
                for (k, v) in query {
                    let text = match v {
                        Json::String(s) => s.clone(),
                        Json::Number(_) | Json::Bool(_) => v.to_string(),
                        _ => {
                            return Err(invalid(format!(
                                "options.query.{k} must be a string, number or boolean"
                            )));
                        }
                    };
                    call = call.param(k, text);
                }
            }
            if let Some(q) = get(&opts, "odata") {
                call = call.odata(query_of(q)?);
            }
            if let Some(b) = body {
                call = call.with_json_body(b);
            }
            let raw = call.send_raw().await.map_err(|e| js_error(&e))?;
            let ty = shapes::response_type(op.id)
                .ok_or_else(|| invalid(format!("no model for {}", op.id)))?;
            let value = shapes::convert_text(&raw, ty, Form::Js).map_err(|e| {
                js_error(&Error::Decode {
                    path: e.path,
                    message: e.message,
                    excerpt: crate::error::excerpt(&raw),
                })
            })?;
            let text = serde_json::to_string(&value).map_err(|e| invalid(e.to_string()))?;
            JSON::parse(&text)
        })
    }

    /// Every operation id this build knows, in the reference's order.
    pub fn operations() -> Array {
        ops::ALL.iter().map(|o| JsValue::from_str(o.id)).collect()
    }
}

type Prepared = (&'static Op, Vec<String>, Json);

fn prepare(operation: &str, args: &Array, options: &JsValue) -> Result<Prepared, JsValue> {
    let op = ops::ALL
        .iter()
        .find(|o| o.id == operation)
        .ok_or_else(|| invalid(format!("unknown operation {operation:?}")))?;
    let args = args
        .iter()
        .map(|a| match (a.as_string(), a.as_bool(), a.as_f64()) {
            (Some(s), _, _) => Ok(s),
            (_, Some(b), _) => Ok(b.to_string()),
            // serde_json formats numbers with ryu, which the package carries anyway.
            (_, _, Some(n)) => serde_json::Number::from_f64(n)
                .map(|n| n.to_string())
                .ok_or(())
                .map_err(|()| invalid(format!("{}: path parameters must be strings", op.id))),
            _ => Err(invalid(format!(
                "{}: path parameters must be strings",
                op.id
            ))),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let opts = if options.is_undefined() || options.is_null() {
        Json::Object(Default::default())
    } else {
        to_json(options, "options")?
    };
    Ok((op, args, opts))
}

fn query_of(o: &Json) -> Result<Query, JsValue> {
    const W: &str = "odata";
    let mut q = Query {
        top: unsigned(o, "top", W)?,
        skip: unsigned(o, "skip", W)?,
        search: string(o, "search", W)?,
        count: boolean(o, "count", W)?.unwrap_or(false),
        expand: list(o, "expand", W)?,
        select: list(o, "select", W)?,
        ..Query::default()
    };
    q.filter = string(o, "filter", W)?.map(Filter::Raw);
    for part in list(o, "orderby", W)? {
        let mut words = part.split_whitespace();
        let prop = words.next().unwrap_or_default().to_owned();
        let order = match words.next().map(str::to_ascii_lowercase).as_deref() {
            None | Some("asc") => Order::Asc,
            Some("desc") => Order::Desc,
            Some(other) => return Err(invalid(format!("$orderby: {other:?} is not asc or desc"))),
        };
        q.orderby.push((prop, order));
    }
    Ok(q)
}
