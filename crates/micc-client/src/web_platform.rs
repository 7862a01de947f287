//! [`Platform`] in browsers and Node: `fetch` with an `AbortController` for timeouts,
//! `Date.now`, `setTimeout` and `Math.random`.

use std::time::Duration;

use futures_util::future::{Either, select};
use gloo_timers::future::TimeoutFuture;
use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::http::{MAX_TIMER, Platform, Request, Response, SendError, header_value_ok};

#[derive(Debug, Default, Clone, Copy)]
pub struct WebPlatform;

/// A timer delay the browser keeps: `setTimeout` takes a signed 32-bit delay and fires a
/// longer one at once, so longer waits are cut to the limit (the client refuses such
/// timeouts when it is made; this guards every other path).
fn millis(d: Duration) -> u32 {
    d.min(MAX_TIMER)
        .as_millis()
        .try_into()
        .unwrap_or(i32::MAX as u32)
}

/// Aborts its fetch when dropped: a call the host gave up on (an `AbortSignal`, a dropped
/// future) frees the browser's connection instead of finishing the download. Aborting a
/// fetch whose body was read already does nothing.
struct AbortOnDrop(Option<web_sys::AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(c) = &self.0 {
            c.abort();
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// The global `fetch` of browsers, workers and Node 18+. Bound directly, with the
    /// request as a plain init object: a request builder and the `Headers`, `Request` and
    /// `URL` bindings cost the package more than this whole file.
    #[wasm_bindgen(catch, js_name = fetch)]
    fn global_fetch(url: &str, init: &Object) -> Result<Promise, JsValue>;
}

/// A host value's `message` (an `Error`'s; bounded), or a fixed text.
fn message_of(e: &JsValue, fallback: &str) -> String {
    Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .map_or_else(|| fallback.to_owned(), |m| crate::error::bounded(&m, 300))
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a property of a fresh plain object cannot throw.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// Reads the status, headers and text of a `fetch` answer.
async fn read_response(response: JsValue) -> Result<Response, SendError> {
    let failed = |e: JsValue| SendError::Network(message_of(&e, "the answer could not be read"));
    let get = |key: &str| Reflect::get(&response, &JsValue::from_str(key)).map_err(failed);
    let status = get("status")?
        .as_f64()
        .and_then(|s| (0.0..=999.0).contains(&s).then_some(s as u16))
        .ok_or_else(|| SendError::Network("fetch gave no HTTP status".into()))?;
    // `Array.from(headers)` iterates the pairs, names in lower case as fetch gives them.
    let pairs = Array::from(&get("headers")?);
    let headers = pairs
        .iter()
        .filter_map(|pair| {
            let pair = Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    let text: Function = get("text")?
        .dyn_into()
        .map_err(|_| SendError::Network("fetch gave no body reader".into()))?;
    let body = text.call0(&response).map_err(failed)?;
    let body = JsFuture::from(Promise::resolve(&body))
        .await
        .map_err(failed)?
        .as_string()
        .ok_or_else(|| SendError::Network("the answer's body is not text".into()))?;
    Ok(Response {
        status,
        headers,
        body,
    })
}

impl Platform for WebPlatform {
    async fn send(&self, request: Request) -> Result<Response, SendError> {
        let controller = AbortOnDrop(web_sys::AbortController::new().ok());
        let headers = Array::new();
        for (name, value) in &request.headers {
            // fetch throws on such a value: refuse it here, before anything is sent.
            if !header_value_ok(value) {
                return Err(SendError::Network(format!(
                    "the {name} header value is not one a browser sends"
                )));
            }
            headers.push(&Array::of2(
                &JsValue::from_str(name),
                &JsValue::from_str(value),
            ));
        }
        let init = Object::new();
        set(&init, "method", &JsValue::from_str(request.method.as_str()));
        set(&init, "headers", &headers);
        if let Some(body) = &request.body {
            set(&init, "body", &JsValue::from_str(body));
        }
        if let Some(c) = &controller.0 {
            set(&init, "signal", &c.signal());
        }
        let exchange = async {
            let promise = global_fetch(&request.url, &init)
                .map_err(|e| SendError::Network(message_of(&e, "fetch refused the request")))?;
            let response = JsFuture::from(promise)
                .await
                .map_err(|e| SendError::Network(message_of(&e, "the request failed")))?;
            read_response(response).await
        };
        let Some(timeout) = request.timeout else {
            return exchange.await;
        };
        let exchange = std::pin::pin!(exchange);
        match select(exchange, TimeoutFuture::new(millis(timeout))).await {
            Either::Left((result, _)) => result,
            // Returning drops the controller, which aborts the download.
            Either::Right(((), _)) => Err(SendError::Timeout),
        }
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn sleep(&self, duration: Duration) -> impl std::future::Future<Output = ()> {
        TimeoutFuture::new(millis(duration))
    }

    fn random(&self) -> f64 {
        js_sys::Math::random()
    }
}
