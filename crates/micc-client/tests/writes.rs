//! Writes speak the server's language: enums go out as names (wire-facts.md: "When
//! sending, send names"), in the Rust API and in the JavaScript API's body conversion, and
//! a write that succeeds without content is a success.

mod support;

use micc_client::models::*;
use micc_client::{Credentials, Error};
use serde_json::{Value, json};
use support::*;

fn client(s: &Scripted) -> micc_client::MiccClient<Scripted> {
    s.client(Credentials::token("t0k3n-value"))
}

fn sent_body(s: &Scripted) -> Value {
    let reqs = s.requests();
    serde_json::from_str(reqs.last().unwrap().body.as_deref().unwrap()).unwrap()
}

#[test]
fn rust_request_bodies_send_enum_names() {
    let s = Scripted::new();
    s.reply(ok("")).reply(ok("")).reply(ok(""));
    let c = client(&s);
    let pick = ConversationUpdateModel {
        id: Some("c-1".into()),
        conversation_action: Some(ConversationActionType::Pick),
        ..Default::default()
    };
    block_on(c.queues().update_conversation("Sales", "c-1", &pick).send()).unwrap();
    assert_eq!(
        sent_body(&s),
        json!({"Id": "c-1", "ConversationAction": "Pick"})
    );
    let dnd = EmployeeStateUpdateModel {
        state: Some(PresenceAvailability::DoNotDisturb),
        ..Default::default()
    };
    block_on(c.employees().me().set_state(&dnd).send()).unwrap();
    assert_eq!(sent_body(&s)["State"], "DoNotDisturb");
    // A value this version does not know goes out as it was given.
    let odd = EmployeeStateUpdateModel {
        state: Some(PresenceAvailability::Other(RawEnum::Str("Lunch".into()))),
        ..Default::default()
    };
    block_on(c.employees().me().set_state(&odd).send()).unwrap();
    assert_eq!(sent_body(&s)["State"], "Lunch");
}

#[test]
fn a_write_without_content_succeeds() {
    let s = Scripted::new();
    let c = client(&s);
    let available = EmployeeStateUpdateModel {
        state: Some(PresenceAvailability::Available),
        ..Default::default()
    };
    for (answer, expected) in [
        (status(204, ""), ""),
        (ok(""), ""),
        (ok("  \r\n"), ""),
        (ok("OK"), "OK"),
        (ok(r#""OK""#), "OK"),
        (ok(r#""Accepted""#), "Accepted"),
    ] {
        s.reply(answer);
        let got = block_on(c.employees().me().set_state(&available).send()).unwrap();
        assert_eq!(got, expected);
    }
    // Only operations that answer a string: a model answer still has to be there.
    s.reply(status(204, ""));
    let e = block_on(c.queues().state("Sales").send()).unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e:?}");
    // And a string operation does not take any text: an HTML page is not a success.
    s.reply(ok("<html>Sign in</html>"));
    let e = block_on(c.employees().me().set_state(&available).send()).unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e:?}");
}
