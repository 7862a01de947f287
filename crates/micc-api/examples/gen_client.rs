//! Writes every generated file of micc-client from `spec/openapi.json` (the list is
//! `micc_api::codegen::outputs`): the models, the operation and method tables, the Rust
//! methods, the shapes tables (Rust and JavaScript), the JavaScript facade and the
//! TypeScript declarations.
//!
//! `cargo run -p micc-api --features codegen --example gen_client` (from anywhere in the
//! workspace). `--check` only compares and exits with 1 when a file is out of date.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let client = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../micc-client");
    let outputs = match micc_api::codegen::outputs() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("spec/openapi.json: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale = false;
    for (relative, text) in outputs {
        let path = client.join(relative);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current.replace("\r\n", "\n") == text {
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
        eprintln!("run: {}", micc_api::codegen::GENERATE);
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
