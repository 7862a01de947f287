//! Prints the README section "Inferred paths, grouped by tag" from `spec/openapi.json`.
//!
//! `cargo run -p micc-api --example inferred_paths`

fn main() {
    match micc_api::inferred_paths_markdown() {
        Ok(text) => print!("{text}"),
        Err(e) => {
            eprintln!("spec/openapi.json: {e}");
            std::process::exit(1);
        }
    }
}
