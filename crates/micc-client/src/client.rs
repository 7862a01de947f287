//! The resource-grouped entry point.

use crate::error::{Error, Result};
use crate::hal::HalPage;
use crate::http::{Method, Request, Transport};
use crate::models::QueueState;

/// Base path of the REST API under the server URL.
pub const API_BASE: &str = "/miccsdk/api/v1/";

pub struct MiccClient<T> {
    server: String,
    transport: T,
    token: Option<String>,
}

/// Never prints the token.
impl<T> std::fmt::Debug for MiccClient<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MiccClient")
            .field("server", &self.server)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl<T: Transport> MiccClient<T> {
    /// `server` is the scheme and authority, e.g. `https://micc.example.com`.
    pub fn new(server: &str, transport: T) -> Result<Self> {
        let server = server.trim_end_matches('/');
        if !(server.starts_with("http://") || server.starts_with("https://")) {
            return Err(Error::InvalidArgument(format!(
                "server must be an http(s) URL, got {server:?}"
            )));
        }
        Ok(Self {
            server: server.to_owned(),
            transport,
            token: None,
        })
    }

    /// Uses a bearer token the host obtained (for example from its own backend).
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    pub fn queues(&self) -> Queues<'_, T> {
        Queues { client: self }
    }

    pub(crate) fn api_url(&self, path: &str) -> String {
        format!("{}{}{}", self.server, API_BASE, path)
    }

    async fn get<R: serde::de::DeserializeOwned>(&self, path: &str) -> Result<R> {
        let mut headers = vec![("Accept".into(), "application/json".into())];
        if let Some(token) = &self.token {
            headers.push(("Authorization".into(), format!("Bearer {token}")));
        }
        let request = Request {
            method: Method::Get,
            url: self.api_url(path),
            headers,
            body: None,
        };
        self.transport.send(request).await?.json()
    }
}

/// Operations of the Queue group.
pub struct Queues<'c, T> {
    client: &'c MiccClient<T>,
}

impl<T: Transport> Queues<'_, T> {
    /// Queue Now state of every queue the caller may see (`GET queues/state`).
    pub async fn states(&self) -> Result<HalPage<QueueState>> {
        self.client.get("queues/state").await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::Response;
    use std::cell::RefCell;

    /// Answers every request with one canned response and records what it was asked.
    struct Canned {
        response: Response,
        seen: RefCell<Vec<Request>>,
    }

    impl Transport for Canned {
        async fn send(&self, request: Request) -> Result<Response> {
            self.seen.borrow_mut().push(request);
            Ok(self.response.clone())
        }
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        // The canned transport never suspends, so one poll finishes the future.
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        let mut f = std::pin::pin!(f);
        match f.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => panic!("canned transport suspended"),
        }
    }

    #[test]
    fn queue_states_requests_the_hal_collection_and_decodes_both_casings() {
        let body = r#"{"count":2,"_links":{},"_embedded":{"items":[
            {"name":"Sales","waitingConversations":3},
            {"Name":"Support","WaitingConversations":0}]}}"#;
        let transport = Canned {
            response: Response {
                status: 200,
                body: body.into(),
            },
            seen: RefCell::default(),
        };
        let client = MiccClient::new("http://sim.local:8080/", transport)
            .unwrap()
            .with_token("s3cret-token");
        assert!(!format!("{client:?}").contains("s3cret"));
        let page = block_on(client.queues().states()).unwrap();
        assert_eq!(page.count, Some(2));
        let names: Vec<_> = page
            .items()
            .iter()
            .map(|q| q.name.clone().unwrap())
            .collect();
        assert_eq!(names, ["Sales", "Support"]);
        assert_eq!(page.items()[0].waiting_conversations, Some(3));
        let seen = client.transport.seen.borrow();
        assert_eq!(
            seen[0].url,
            "http://sim.local:8080/miccsdk/api/v1/queues/state"
        );
        assert_eq!(seen[0].method, Method::Get);
        assert!(
            seen[0]
                .headers
                .contains(&("Authorization".into(), "Bearer s3cret-token".into()))
        );
    }

    #[test]
    fn rejects_a_server_that_is_not_an_http_url() {
        let transport = Canned {
            response: Response {
                status: 200,
                body: String::new(),
            },
            seen: RefCell::default(),
        };
        assert!(matches!(
            MiccClient::new("javascript:alert(1)", transport),
            Err(Error::InvalidArgument(_))
        ));
    }
}
