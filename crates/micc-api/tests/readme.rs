//! The README's section "Inferred paths, grouped by tag" is generated from the document.
//! Regenerate it with `cargo run -p micc-api --example inferred_paths` and paste it
//! between the markers.

const README: &str = include_str!("../README.md");
const BEGIN: &str = "<!-- BEGIN inferred-paths";
const END: &str = "<!-- END inferred-paths -->";

/// The text between the markers (the BEGIN marker line excluded).
fn section(readme: &str) -> Option<&str> {
    let start = readme.find(BEGIN)?;
    let after = &readme[start..];
    let body = &after[after.find('\n')? + 1..];
    Some(&body[..body.find(END)?])
}

#[test]
fn readme_inferred_paths_section_is_generated_text() {
    let generated = micc_api::inferred_paths_markdown().unwrap();
    let current = section(README).expect("README has the inferred-paths markers");
    assert!(
        current.trim() == generated.trim(),
        "README section differs from `cargo run -p micc-api --example inferred_paths`"
    );
}

#[test]
fn section_extraction_detects_drift() {
    let doc = "# x\n<!-- BEGIN inferred-paths (generated) -->\n| GET | `/a` |\n<!-- END inferred-paths -->\n";
    assert_eq!(section(doc), Some("| GET | `/a` |\n"));
    assert_eq!(section("no markers"), None);
    let generated = micc_api::inferred_paths_markdown().unwrap();
    assert_ne!(section(doc).unwrap().trim(), generated.trim());
}
