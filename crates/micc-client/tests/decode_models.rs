//! Every model of the API document decodes from both wire forms.
//!
//! For each component schema, the generator (`micc_api::codegen`) writes a fully populated
//! sample in the reference's form (PascalCase, integer enums) and in the real servers' form
//! (camelCase, enum names). Both must decode, into equal values with every property set:
//! serialized back in the reference form (which omits `None`), each gives exactly the
//! reference sample, and serialized in the camel form each gives exactly the camel sample.

// Native only: these use the generator (micc-api) and proptest, and run with `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use micc_api::codegen::{self, SampleForm};
use micc_client::decode;
use micc_client::models::{self, *};
use serde_json::{Value, json};

/// The decoded model of one schema, serialized in both forms.
struct Forms {
    reference: Value,
    camel: Value,
}

fn forms<T: serde::de::DeserializeOwned + serde::Serialize>(
    text: &str,
) -> Result<Forms, decode::DecodeError> {
    let model: T = decode::from_str(text)?;
    Ok(Forms {
        reference: models::to_reference_json(&model),
        camel: models::to_camel_json(&model),
    })
}

macro_rules! dispatch {
    ($($name:ident),* $(,)?) => {
        /// Decodes `text` as the model named `schema`; `None` when no type has that name.
        fn decode_as(schema: &str, text: &str) -> Option<Result<Forms, decode::DecodeError>> {
            match schema {
                $(stringify!($name) => Some(forms::<$name>(text)),)*
                _ => None,
            }
        }
    };
}

micc_client::for_each_model!(dispatch);

fn component_schemas() -> Vec<String> {
    let doc: Value = serde_json::from_str(micc_api::OPENAPI_JSON).unwrap();
    doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[test]
fn every_component_schema_has_a_model() {
    let schemas = component_schemas();
    assert_eq!(schemas.len(), 60, "the document changed: check the models");
    for name in &schemas {
        assert!(
            decode_as(name, "{}").is_some() || decode_as(name, "1").is_some(),
            "no model for component schema {name}"
        );
        assert!(
            models::COMPONENT_SCHEMAS.contains(&name.as_str()),
            "{name} missing from COMPONENT_SCHEMAS"
        );
    }
    assert_eq!(models::COMPONENT_SCHEMAS.len(), schemas.len());
}

#[test]
fn every_model_decodes_from_both_wire_forms_with_every_field_set() {
    let all = codegen::models().unwrap();
    for name in component_schemas() {
        let reference = codegen::sample_in(&all, &name, SampleForm::Reference).unwrap();
        let camel = codegen::sample_in(&all, &name, SampleForm::Wire).unwrap();
        for (form, sample) in [("reference", &reference), ("camel", &camel)] {
            let text = sample.to_string();
            let decoded = decode_as(&name, &text)
                .unwrap_or_else(|| panic!("no model for {name}"))
                .unwrap_or_else(|e| panic!("{name} ({form} form): {e}"));
            assert_eq!(
                decoded.reference, reference,
                "{name} decoded from the {form} form, serialized in the reference form"
            );
            assert_eq!(
                decoded.camel, camel,
                "{name} decoded from the {form} form, serialized in the camel form"
            );
        }
    }
}

#[test]
fn samples_really_are_fully_populated() {
    // Guards the test above: a sample with a missing property would hide a field that
    // never decodes.
    let all = codegen::models().unwrap();
    let mut checked = 0;
    for m in all.iter().filter(|m| m.component) {
        let fields = m.fields();
        if fields.is_empty() {
            continue;
        }
        let sample = codegen::sample_in(&all, &m.name, SampleForm::Reference).unwrap();
        let object = sample.as_object().unwrap();
        assert_eq!(object.len(), fields.len(), "{}", m.name);
        assert!(object.values().all(|v| !v.is_null()), "{}", m.name);
        checked += 1;
    }
    assert!(checked > 40);
}

#[test]
fn the_camel_form_uses_json_net_names_and_enum_names() {
    let state: QueueState = decode::from_str(
        r#"{"WaitingConversations":3,"MediaType":2,"LongestWaitingConversationDuration":"00:03:12",
            "TimeOfLastReceivedUpdate":"2024-05-01T12:30:00Z","_links":{"self":{"href":"/q/1"}}}"#,
    )
    .unwrap();
    assert_eq!(state.media_type, Some(MediaType::Email));
    assert_eq!(
        models::to_camel_json(&state),
        json!({
            "_links": {"self": {"href": "/q/1"}},
            "longestWaitingConversationDuration": "00:03:12",
            "mediaType": "Email",
            "timeOfLastReceivedUpdate": "2024-05-01T12:30:00Z",
            "waitingConversations": 3
        })
    );
    assert_eq!(
        models::to_reference_json(&state),
        json!({
            "_links": {"self": {"href": "/q/1"}},
            "LongestWaitingConversationDuration": "00:03:12",
            "MediaType": 2,
            "TimeOfLastReceivedUpdate": "2024-05-01T12:30:00Z",
            "WaitingConversations": 3
        })
    );
    // The options switch each rewrite on its own.
    let names_only = CamelOptions {
        camel_case_names: false,
        enum_names: true,
    };
    let mut out = Vec::new();
    serde::Serialize::serialize(
        &state,
        CamelSerializer::with_options(&mut serde_json::Serializer::new(&mut out), names_only),
    )
    .unwrap();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["MediaType"], "Email");
    assert_eq!(v["WaitingConversations"], 3);
}

