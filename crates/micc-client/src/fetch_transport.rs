//! [`Transport`] over the browser's (or Node's) `fetch`, through gloo-net.

use crate::error::{Error, Result};
use crate::http::{Method, Request, Response, Transport};

#[derive(Debug, Default, Clone, Copy)]
pub struct FetchTransport;

impl Transport for FetchTransport {
    async fn send(&self, request: Request) -> Result<Response> {
        let method = match request.method {
            Method::Get => gloo_net::http::Method::GET,
            Method::Post => gloo_net::http::Method::POST,
            Method::Put => gloo_net::http::Method::PUT,
            Method::Delete => gloo_net::http::Method::DELETE,
        };
        let mut builder = gloo_net::http::RequestBuilder::new(&request.url).method(method);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let built = match request.body {
            Some(body) => builder.body(body),
            None => builder.build(),
        }
        .map_err(|e| Error::InvalidArgument(e.to_string()))?;
        let response = built
            .send()
            .await
            .map_err(|e| Error::Network(e.to_string()))?;
        let status = response.status();
        let body = response
            .text()
            .await
            .map_err(|e| Error::Network(e.to_string()))?;
        Ok(Response { status, body })
    }
}
