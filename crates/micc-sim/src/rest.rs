//! The REST API under `/miccsdk/api/v1`.

use std::sync::Arc;

use axum::{Json, Router, extract::State, routing::get};
use serde_json::{Value, json};

use crate::AppState;

pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/queues/state", get(queue_states))
}

/// A HAL collection as real servers send it.
fn hal_collection(self_href: &str, items: Value) -> Value {
    let count = items.as_array().map_or(0, Vec::len);
    json!({
        "count": count,
        "_links": { "self": { "href": self_href } },
        "_embedded": { "items": items },
    })
}

async fn queue_states(State(state): State<Arc<AppState>>) -> Json<Value> {
    let items = serde_json::to_value(&state.world.queues).unwrap_or(Value::Null);
    Json(hal_collection("/miccsdk/api/v1/queues/state", items))
}
