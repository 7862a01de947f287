//! The JavaScript API (wasm-bindgen): `new WasmClient(options)` and one generic
//! `call(operationId, args, options, body)`. The resource-grouped facade (`client.queues()
//! .state("Sales")`) is plain JavaScript generated from [`crate::api::methods`].
//!
//! Options are read from the JavaScript objects themselves (`Reflect`), and answers leave
//! as the body's text: the package parses it once with the engine's `JSON.parse` and
//! converts it with the models' table (js/convert.js), so no JSON parser or printer is
//! shipped in the wasm, and nothing is copied across the boundary twice. Request bodies
//! arrive already converted and serialised by the same table. Failures reject with an
//! `Error` named `MiccError` carrying a `kind`.

use crate::error::Quoted;
use std::rc::Rc;
use std::time::Duration;

use futures_util::future::{Either, select};
use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};

use crate::api::Call;
use crate::api::ops::{self, Op};
use crate::auth::{ProvidedToken, Secret, TokenFuture, TokenProvider};
use crate::odata::{Filter, Order, Query};
use crate::{ClientConfig, Credentials, Error, MiccClient, RetryPolicy, WebPlatform};

/// A string property (`undefined` and `null`: absent).
fn string(obj: &JsValue, key: &str, what: &str) -> Result<Option<String>, JsValue> {
    let v = js_get(obj, key, what)?;
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| invalid(format!("{what}.{key} must be a string")))
}

fn required(obj: &JsValue, key: &str, what: &str) -> Result<String, JsValue> {
    string(obj, key, what)?.ok_or_else(|| invalid(format!("{what}.{key} is required")))
}

/// A number property. `undefined` and `null` are absent; a getter that throws, a string, a
/// NaN, an infinity or a value outside `0..=max` is refused.
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

fn boolean(obj: &JsValue, key: &str, what: &str) -> Result<Option<bool>, JsValue> {
    let v = js_get(obj, key, what)?;
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_bool()
        .map(Some)
        .ok_or_else(|| invalid(format!("{what}.{key} must be true or false")))
}

/// A string or an array of strings (`"Name desc,Id"` or `["Name desc", "Id"]`).
fn list(obj: &JsValue, key: &str, what: &str) -> Result<Vec<String>, JsValue> {
    let v = js_get(obj, key, what)?;
    if v.is_undefined() || v.is_null() {
        return Ok(Vec::new());
    }
    if let Some(s) = v.as_string() {
        return Ok(s
            .split(',')
            .map(|x| x.trim().to_owned())
            .filter(|x| !x.is_empty())
            .collect());
    }
    if !Array::is_array(&v) {
        return Err(invalid(format!(
            "{what}.{key} must be a string or an array of strings"
        )));
    }
    let items = Array::from(&v);
    (0..items.length())
        .map(|i| {
            Reflect::get_u32(&items, i)
                .ok()
                .and_then(|x| x.as_string())
                .ok_or_else(|| invalid(format!("{what}.{key} must hold strings")))
        })
        .collect()
}

