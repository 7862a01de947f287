//! Writes the client's generated models and TypeScript declarations from `spec/openapi.json`:
//!
//! - `crates/micc-client/src/models/generated.rs`
//! - `crates/micc-client/js/models.d.ts`
//!
//! `cargo run -p micc-api --features codegen --example gen_client` (from anywhere in the
//! workspace). `--check` only compares and exits with 1 when a file is out of date.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let client = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../micc-client");
    let outputs = [
        (
            client.join("src/models/generated.rs"),
            micc_api::codegen::rust_models(),
        ),
        (
            client.join("js/models.d.ts"),
            micc_api::codegen::typescript_models(),
        ),
    ];
    let mut stale = false;
    for (path, text) in outputs {
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                eprintln!("spec/openapi.json: {e}");
                return ExitCode::FAILURE;
            }
        };
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == text {
            println!("up to date: {}", path.display());
            continue;
        }
        if check {
            eprintln!("out of date: {}", path.display());
            stale = true;
            continue;
        }
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!("{}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {} ({} bytes)", path.display(), text.len());
    }
    if stale {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
