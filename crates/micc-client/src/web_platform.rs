//! [`Platform`] in browsers and Node: `fetch` (through gloo-net) with an `AbortController`
//! for timeouts, `Date.now`, `setTimeout` and `Math.random`.

use std::time::Duration;

use futures_util::future::{Either, select};
use gloo_timers::future::TimeoutFuture;

use crate::http::{MAX_TIMER, Method, Platform, Request, Response, SendError, header_value_ok};

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

impl Platform for WebPlatform {
    async fn send(&self, request: Request) -> Result<Response, SendError> {
        let method = match request.method {
            Method::Get => gloo_net::http::Method::GET,
            Method::Post => gloo_net::http::Method::POST,
            Method::Put => gloo_net::http::Method::PUT,
            Method::Delete => gloo_net::http::Method::DELETE,
            Method::Patch => gloo_net::http::Method::PATCH,
        };
        let controller = AbortOnDrop(web_sys::AbortController::new().ok());
        let mut builder = gloo_net::http::RequestBuilder::new(&request.url)
            .method(method)
            .abort_signal(controller.0.as_ref().map(|c| c.signal()).as_ref());
        for (name, value) in &request.headers {
            // `Headers.set` throws on such a value, through the wasm module: refuse it here.
            if !header_value_ok(value) {
                return Err(SendError::Network(format!(
                    "the {name} header value is not one a browser sends"
                )));
            }
            builder = builder.header(name, value);
        }
        let built = match request.body {
            Some(body) => builder.body(body),
            None => builder.build(),
        }
        .map_err(|e| SendError::Network(e.to_string()))?;
        let exchange = async {
            let response = built
                .send()
                .await
                .map_err(|e| SendError::Network(e.to_string()))?;
            let status = response.status();
            let headers = response.headers().entries().collect();
            let body = response
                .text()
                .await
                .map_err(|e| SendError::Network(e.to_string()))?;
            Ok(Response {
                status,
                headers,
                body,
            })
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
