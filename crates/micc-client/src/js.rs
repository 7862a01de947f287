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

/// A number read from the JavaScript object itself: JSON would turn `NaN` and `Infinity`
/// into `null` and hide them. `undefined` and `null` are absent; a getter that throws, a
/// string, a NaN, an infinity or a value outside `0..=max` is refused.
fn js_number(obj: &JsValue, key: &str, what: &str, max: u64) -> Result<Option<f64>, JsValue> {
    if !obj.is_object() {
        return Ok(None);
    }
    let v = Reflect::get(obj, &JsValue::from_str(key))
        .map_err(|_| invalid(format!("{what}.{key} could not be read")))?;
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    let n = v
        .as_f64()
        .ok_or_else(|| invalid(format!("{what}.{key} must be a number")))?;
    // `max` is shown as an integer: formatting a float would link core's float printing.
    if !(n.is_finite() && (0.0..=max as f64).contains(&n)) {
        return Err(invalid(format!(
            "{what}.{key} must be a number from 0 to {max}"
        )));
    }
    Ok(Some(n))
}

/// A whole number from 0 to `max`, as [`js_number`].
fn js_whole(obj: &JsValue, key: &str, what: &str, max: u64) -> Result<Option<u64>, JsValue> {
    match js_number(obj, key, what, max)? {
        Some(n) if n.fract() != 0.0 => Err(invalid(format!("{what}.{key} must be a whole number"))),
        // In range and whole: the conversion is exact.
        Some(n) => Ok(Some(n as u64)),
        None => Ok(None),
    }
}

/// A property of a JavaScript object (`undefined` for anything else); a getter that
/// throws is refused.
fn js_get(obj: &JsValue, key: &str, what: &str) -> Result<JsValue, JsValue> {
    if !obj.is_object() {
        return Ok(JsValue::UNDEFINED);
    }
    Reflect::get(obj, &JsValue::from_str(key))
        .map_err(|_| invalid(format!("{what}.{key} could not be read")))
}

/// The longest timer browsers keep, in milliseconds.
const MAX_TIMER_MS: u64 = crate::http::MAX_TIMER_MS;

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
    let err = js_sys::Error::new(&crate::error::bounded(
        &e.to_string(),
        crate::error::MESSAGE_LIMIT,
    ));
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
            // `Promise.resolve` also adopts thenables; one whose `then` throws rejects.
            let value = JsFuture::from(Promise::resolve(&value))
                .await
                .map_err(|e| describe(&e))?;
            if let Some(token) = value.as_string() {
                return Ok(ProvidedToken {
                    token: Secret::new(token),
                    expires_in: None,
                });
            }
            const SHAPE: &str = "the token callback must resolve to a string or {token, expiresIn}";
            let token = js_get(&value, "token", "token")
                .map_err(|_| SHAPE.to_owned())?
                .as_string()
                .ok_or_else(|| SHAPE.to_owned())?;
            let expires = js_number(&value, "expiresIn", "token", 1_000_000_000)
                .map_err(|_| "expiresIn must be a number of seconds".to_owned())?;
            Ok(ProvidedToken {
                token: Secret::new(token),
                expires_in: expires,
            })
        })
    }
}

