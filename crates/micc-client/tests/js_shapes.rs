//! The shapes table (src/api/shapes_generated.rs, written by micc-api's generator from the
//! API description; `tests/generated_files.rs` checks it is current) converts exactly like
//! the typed models.

// ---- the table converts exactly like the typed models ---------------------------------

use micc_api::codegen::SampleForm;
use micc_client::api::shapes::{self, ENUMS, Form, MODELS, T};
use micc_client::decode;
use micc_client::models::{self, *};
use serde_json::Value;

fn typed<M: serde::de::DeserializeOwned + serde::Serialize>(
    text: &str,
) -> Result<(Value, Value), decode::DecodeError> {
    let model: M = decode::from_str(text)?;
    Ok((
        models::to_camel_json(&model),
        models::to_reference_json(&model),
    ))
}

macro_rules! dispatch {
    ($($name:ident),* $(,)?) => {
        fn decode_as(schema: &str, text: &str) -> Option<Result<(Value, Value), decode::DecodeError>> {
            match schema {
                $(stringify!($name) => Some(typed::<$name>(text)),)*
                _ => None,
            }
        }
    };
}

micc_client::for_each_model!(dispatch);

fn type_of(name: &str) -> T {
    if let Some(i) = MODELS.iter().position(|m| m.name == name) {
        T::Model(i as u16)
    } else {
        T::Enum(
            ENUMS
                .iter()
                .position(|e| e.name == name)
                .unwrap_or_else(|| panic!("no shape {name}")) as u16,
        )
    }
}

#[test]
fn the_table_converts_every_model_like_the_typed_decoder() {
    let doc: Value = serde_json::from_str(micc_api::OPENAPI_JSON).unwrap();
    let names: Vec<String> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let mut checked = 0;
    for name in &names {
        for form in [SampleForm::Reference, SampleForm::Wire] {
            let sample = micc_api::codegen::sample(name, form).unwrap();
            let text = sample.to_string();
            let Some(expected) = decode_as(name, &text) else {
                continue;
            };
            let (camel, reference) = expected.unwrap_or_else(|e| panic!("{name}: {e}"));
            let ty = type_of(name);
            let js =
                shapes::convert_text(&text, ty, Form::Js).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(js, camel, "{name} ({form:?}) in the JavaScript form");
            let back = shapes::convert_text(&text, ty, Form::Reference).unwrap();
            assert_eq!(back, reference, "{name} ({form:?}) in the reference form");
            checked += 1;
        }
    }
    assert!(checked >= 100, "{checked} samples compared");
}

#[test]
fn every_operation_has_a_response_type_and_bodies_have_request_types() {
    for op in micc_api::operations().unwrap() {
        assert!(
            shapes::response_type(&op.operation_id).is_some(),
            "{}",
            op.operation_id
        );
        assert_eq!(
            shapes::request_type(&op.operation_id).is_some(),
            op.request != micc_api::Payload::None,
            "{}",
            op.operation_id
        );
    }
}

#[test]
fn bad_shapes_are_errors_with_paths_and_unknown_enum_values_are_kept() {
    let page = shapes::response_type("Agent_GetAgentStates").unwrap();
    let text = r#"{"count":1,"_embedded":{"items":[{"Id":"a","CurrentState":99,"EnteredStateOn":"yesterday"}]}}"#;
    let e = shapes::convert_text(text, page, Form::Js).unwrap_err();
    assert_eq!(e.path, "$._embedded.items[0].EnteredStateOn");
    let text = r#"{"count":1,"_embedded":{"items":[{"Id":"a","currentState":99,"mediaType":"Hologram"}]}}"#;
    let v = shapes::convert_text(text, page, Form::Js).unwrap();
    assert_eq!(v["_embedded"]["items"][0]["currentState"], 99);
    assert_eq!(v["_embedded"]["items"][0]["mediaType"], "Hologram");
    for bad in ["<html>", "", "[1,2]", r#"{"count":"x"}"#] {
        assert!(shapes::convert_text(bad, page, Form::Js).is_err(), "{bad}");
    }
}
