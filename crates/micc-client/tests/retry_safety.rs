//! Retries are safe: the client's operation table carries the description's
//! `x-idempotent` for every operation, and only idempotent operations are sent again after
//! a failure that may have reached the server.

mod support;

use micc_client::api::ops;
use micc_client::http::SendError;
use micc_client::models::*;
use micc_client::{Credentials, RetryPolicy};
use support::*;

#[test]
fn the_tables_idempotent_flags_are_the_descriptions() {
    let described = micc_api::operations().unwrap();
    assert_eq!(ops::ALL.len(), described.len());
    for d in &described {
        let op = ops::ALL
            .iter()
            .find(|o| o.id == d.operation_id)
            .unwrap_or_else(|| panic!("{} missing", d.operation_id));
        assert_eq!(op.idempotent, d.idempotent, "{}", op.id);
    }
}

fn client(s: &Scripted) -> micc_client::MiccClient<Scripted> {
    s.client(Credentials::token("t0k3n-value"))
}

#[test]
fn a_conversation_action_is_not_sent_again_after_a_timeout() {
    let pick = ConversationUpdateModel {
        id: Some("c-1".into()),
        conversation_action: Some(ConversationActionType::Pick),
        ..Default::default()
    };
    let s = Scripted::new();
    s.fail(SendError::Timeout);
    let c = client(&s);
    let e = block_on(c.queues().update_conversation("Sales", "c-1", &pick).send()).unwrap_err();
    assert_eq!(e.kind(), "timeout");
    s.fail(SendError::Network("reset".into()));
    let e = block_on(c.employees().me().update_conversation("c-1", &pick).send()).unwrap_err();
    assert_eq!(e.kind(), "network");
    s.reply(status(503, ""));
    let e = block_on(c.queues().update_conversations("Sales", &[pick]).send()).unwrap_err();
    assert_eq!(e.status(), Some(503));
    assert_eq!(s.requests().len(), 3, "each sent once");
}

#[test]
fn deletes_are_not_sent_again_after_an_ambiguous_failure() {
    let s = Scripted::new();
    s.fail(SendError::Timeout);
    let e = block_on(client(&s).queues().delete("Sales").send()).unwrap_err();
    assert_eq!(e.kind(), "timeout");
    assert_eq!(s.requests().len(), 1);
}

#[test]
fn whole_state_replacements_and_reads_are_retried() {
    let s = Scripted::new();
    s.fail(SendError::Timeout).reply(ok(r#""OK""#));
    let busy = EmployeeStateUpdateModel {
        state: Some(PresenceAvailability::Busy),
        ..Default::default()
    };
    let answer = block_on(client(&s).employees().me().set_state(&busy).send()).unwrap();
    assert_eq!(answer, "OK");
    assert_eq!(s.requests().len(), 2);
}

#[test]
fn too_many_requests_with_retry_after_is_waited_out_even_for_an_action() {
    // 429: the server did not take the request, so sending it again cannot repeat it.
    let s = Scripted::new();
    let mut limited = status(429, "");
    limited.headers.push(("Retry-After".into(), "2".into()));
    s.reply(limited).reply(ok(""));
    let pick = ConversationUpdateModel {
        conversation_action: Some(ConversationActionType::Pick),
        ..Default::default()
    };
    block_on(
        client(&s)
            .queues()
            .update_conversation("Sales", "c-1", &pick)
            .send(),
    )
    .unwrap();
    assert_eq!(s.requests().len(), 2);
}

#[test]
fn asking_for_it_retries_actions_too() {
    let s = Scripted::new();
    s.fail(SendError::Timeout).reply(ok(""));
    let mut config = micc_client::ClientConfig::new("https://cc.example", Credentials::None);
    config.retry = RetryPolicy {
        retry_non_idempotent: true,
        ..RetryPolicy::default()
    };
    let c = micc_client::MiccClient::new(config, s.clone()).unwrap();
    block_on(c.queues().delete("Sales").send()).unwrap();
    assert_eq!(s.requests().len(), 2);
}
