//! Models of the API. Real servers send camelCase, the reference shows PascalCase: accept both.

use serde::Deserialize;

/// "Queue Now" state of one queue (`GET queues/{id}/state`, items of `GET queues/state`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueState {
    #[serde(default, alias = "QueueId", alias = "Id", alias = "id")]
    pub queue_id: Option<String>,
    #[serde(default, alias = "QueueName", alias = "Name", alias = "name")]
    pub queue_name: Option<String>,
    #[serde(default, alias = "WaitingConversations")]
    pub waiting_conversations: Option<i64>,
}