/// An options object: `undefined` and `null` are none; anything else must be an object.
fn object(v: &JsValue, what: &str) -> Result<Option<JsValue>, JsValue> {
    if v.is_undefined() || v.is_null() {
        Ok(None)
    } else if v.is_object() && !v.is_function() {
        Ok(Some(v.clone()))
    } else {
        Err(invalid(format!("{what} must be an object")))
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

/// The credentials of an `auth` options object (`undefined`: none).
fn credentials_of(js: &JsValue) -> Result<Credentials, JsValue> {
    let Some(auth) = object(js, "auth")? else {
        return Ok(Credentials::None);
    };
    let auth = &auth;
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
            let f =
                function("getToken")?.ok_or_else(|| invalid("auth.getToken must be a function"))?;
            Credentials::Provider(Rc::new(JsProvider(f)))
        }
        Some(other) => {
            return Err(invalid(format!(
                "auth.type {} is not one of none, password, clientCredentials, token, provider",
                Quoted(&crate::error::bounded(other, 40))
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
        let options =
            object(&options, "options")?.ok_or_else(|| invalid("options are required"))?;
        let server = required(&options, "server", "options")?;
        let credentials = credentials_of(&js_get(&options, "auth", "options")?)?;
        let mut config = ClientConfig::new(server, credentials);
        // Whole milliseconds within the browsers' timer limit; 0 waits as long as the
        // platform does.
        if let Some(ms) = js_whole(&options, "timeoutMs", "options", MAX_TIMER_MS)? {
            config.timeout = (ms > 0).then(|| Duration::from_millis(ms));
        }
        if let Some(js_retry) = object(&js_get(&options, "retry", "options")?, "options.retry")? {
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
                retry_non_idempotent: boolean(&js_retry, "retryNonIdempotent", "retry")?
                    .unwrap_or(false),
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
        let credentials = credentials_of(&auth)?;
        self.client
            .set_credentials(credentials)
            .map_err(|e| js_error(&e))
    }

    /// Runs one operation. `args`: the path parameters in order; `options`:
    /// `{ query?, odata?: {filter, orderby, top, skip, expand, select, search, count},
    /// signal? }`; `body`: the request body, already in the reference's form and serialised
    /// (js/convert.js). Resolves to the answer's text; rejects with a `MiccError`.
    pub fn call(
        &self,
        operation: String,
        args: Array,
        options: JsValue,
        body: Option<String>,
    ) -> Promise {
        let client = self.client.clone();
        let prepared = prepare(&operation, &args, &options, body);
        future_to_promise(async move {
            let Prepared {
                op,
                args,
                query,
                odata,
                body,
                signal,
            } = prepared?;
            let work = async {
                let mut call: Call<'_, WebPlatform, ()> = Call::new(&client, op, args);
                for (k, v) in query {
                    call = call.param(&k, v);
                }
                if let Some(q) = odata {
                    call = call.odata(q);
                }
                if let Some(b) = body {
                    call = call.with_json_body(b);
                }
                call.send_raw()
                    .await
                    .map(|raw| JsValue::from_str(&raw))
                    .map_err(|e| js_error(&e))
            };
            match signal {
                None => work.await,
                // Dropping the call on abort stops it where it is: the fetch is aborted
                // (web_platform), a retry wait is cleared, a token flight is handed on.
                Some(signal) => {
                    let (watch, fired) = AbortWatch::new(signal);
                    let work = std::pin::pin!(work);
                    match select(work, fired).await {
                        Either::Left((result, _)) => result,
                        Either::Right(_) => Err(aborted(watch.signal.reason())),
                    }
                }
            }
        })
    }

    /// A bounded excerpt of an answer for error messages, with the secrets in use hidden.
    /// The current access token, renewed when due, and when the client will renew it (ms
    /// since the epoch; absent for a token of unknown lifetime), as `[token, until]`. For the
    /// real-time connection (js/realtime.js), whose URLs must carry it; rejects with a
    /// MiccError of kind "auth" without credentials that give a token.
    pub fn bearer(&self) -> Promise {
        let client = self.client.clone();
        future_to_promise(async move {
            let token = client
                .bearer()
                .await
                .map_err(|e| js_error(&e))?
                .ok_or_else(|| {
                    js_error(&Error::Auth {
                        message: "real-time needs credentials that give a token".into(),
                    })
                })?;
            let out = Array::new();
            out.push(&JsValue::from_str(&token));
            if let Some(until) = client.token_fresh_until_ms() {
                out.push(&JsValue::from_f64(until));
            }
            Ok(out.into())
        })
    }

    /// The server refused `token` on a real-time request: the next `bearer()` renews.
    #[wasm_bindgen(js_name = tokenRefused)]
    pub fn token_refused(&self, token: &str) {
        self.client.token_refused(token);
    }

    pub fn excerpt(&self, text: &str) -> String {
        self.client.excerpt(text, None)
    }

    /// Every operation id this build knows, in the reference's order.
    pub fn operations() -> Array {
        ops::ALL.iter().map(|o| JsValue::from_str(o.id)).collect()
    }
}

struct Prepared {
    op: &'static Op,
    args: Vec<String>,
    query: Vec<(String, String)>,
    odata: Option<Query>,
    body: Option<String>,
    signal: Option<web_sys::AbortSignal>,
}

/// Reads everything from the host's values before the call starts, so a hostile getter
/// fails the call at once and nothing of the host page is touched afterwards.
fn prepare(
    operation: &str,
    args: &Array,
    options: &JsValue,
    body: Option<String>,
) -> Result<Prepared, JsValue> {
    let op = ops::ALL.iter().find(|o| o.id == operation).ok_or_else(|| {
        invalid(format!(
            "unknown operation {}",
            Quoted(&crate::error::bounded(operation, 80))
        ))
    })?;
    let args = (0..args.length())
        .map(|i| {
            let a = Reflect::get_u32(args, i).unwrap_or(JsValue::UNDEFINED);
            match (a.as_string(), a.as_bool(), a.as_f64()) {
                (Some(s), _, _) => Ok(s),
                (_, Some(b), _) => Ok(if b { "true" } else { "false" }.to_owned()),
                // A whole number is an id or reporting number: `1000`, never `1000.0`.
                (_, _, Some(n))
                    if n.is_finite() && n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 =>
                {
                    Ok((n as i64).to_string())
                }
                _ => Err(invalid(format!(
                    "{}: path parameters must be strings or whole numbers",
                    op.id
                ))),
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let options = object(options, "options")?.unwrap_or_else(|| js_sys::Object::new().into());
    let body = match (body, op.body) {
        (Some(b), true) => Some(b),
        (Some(_), false) => return Err(invalid(format!("{} takes no body", op.id))),
        (None, true) => return Err(invalid(format!("{} needs a body", op.id))),
        (None, false) => None,
    };
    let odata = match object(&js_get(&options, "odata", "options")?, "options.odata")? {
        Some(q) => Some(query_of(&q)?),
        None => None,
    };
    let signal = js_get(&options, "signal", "options")?;
    let signal = if signal.is_undefined() || signal.is_null() {
        None
    } else {
        Some(
            signal
                .dyn_into::<web_sys::AbortSignal>()
                .map_err(|_| invalid("options.signal must be an AbortSignal"))?,
        )
    };
    Ok(Prepared {
        op,
        args,
        query: query_params(&js_get(&options, "query", "options")?)?,
        odata,
        body,
        signal,
    })
}

/// `options.query`: an object of strings, numbers and booleans. Numbers are written by
/// JavaScript (`String(n)`), as the host would write them.
fn query_params(query: &JsValue) -> Result<Vec<(String, String)>, JsValue> {
    let Some(query) = object(query, "options.query")? else {
        return Ok(Vec::new());
    };
    let keys = Reflect::own_keys(&query).map_err(|_| invalid("options.query could not be read"))?;
    let mut out = Vec::new();
    for key in keys.iter() {
        // Symbols are not parameters.
        let Some(k) = key.as_string() else { continue };
        let v = js_get(&query, &k, "options.query")?;
        let text = if let Some(s) = v.as_string() {
            s
        } else if let Some(b) = v.as_bool() {
            if b { "true" } else { "false" }.to_owned()
        } else if let Some(n) = v.as_f64().filter(|n| n.is_finite()) {
            String::from(
                js_sys::Number::from(n)
                    .to_string_with_radix(10)
                    .unwrap_or_default(),
            )
        } else if v.is_undefined() {
            continue;
        } else {
            return Err(invalid(format!(
                "options.query.{} must be a string, number or boolean",
                crate::error::bounded(&k, 40)
            )));
        };
        out.push((k, text));
    }
    Ok(out)
}

/// Watches an `AbortSignal`: [`AbortWatch::new`] also gives a future that resolves when
/// it fires (at once if it already has). The listener is removed when the watch is
/// dropped, so a signal that never fires keeps nothing of the call alive.
struct AbortWatch {
    signal: web_sys::AbortSignal,
    listener: Option<Closure<dyn FnMut()>>,
}

impl AbortWatch {
    fn new(signal: web_sys::AbortSignal) -> (Self, JsFuture) {
        let mut listener = None;
        let promise = Promise::new(&mut |resolve, _reject| {
            if signal.aborted() {
                let _ = resolve.call0(&JsValue::UNDEFINED);
                return;
            }
            let callback = Closure::<dyn FnMut()>::new(move || {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            });
            let _ =
                signal.add_event_listener_with_callback("abort", callback.as_ref().unchecked_ref());
            listener = Some(callback);
        });
        (AbortWatch { signal, listener }, JsFuture::from(promise))
    }
}

impl Drop for AbortWatch {
    fn drop(&mut self) {
        if let Some(callback) = &self.listener {
            let _ = self
                .signal
                .remove_event_listener_with_callback("abort", callback.as_ref().unchecked_ref());
        }
    }
}

/// The rejection of an aborted call: a `MiccError` of kind "aborted" whose `cause` is the
/// signal's reason, as `fetch` gives it.
fn aborted(reason: JsValue) -> JsValue {
    let err = js_sys::Error::new("the call was aborted");
    err.set_name("MiccError");
    let _ = Reflect::set(
        &err,
        &JsValue::from_str("kind"),
        &JsValue::from_str("aborted"),
    );
    let _ = Reflect::set(&err, &JsValue::from_str("cause"), &reason);
    err.into()
}

fn query_of(js: &JsValue) -> Result<Query, JsValue> {
    const W: &str = "odata";
    // Up to 2^53 - 1: the largest whole number a JavaScript number holds exactly.
    const MAX_COUNT: u64 = 9_007_199_254_740_991;
    let mut q = Query {
        top: js_whole(js, "top", W, MAX_COUNT)?,
        skip: js_whole(js, "skip", W, MAX_COUNT)?,
        search: string(js, "search", W)?,
        count: boolean(js, "count", W)?.unwrap_or(false),
        expand: list(js, "expand", W)?,
        select: list(js, "select", W)?,
        ..Query::default()
    };
    q.filter = string(js, "filter", W)?.map(Filter::Raw);
    for part in list(js, "orderby", W)? {
        let mut words = part.split_whitespace();
        let prop = words.next().unwrap_or_default().to_owned();
        let order = match words.next().map(str::to_ascii_lowercase).as_deref() {
            None | Some("asc") => Order::Asc,
            Some("desc") => Order::Desc,
            Some(other) => {
                return Err(invalid(format!(
                    "$orderby: {} is not asc or desc",
                    Quoted(&crate::error::bounded(other, 40))
                )));
            }
        };
        q.orderby.push((prop, order));
    }
    Ok(q)
}
