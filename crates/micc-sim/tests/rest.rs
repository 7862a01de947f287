//! Drives the simulator's router in-process.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use micc_sim::{Config, app};
use tower::ServiceExt;

async fn get(uri: &str, origin: Option<&str>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut req = Request::get(uri);
    if let Some(origin) = origin {
        req = req.header(header::ORIGIN, origin);
    }
    let res = app(&Config {
        queues: 5,
        ..Config::default()
    })
    .oneshot(req.body(Body::empty()).unwrap())
    .await
    .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

#[tokio::test]
async fn queue_states_is_a_hal_collection_of_every_queue() {
    let (status, _, body) = get("/miccsdk/api/v1/queues/state", None).await;
    assert_eq!(status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["count"], 5);
    let items = v["_embedded"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    assert_eq!(items[0]["name"], "Sales");
    assert!(items[0]["waitingConversations"].is_u64());
}

#[tokio::test]
async fn cors_answers_loopback_origins_only() {
    let (_, headers, _) = get(
        "/miccsdk/api/v1/queues/state",
        Some("http://localhost:3000"),
    )
    .await;
    assert_eq!(
        headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "http://localhost:3000"
    );
    let (_, headers, _) = get("/miccsdk/api/v1/queues/state", Some("https://evil.example")).await;
    assert!(headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
}
