//! The generated files are what the generator makes of the document now, and the three
//! copies of JSON.NET's camelCase rule agree.

// Native only: these use the generator (micc-api) and proptest, and run with `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use micc_api::codegen;

fn normalize(text: &str) -> String {
    // A checkout with CRLF line endings is not drift.
    text.replace("\r\n", "\n")
}

#[test]
fn generated_rust_models_are_up_to_date() {
    let expected = codegen::rust_models().unwrap();
    let actual = include_str!("../src/models/models_generated.rs");
    assert!(
        normalize(actual) == expected,
        "src/models/models_generated.rs is out of date: run \
         `cargo run -p micc-api --features codegen --example gen_client`"
    );
}

#[test]
fn generated_typescript_declarations_are_up_to_date() {
    let expected = codegen::typescript_models().unwrap();
    let actual = include_str!("../js/models_generated.d.ts");
    assert!(
        normalize(actual) == expected,
        "js/models_generated.d.ts is out of date: run \
         `cargo run -p micc-api --features codegen --example gen_client`"
    );
}

#[test]
fn the_generated_camel_names_follow_the_rule() {
    let models = codegen::models().unwrap();
    let mut n = 0;
    for f in models.iter().flat_map(|m| m.fields()) {
        assert_eq!(
            micc_client::models::camel_case(&f.wire),
            f.camel,
            "{}",
            f.wire
        );
        n += 1;
    }
    assert!(n > 600, "{n} properties");
}

#[test]
fn typescript_declarations_have_no_any_and_every_model() {
    let ts = codegen::typescript_models().unwrap();
    assert!(!ts.contains(": any") && !ts.contains("<any>") && !ts.contains("any;"));
    for name in micc_client::models::COMPONENT_SCHEMAS {
        assert!(
            ts.contains(&format!("export interface {name} "))
                || ts.contains(&format!("export type {name} =")),
            "{name}"
        );
    }
    // Properties are camelCase, optional and nullable.
    assert!(ts.contains("  waitingConversations?: number | null;"));
    assert!(ts.contains("  presence?: Presentity | null;"));
    assert!(ts.contains("export type PresenceAvailability =\n  | \"Unknown\"\n  | \"Available\""));
}