#[test]
fn request_bodies_take_the_reference_form() {
    let body = ConversationUpdateModel {
        id: Some("c-1".into()),
        conversation_action: Some(ConversationActionType::Pick),
        tags: Some(vec![KeyValuePairOfStringAndString::new("topic", "billing")]),
        ..Default::default()
    };
    assert_eq!(
        models::to_reference_string(&body).unwrap(),
        r#"{"Id":"c-1","ConversationAction":9,"Tags":[{"Key":"topic","Value":"billing"}]}"#
    );
    let update = EmployeeStateUpdateModel {
        state: Some(PresenceAvailability::Other(RawEnum::Str("Lunch".into()))),
        ..Default::default()
    };
    // An unknown value keeps what it had, in both forms.
    assert_eq!(
        models::to_reference_json(&update),
        json!({"State": "Lunch"})
    );
    assert_eq!(models::to_camel_json(&update), json!({"state": "Lunch"}));
}

#[test]
fn open_models_keep_what_the_reference_does_not_name() {
    let presence: Presentity = decode::from_str(
        r#"{"aggregate":{"acdState":"Busy","reason":"Lunch","since":"12:00"},
            "VOICE":[{"AcdState":2}],"video":{"acdState":"Away"}}"#,
    )
    .unwrap();
    let aggregate = presence.aggregate.as_ref().unwrap();
    assert_eq!(aggregate.acd_state, Some(PresenceAvailability::Busy));
    assert_eq!(aggregate.reason.as_deref(), Some("Lunch"));
    assert_eq!(aggregate.other["since"], "12:00");
    assert_eq!(
        presence.voice.as_ref().unwrap()[0].acd_state,
        Some(PresenceAvailability::Busy)
    );
    assert_eq!(presence.other["video"], json!({"acdState": "Away"}));
    assert_eq!(
        models::to_camel_json(&presence),
        json!({
            "aggregate": {"acdState": "Busy", "reason": "Lunch", "since": "12:00"},
            "voice": [{"acdState": "Busy"}],
            "video": {"acdState": "Away"}
        })
    );
    assert_eq!(
        models::to_reference_json(&presence)["Aggregate"]["AcdState"],
        json!(2)
    );
}

#[test]
fn employee_state_as_public_code_reads_it() {
    // wire-facts.md: presence.aggregate.acdState, per-media objects and a voice array.
    let text = r#"{"id":"e1","firstName":"Ada","presence":{"aggregate":{"acdState":"DoNotDisturb"},
        "email":{"acdState":"Available"},"chat":null,"voice":[{"acdState":"Busy"}]},
        "enteredStateOn":"2024-05-01T12:30:00.123Z"}"#;
    let state: EmployeeState = decode::from_str(text).unwrap();
    let presence = state.presence.unwrap();
    assert_eq!(
        presence.aggregate.unwrap().acd_state,
        Some(PresenceAvailability::DoNotDisturb)
    );
    assert_eq!(presence.chat, None);
    assert_eq!(
        state.entered_state_on.unwrap().unix_millis(),
        1_714_566_600_123
    );
}

#[test]
fn hal_pages_decode_through_the_adapter_in_both_casings() {
    let text = r#"{"COUNT":2,"_links":{"next":{"href":"/next"}},"_embedded":{"Items":[
        {"name":"Sales","waitingConversations":3},{"Name":"Support","WaitingConversations":0}]}}"#;
    let page: micc_client::HalPage<QueueState> = decode::from_str(text).unwrap();
    assert_eq!(page.count, Some(2));
    let names: Vec<_> = page.items().iter().map(|q| q.name.clone()).collect();
    assert_eq!(names, [Some("Sales".into()), Some("Support".into())]);
    assert_eq!(page.items()[0].waiting_conversations, Some(3));
}

#[test]
fn links_are_one_link_or_several() {
    let r: QueueModel = decode::from_str(
        r#"{"_links":{"self":{"href":"/q/1","templated":false},"members":[{"href":"/a"},{"href":"/b"}]}}"#,
    )
    .unwrap();
    let links = r.links.unwrap();
    assert_eq!(links.href("self"), Some("/q/1"));
    assert_eq!(links.href("SELF"), Some("/q/1"));
    assert_eq!(links.href("members"), Some("/a"));
    assert_eq!(links.0["members"].all().len(), 2);
    assert_eq!(links.href("nope"), None);
}

#[test]
fn key_value_pairs_read_dot_net_shape_in_any_case() {
    let kv: KeyValuePairOfStringAndString =
        decode::from_str(r#"{"key":"topic","value":"billing"}"#).unwrap();
    assert_eq!((kv.key(), kv.value()), (Some("topic"), Some("billing")));
}

#[test]
fn queue_state_keeps_the_fields_client_code_uses() {
    // `client.rs` and the widget read these three fields.
    let q = QueueState {
        id: Some("q".into()),
        name: Some("Sales".into()),
        waiting_conversations: Some(4_i64),
        ..Default::default()
    };
    assert_eq!(
        q.waiting_conversations.map(|n| n.to_string()).as_deref(),
        Some("4")
    );
}
