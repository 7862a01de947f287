//! An in-process simulator for tests: requests go straight into the router.
#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use micc_sim::{AppState, Config, router};
use serde_json::{Value, json};
use std::sync::Arc;
use tower::ServiceExt;

pub struct Sim {
    pub router: Router,
    pub state: Arc<AppState>,
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
}

impl Sim {
    pub fn new(config: Config) -> Self {
        let state = AppState::new(config);
        Sim {
            router: router(state.clone()),
            state,
        }
    }

    pub async fn send(
        &self,
        method: Method,
        uri: &str,
        headers: &[(&str, &str)],
        body: Option<String>,
    ) -> Answer {
        let mut req = Request::builder().method(method).uri(uri);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let body = body.map_or_else(Body::empty, Body::from);
        let res = self
            .router
            .clone()
            .oneshot(req.body(body).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            headers,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// An API call with a bearer token and an optional JSON body.
    pub async fn api(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> Answer {
        let auth = format!("Bearer {token}");
        let mut headers = vec![("authorization", auth.as_str())];
        if body.is_some() {
            headers.push(("content-type", "application/json"));
        }
        let uri = format!("/miccsdk/api/v1{path}").replace(' ', "%20");
        self.send(method, &uri, &headers, body.map(|b| b.to_string()))
            .await
    }

    pub async fn get(&self, path: &str, token: &str) -> Value {
        let a = self.api(Method::GET, path, token, None).await;
        assert_eq!(a.status, StatusCode::OK, "GET {path}: {}", a.text);
        a.json()
    }

    pub async fn token_form(&self, form: &str, extra: &[(&str, &str)]) -> Answer {
        let mut headers = vec![("content-type", "application/x-www-form-urlencoded")];
        headers.extend_from_slice(extra);
        self.send(
            Method::POST,
            "/authorizationserver/token",
            &headers,
            Some(form.to_owned()),
        )
        .await
    }

    pub async fn password_token(&self, user: &str, password: &str) -> String {
        let a = self
            .token_form(
                &format!("grant_type=password&username={user}&password={password}"),
                &[],
            )
            .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
        a.json()["access_token"].as_str().unwrap().to_owned()
    }

    pub async fn client_token(&self, impersonate: Option<&str>) -> String {
        let form =
            "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret";
        let extra: Vec<(&str, &str)> = impersonate
            .map(|u| vec![("impersonate", u)])
            .unwrap_or_default();
        let a = self.token_form(form, &extra).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
        a.json()["access_token"].as_str().unwrap().to_owned()
    }

    pub async fn admin(&self, path: &str, body: Value) -> Answer {
        let a = self
            .send(
                Method::POST,
                &format!("/admin{path}"),
                &[("content-type", "application/json")],
                Some(body.to_string()),
            )
            .await;
        assert!(
            a.status.is_success(),
            "admin {path}: {} {}",
            a.status,
            a.text
        );
        a
    }

    pub async fn advance(&self, seconds: f64) {
        self.admin("/clock/advance", json!({ "seconds": seconds }))
            .await;
    }
}

/// A property of a JSON object whatever its casing (camel or Pascal wire form).
pub fn prop<'a>(v: &'a Value, name: &str) -> &'a Value {
    v.as_object()
        .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)))
        .map_or(&Value::Null, |(_, v)| v)
}

pub fn items(v: &Value) -> Vec<Value> {
    prop(prop(v, "_embedded"), "items")
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub fn str_of(v: &Value, name: &str) -> String {
    match prop(v, name) {
        Value::String(s) => s.clone(),
        other => panic!("{name} is not a string: {other} in {v}"),
    }
}
