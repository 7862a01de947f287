//! The JavaScript API (wasm-bindgen): `new WasmClient(options)` and one generic
//! `call(operationId, args, options)`. The resource-grouped facade (`client.queues()
//! .state("Sales")`) is plain JavaScript generated from [`crate::api::methods`]
//! (js/facade.js); answers are plain objects in the real servers' form; failures reject
//! with an `Error` named `MiccError` carrying a `kind`.

use std::rc::Rc;
use std::time::Duration;

use js_sys::{Array, Function, JSON, Promise, Reflect};
use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};

use crate::api::ops::{self, Op};
use crate::api::{Call, bodies, responses};
use crate::auth::{ProvidedToken, Secret, TokenFuture, TokenProvider};
use crate::odata::{Filter, Order, Query};
use crate::{ClientConfig, Credentials, Error, MiccClient, RetryPolicy, WebPlatform};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Options {
    server: String,
    #[serde(default)]
    auth: Option<AuthOptions>,
    #[serde(default)]
    timeout_ms: Option<f64>,
    #[serde(default)]
    retry: Option<RetryOptions>,
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum AuthOptions {
    None,
    Password {
        username: String,
        password: String,
    },
    #[serde(rename_all = "camelCase")]
    ClientCredentials {
        client_id: String,
        client_secret: String,
        impersonate: Option<String>,
    },
    Token {
        token: String,
    },
    /// `getToken` is a function: read separately, it does not survive JSON.
    Provider,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RetryOptions {
    max_retries: Option<u32>,
    base_delay_ms: Option<f64>,
    max_delay_ms: Option<f64>,
    retry_non_idempotent: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct CallOptions {
    #[serde(default)]
    query: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    odata: Option<ODataOptions>,
    #[serde(default)]
    body: Option<serde_json::Value>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ODataOptions {
    filter: Option<String>,
    orderby: Option<OneOrMany>,
    top: Option<u64>,
    skip: Option<u64>,
    expand: Option<OneOrMany>,
    select: Option<OneOrMany>,
    search: Option<String>,
    count: Option<bool>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn items(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => s
                .split(',')
                .map(|x| x.trim().to_owned())
                .filter(|x| !x.is_empty())
                .collect(),
            OneOrMany::Many(v) => v,
        }
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

/// JSON text of a JavaScript value (options objects are plain data).
fn to_json<T: for<'de> Deserialize<'de>>(value: &JsValue, what: &str) -> Result<T, JsValue> {
    let text = JSON::stringify(value).map_err(|_| invalid(format!("{what} must be JSON-like")))?;
    let text = text
        .as_string()
        .ok_or_else(|| invalid(format!("{what} must be an object")))?;
    serde_json::from_str(&text).map_err(|e| invalid(format!("{what}: {e}")))
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
        let parsed: Options = to_json(&options, "options")?;
        let credentials = match parsed.auth {
            None | Some(AuthOptions::None) => Credentials::None,
            Some(AuthOptions::Password { username, password }) => {
                Credentials::password(username, password)
            }
            Some(AuthOptions::ClientCredentials {
                client_id,
                client_secret,
                impersonate,
            }) => Credentials::ClientCredentials {
                client_id,
                client_secret: Secret::new(client_secret),
                impersonate,
            },
            Some(AuthOptions::Token { token }) => Credentials::token(token),
            Some(AuthOptions::Provider) => {
                let auth = Reflect::get(&options, &"auth".into()).unwrap_or(JsValue::UNDEFINED);
                let f = Reflect::get(&auth, &"getToken".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<Function>().ok())
                    .ok_or_else(|| invalid("auth.getToken must be a function"))?;
                Credentials::Provider(Rc::new(JsProvider(f)))
            }
        };
        let mut config = ClientConfig::new(parsed.server, credentials);
        if let Some(ms) = parsed.timeout_ms {
            config.timeout =
                (ms.is_finite() && ms > 0.0).then(|| Duration::from_secs_f64(ms / 1000.0));
        }
        if let Some(r) = parsed.retry {
            let d = RetryPolicy::default();
            let ms = |v: Option<f64>, default: Duration| {
                v.filter(|x| x.is_finite() && *x >= 0.0)
                    .map_or(default, |x| Duration::from_secs_f64(x / 1000.0))
            };
            config.retry = RetryPolicy {
                max_retries: r.max_retries.unwrap_or(d.max_retries),
                base_delay: ms(r.base_delay_ms, d.base_delay),
                max_delay: ms(r.max_delay_ms, d.max_delay),
                max_retry_after: d.max_retry_after,
                retry_non_idempotent: r.retry_non_idempotent.unwrap_or(false),
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
            let body = match (&opts.body, op.body) {
                (Some(b), true) => {
                    let json = serde_json::to_string(b).map_err(|e| invalid(e.to_string()))?;
                    let reference = bodies::reference_body(op.id, &json)
                        .ok_or_else(|| invalid(format!("{} takes no body", op.id)))?
                        .map_err(|e| invalid(format!("body at {}: {}", e.path, e.message)))?;
                    Some(reference)
                }
                (Some(_), false) => return Err(invalid(format!("{} takes no body", op.id))),
                (None, true) => return Err(invalid(format!("{} needs a body", op.id))),
                (None, false) => None,
            };
            let mut call: Call<'_, WebPlatform, ()> = Call::new(&client, op, args);
            for (k, v) in &opts.query {
                let text = match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                call = call.param(k, text);
            }
            if let Some(q) = opts.odata {
                call = call.odata(query_of(q)?);
            }
            if let Some(b) = body {
                call = call.with_json_body(b);
            }
            let raw = call.send_raw().await.map_err(|e| js_error(&e))?;
            let value = responses::normalize(op.id, &raw)
                .ok_or_else(|| invalid(format!("no model for {}", op.id)))?
                .map_err(|e| {
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

type Prepared = (&'static Op, Vec<String>, CallOptions);

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
            (_, _, Some(n)) if n.is_finite() => Ok(n.to_string()),
            _ => Err(invalid(format!(
                "{}: path parameters must be strings",
                op.id
            ))),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let opts = if options.is_undefined() || options.is_null() {
        CallOptions::default()
    } else {
        to_json(options, "options")?
    };
    Ok((op, args, opts))
}

fn query_of(o: ODataOptions) -> Result<Query, JsValue> {
    let mut q = Query {
        top: o.top,
        skip: o.skip,
        search: o.search,
        count: o.count.unwrap_or(false),
        ..Query::default()
    };
    q.filter = o.filter.map(Filter::Raw);
    q.expand = o.expand.map(OneOrMany::items).unwrap_or_default();
    q.select = o.select.map(OneOrMany::items).unwrap_or_default();
    for part in o.orderby.map(OneOrMany::items).unwrap_or_default() {
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
