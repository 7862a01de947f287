//! The shapes table (src/api/shapes_generated.rs and js/shapes_generated.js, written by
//! micc-api's generator from the API description; `tests/generated_files.rs` checks they are
//! current) covers every operation, and the package's JavaScript converter (js/convert.js)
//! converts every model's samples as the typed models decode them, through a fixture that
//! tests/npm/convert.test.mjs checks convert.js against.

use micc_api::codegen::SampleForm;
use micc_client::api::shapes::{self, MODELS};
use micc_client::decode;
use micc_client::models::{self, *};
use serde_json::Value;

/// A sample decoded by the typed models: its JavaScript form, its reference form, and the
/// form request bodies send (reference names, enum names).
type Forms = (Value, Value, Value);

fn typed<M: serde::de::DeserializeOwned + serde::Serialize>(
    text: &str,
) -> Result<Forms, decode::DecodeError> {
    let model: M = decode::from_str(text)?;
    let request = models::to_request_string(&model).expect("a model serialises");
    Ok((
        models::to_camel_json(&model),
        models::to_reference_json(&model),
        serde_json::from_str(&request).expect("the request form is JSON"),
    ))
}

macro_rules! dispatch {
    ($($name:ident),* $(,)?) => {
        fn decode_as(schema: &str, text: &str) -> Option<Result<Forms, decode::DecodeError>> {
            match schema {
                $(stringify!($name) => Some(typed::<$name>(text)),)*
                _ => None,
            }
        }
    };
}

micc_client::for_each_model!(dispatch);

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

/// The JavaScript converter (js/convert.js) is held to the typed decoder through a fixture:
/// every model's samples with the forms the typed models give them, checked here against
/// the decoder and by tests/npm/convert.test.mjs against convert.js.
#[test]
fn the_javascript_converter_fixture_matches_the_typed_decoder() {
    let doc: Value = serde_json::from_str(micc_api::OPENAPI_JSON).unwrap();
    let mut cases = Vec::new();
    // Sorted: serde_json's map order depends on the features the build unifies.
    let mut names: Vec<&String> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    names.sort();
    for name in names {
        let Some(i) = MODELS.iter().position(|m| m.name == name) else {
            continue;
        };
        for form in [SampleForm::Reference, SampleForm::Wire] {
            let sample = micc_api::codegen::sample(name, form).unwrap();
            let Some(Ok((camel, _, request))) = decode_as(name, &sample.to_string()) else {
                continue;
            };
            cases.push(serde_json::json!({
                "type": format!("m{i}"), "model": name, "input": sample, "js": camel, "request": request,
            }));
        }
    }
    // One case a line: small diffs, and a file a tenth of its pretty-printed size. Keys
    // sorted, so that the text is the same whichever serde_json features the build unifies.
    let lines: Vec<String> = cases.iter().map(|c| sorted(c).to_string()).collect();
    let expected = format!(
        "{{\"about\": {},\n\"cases\": [\n{}\n]}}\n",
        Value::from(
            "Samples of every model with the forms the typed Rust models give them: \
             tests/js_shapes.rs checks this file, tests/npm/convert.test.mjs holds js/convert.js \
             to it. Rewrite: MICC_WRITE_FIXTURES=1 cargo test -p micc-client --test js_shapes"
        ),
        lines.join(",\n")
    );
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shape-samples.json");
    if std::env::var_os("MICC_WRITE_FIXTURES").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == expected,
        "tests/fixtures/shape-samples.json is stale: MICC_WRITE_FIXTURES=1 cargo test -p micc-client --test js_shapes"
    );
    assert!(cases.len() >= 100, "{} samples", cases.len());
}

/// `v` with every object's keys in sorted order.
fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&map[k])))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}