/// A host's exception, described by its `message` only (bounded; never its other
/// properties, which could hold a secret). Read with `Reflect`: a `message` getter may throw.
fn describe(e: &JsValue) -> String {
    let message = if e.is_instance_of::<js_sys::Error>() {
        Reflect::get(e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
    } else {
        None
    };
    match message {
        Some(m) => crate::error::bounded(&m, 200),
        None => "the token callback failed".to_owned(),
    }
}

/// The credentials of an `auth` options object (`json`: it as JSON; `js`: the object
/// itself, for its functions).
fn credentials_of(auth: &Json, js: &JsValue) -> Result<Credentials, JsValue> {
    if !auth.is_object() && !auth.is_null() {
        return Err(invalid("auth must be an object"));
    }
    let function = |key: &str| -> Result<Option<Function>, JsValue> {
        let f = js_get(js, key, "auth")?;
        if f.is_undefined() || f.is_null() {
            return Ok(None);
        }
        f.dyn_into::<Function>()
            .map(Some)
            .map_err(|_| invalid(format!("auth.{key} must be a function")))
    };
    let kind = string(auth, "type", "auth")?;
    Ok(match kind.as_deref() {
        None | Some("none") => Credentials::None,
        Some("password") => Credentials::password(
            required(auth, "username", "auth")?,
            required(auth, "password", "auth")?,
        ),
        Some("clientCredentials") => Credentials::ClientCredentials {
            client_id: required(auth, "clientId", "auth")?,
            client_secret: Secret::new(required(auth, "clientSecret", "auth")?),
            impersonate: string(auth, "impersonate", "auth")?,
        },
        Some("token") => {
            let token = required(auth, "token", "auth")?;
            match function("refresh")? {
                // An initial token and the callback that renews it.
                Some(f) => Credentials::refreshing(
                    token,
                    js_number(js, "expiresIn", "auth", 1_000_000_000)?,
                    Rc::new(JsProvider(f)),
                ),
                None => Credentials::token(token),
            }
        }
        Some("provider") => {
            // `getToken` is a function: it does not survive JSON, read it from the object.
            let f =
                function("getToken")?.ok_or_else(|| invalid("auth.getToken must be a function"))?;
            Credentials::Provider(Rc::new(JsProvider(f)))
        }
        Some(other) => {
            return Err(invalid(format!(
                "auth.type {:?} is not one of none, password, clientCredentials, token, provider",
                crate::error::bounded(other, 40)
            )));
        }
    })
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
        let credentials = credentials_of(&auth, &js_get(&options, "auth", "options")?)?;
        let mut config = ClientConfig::new(server, credentials);
        // Whole milliseconds within the browsers' timer limit; 0 waits as long as the
        // platform does.
        if let Some(ms) = js_whole(&options, "timeoutMs", "options", MAX_TIMER_MS)? {
            config.timeout = (ms > 0).then(|| Duration::from_millis(ms));
        }
        if let Some(r) = get(&o, "retry") {
            let js_retry = js_get(&options, "retry", "options")?;
            let d = RetryPolicy::default();
            let ms = |key: &str, default: Duration| -> Result<Duration, JsValue> {
                Ok(js_whole(&js_retry, key, "retry", MAX_TIMER_MS)?
                    .map_or(default, Duration::from_millis))
            };
            config.retry = RetryPolicy {
                max_retries: js_whole(&js_retry, "maxRetries", "retry", 20)?
                    .map_or(d.max_retries, |n| n as u32),
                base_delay: ms("baseDelayMs", d.base_delay)?,
                max_delay: ms("maxDelayMs", d.max_delay)?,
                max_retry_after: d.max_retry_after,
                retry_non_idempotent: boolean(r, "retryNonIdempotent", "retry")?.unwrap_or(false),
            };
        }
        let client = MiccClient::new(config, WebPlatform).map_err(|e| js_error(&e))?;
        Ok(WasmClient { client })
    }

    /// Uses `token` from now on (`expiresIn`: its lifetime in seconds, if known). With
    /// `auth.type` "token" it replaces the token; otherwise it is used until it lapses or
    /// is refused, then renewed as the credentials say.
    #[wasm_bindgen(js_name = setToken)]
    pub fn set_token(&self, token: JsValue, expires_in: JsValue) -> Result<(), JsValue> {
        let token = token
            .as_string()
            .ok_or_else(|| invalid("setToken: the token must be a string"))?;
        let holder = js_sys::Object::new();
        let _ = Reflect::set(&holder, &JsValue::from_str("expiresIn"), &expires_in);
        let expires = js_number(&holder, "expiresIn", "setToken", 1_000_000_000)?;
        self.client
            .set_token(token, expires.map(Duration::from_secs_f64))
            .map_err(|e| js_error(&e))
    }

    /// Replaces the credentials (an `auth` options object): the old token is dropped, and
    /// a refusal of the old credentials is forgotten.
    #[wasm_bindgen(js_name = setCredentials)]
    pub fn set_credentials(&self, auth: JsValue) -> Result<(), JsValue> {
        let json = to_json(&auth, "auth")?;
        let credentials = credentials_of(&json, &auth)?;
        self.client
            .set_credentials(credentials)
            .map_err(|e| js_error(&e))
    }

    /// Runs one operation. `args`: the path parameters in order; `options`:
    /// `{ query?, odata?: {filter, orderby, top, skip, expand, select, search, count}, body? }`.
    /// Resolves to the answer as a plain object (camelCase, enum names).
    pub fn call(&self, operation: String, args: Array, options: JsValue) -> Promise {
        let client = self.client.clone();
        let prepared = prepare(&operation, &args, &options);
        let js_odata = js_get(&options, "odata", "options");
        future_to_promise(async move {
            let (op, args, opts) = prepared?;
            let js_odata = js_odata?;
            let body_value = get(&opts, "body");
            let body = match (body_value, op.body) {
                (Some(b), true) => {
                    let ty = shapes::request_type(op.id)
                        .ok_or_else(|| invalid(format!("{} takes no body", op.id)))?;
                    let reference =
                        shapes::convert(b.clone(), ty, Form::Request, &mut String::from("$"))
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
                if !q.is_object() {
                    return Err(invalid("options.odata must be an object"));
                }
                call = call.odata(query_of(q, &js_odata)?);
            }
            if let Some(b) = body {
                call = call.with_json_body(b);
            }
            let raw = call.send_raw().await.map_err(|e| js_error(&e))?;
            let ty = shapes::response_type(op.id)
                .ok_or_else(|| invalid(format!("no model for {}", op.id)))?;
            // An operation that answers a string also succeeds with no content or a bare OK.
            if ty == shapes::T::Str
                && let Some(text) = crate::client::no_content_as_string(200, &raw)
            {
                return Ok(JsValue::from_str(text.trim_matches('"')));
            }
            let value = shapes::convert_text(&raw, ty, Form::Js).map_err(|e| {
                js_error(&Error::Decode {
                    path: e.path,
                    message: e.message,
                    excerpt: client.excerpt(&raw, None),
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
            // A whole number is an id or reporting number: `1000`, never `1000.0`.
            (_, _, Some(n))
                if n.is_finite() && n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 =>
            {
                Ok(format!("{}", n as i64))
            }
            _ => Err(invalid(format!(
                "{}: path parameters must be strings or whole numbers",
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

fn query_of(o: &Json, js: &JsValue) -> Result<Query, JsValue> {
    const W: &str = "odata";
    // Up to 2^53 - 1: the largest whole number a JavaScript number holds exactly.
    const MAX_COUNT: u64 = 9_007_199_254_740_991;
    let mut q = Query {
        top: js_whole(js, "top", W, MAX_COUNT)?,
        skip: js_whole(js, "skip", W, MAX_COUNT)?,
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
