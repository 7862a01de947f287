//! Plain request/response values and the one IO seam, [`Transport`].

use crate::error::{Error, Result, excerpt};
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    /// Decodes a 2xx body as `T`; any other status becomes [`Error::Status`].
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        if !(200..300).contains(&self.status) {
            return Err(Error::Status {
                status: self.status,
                excerpt: excerpt(&self.body),
            });
        }
        serde_json::from_str(&self.body).map_err(|e| Error::Decode {
            message: e.to_string(),
            excerpt: excerpt(&self.body),
        })
    }
}

/// Sends one request and returns the answer, whatever its status.
#[allow(async_fn_in_trait)] // single-threaded wasm: no Send bound wanted
pub trait Transport {
    async fn send(&self, request: Request) -> Result<Response>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::QueueState;

    #[test]
    fn non_2xx_is_a_status_error_with_excerpt() {
        let r = Response {
            status: 503,
            body: "<html>down</html>".into(),
        };
        assert_eq!(
            r.json::<QueueState>(),
            Err(Error::Status {
                status: 503,
                excerpt: "<html>down</html>".into()
            })
        );
    }

    #[test]
    fn html_with_200_is_a_decode_error() {
        let r = Response {
            status: 200,
            body: "<html>login</html>".into(),
        };
        assert!(matches!(r.json::<QueueState>(), Err(Error::Decode { .. })));
    }
}
