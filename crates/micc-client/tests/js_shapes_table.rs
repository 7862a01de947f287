//! js/shapes_generated.js (for a converter in JavaScript) holds the same table as
//! src/api/shapes_generated.rs: same enums and models at the same indices, same fields,
//! same root types per operation. Its constants are JSON literals, so they are read as JSON.

use micc_client::api::shapes::{ENUMS, MODELS, REQUESTS, RESPONSES, T};
use serde_json::Value;

fn js_table() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/shapes_generated.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The value of `export const NAME = ...;` (a JSON literal ending a line with `;`).
fn constant(text: &str, name: &str) -> Value {
    let start = text
        .find(&format!("export const {name} = "))
        .unwrap_or_else(|| panic!("no {name}"))
        + format!("export const {name} = ").len();
    let rest = &text[start..];
    let end = rest
        .find("\n];\n")
        .map(|i| i + 2)
        .or_else(|| rest.find("\n};\n").map(|i| i + 2))
        .unwrap_or_else(|| panic!("{name} does not end"));
    serde_json::from_str(&rest[..end]).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The JavaScript type code of a Rust table type.
fn code(t: &T) -> String {
    match t {
        T::Str => "s".into(),
        T::Int => "i".into(),
        T::Num => "n".into(),
        T::Bool => "b".into(),
        T::TimeSpan => "t".into(),
        T::DateTime => "d".into(),
        T::Object => "o".into(),
        T::Any => "a".into(),
        T::Links => "l".into(),
        T::Enum(i) => format!("e{i}"),
        T::Model(i) => format!("m{i}"),
        T::Vec(t) => format!("[{}", code(t)),
        T::Page(t) => format!("p{}", code(t)),
    }
}

#[test]
fn the_javascript_enums_are_the_rust_enums() {
    let js = constant(&js_table(), "ENUMS");
    let rows = js.as_array().unwrap();
    assert_eq!(rows.len(), ENUMS.len());
    for (row, e) in rows.iter().zip(ENUMS) {
        assert_eq!(row[0], e.name);
        let flat: Vec<Value> = e
            .entries
            .iter()
            .flat_map(|(n, v)| [Value::from(*n), Value::from(*v)])
            .collect();
        assert_eq!(row[1], Value::Array(flat), "{}", e.name);
    }
}

#[test]
fn the_javascript_models_are_the_rust_models() {
    let js = constant(&js_table(), "MODELS");
    let rows = js.as_array().unwrap();
    assert_eq!(rows.len(), MODELS.len());
    for (row, m) in rows.iter().zip(MODELS) {
        assert_eq!(row[0], m.name);
        let flags = u64::from(m.open) | (u64::from(m.map) << 1);
        assert_eq!(row[1], flags, "{} flags", m.name);
        let flat: Vec<Value> = m
            .fields
            .iter()
            .flat_map(|f| [Value::from(f.wire), Value::from(code(&f.ty))])
            .collect();
        assert_eq!(row[2], Value::Array(flat), "{} fields", m.name);
    }
}

#[test]
fn the_javascript_roots_are_the_rust_roots() {
    let text = js_table();
    for (name, rust) in [("RESPONSES", RESPONSES), ("REQUESTS", REQUESTS)] {
        let js = constant(&text, name);
        let js = js.as_object().unwrap();
        assert_eq!(js.len(), rust.len(), "{name}");
        for (id, t) in rust {
            assert_eq!(js.get(*id), Some(&Value::from(code(t))), "{name} {id}");
        }
    }
    assert_eq!(
        constant(&text, "RESPONSES")["Agent_GetAgentGroups"],
        format!(
            "pm{}",
            MODELS
                .iter()
                .position(|m| m.name == "AgentGroupModel")
                .unwrap()
        )
    );
}
