//! Every generated file (the models, the operation and method tables, the Rust methods, the
//! shapes tables, the JavaScript facade and the TypeScript declarations) is what the one
//! generator makes of the API description now. When one is stale, the failure names it and
//! the command that regenerates everything.

// Native only: the generator (micc-api's `codegen` feature) is a dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use micc_api::codegen;

#[test]
fn every_generated_file_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let outputs = codegen::outputs().unwrap_or_else(|e| panic!("spec/openapi.json: {e}"));
    let stale: Vec<&str> = outputs
        .iter()
        .filter(|(path, text)| {
            let on_disk = std::fs::read_to_string(root.join(path)).unwrap_or_default();
            // A checkout with CRLF line endings is not drift.
            on_disk.replace("\r\n", "\n") != *text
        })
        .map(|(path, _)| *path)
        .collect();
    assert!(
        stale.is_empty(),
        "stale generated files in crates/micc-client: {}; run `{}`",
        stale.join(", "),
        codegen::GENERATE
    );
}

#[test]
fn generated_files_say_so_and_name_the_command() {
    for (path, text) in codegen::outputs().unwrap() {
        assert!(
            path.contains("_generated."),
            "{path} is not named *_generated"
        );
        assert!(
            text.contains("@generated"),
            "{path} lacks the @generated marker"
        );
        assert!(
            text.contains(codegen::GENERATE),
            "{path} does not name the command"
        );
    }
}

#[test]
fn no_hand_written_file_is_named_generated() {
    let outputs: Vec<String> = codegen::outputs()
        .unwrap()
        .into_iter()
        .map(|(p, _)| p.to_owned())
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for dir in ["src", "src/api", "src/models", "js"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let relative = format!("{dir}/{name}");
            if name.contains("_generated.") && !outputs.contains(&relative) {
                found.push(relative);
            }
        }
    }
    assert!(
        found.is_empty(),
        "named *_generated but not written by the generator: {found:?}"
    );
}

#[test]
fn the_description_is_the_one_source_of_the_method_names() {
    let mut doc = micc_api::openapi_document().unwrap();
    let op = doc
        .pointer_mut("/paths/~1queues~1{id}~1state/get/x-client/method")
        .expect("Queue_GetQueueState has an x-client method");
    *op = serde_json::json!("now");
    let text = doc.to_string();
    let renamed = codegen::outputs_of(&text).unwrap();
    let file = |name: &str| {
        renamed
            .iter()
            .find(|(p, _)| *p == name)
            .map(|(_, t)| t.as_str())
            .unwrap()
    };
    assert!(
        file("src/api/groups_generated.rs")
            .contains("pub fn now(&self, id: &str) -> Call<'c, P, QueueState>")
    );
    assert!(file("src/api/methods_generated.rs").contains(
        r#"MethodSpec { group: "queues", name: "now", operation: "Queue_GetQueueState""#
    ));
    assert!(
        file("js/facade_generated.js")
            .contains("now(id, options) {\n      return this.client._call(\"Queue_GetQueueState\"")
    );
    assert!(
        file("js/api_generated.d.ts")
            .contains("now(id: string | number, options?: CallOptions): Promise<QueueState>;")
    );
}
