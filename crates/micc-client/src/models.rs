//! Models of the API. Real servers send camelCase, the reference shows PascalCase: accept both.

use serde::Deserialize;

/// "Queue Now" state of one queue (`GET queues/{id}/state`, items of `GET queues/state`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueState {
    #[serde(default, alias = "Id")]
    pub id: Option<String>,
    #[serde(default, alias = "Name")]
    pub name: Option<String>,
    #[serde(default, alias = "WaitingConversations")]
    pub waiting_conversations: Option<i64>,
}
