//! The client's assumed enum tables are the simulator's.
//!
//! The reference lists no values for some enum properties; the simulator (our stand-in for
//! real servers) assumes tables in `crates/micc-sim/src/wire.rs` (`ASSUMED_ENUMS`,
//! `DOCUMENT_ENUM_ALIASES`), and the generator has the same tables
//! (`micc_api::codegen::ASSUMED_ENUMS`). This reads the simulator's source (building the
//! simulator here would pull in tokio and axum) and fails when the two drift apart.

// Native only: these use the generator (micc-api) and proptest, and run with `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use micc_api::codegen::{ASSUMED_ENUMS, DOCUMENT_ENUM_ALIASES};
use std::collections::BTreeMap;

const SIM_WIRE: &str = include_str!("../../micc-sim/src/wire.rs");

/// The text between `start` and the next `];` after it.
fn block<'a>(text: &'a str, start: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not in wire.rs"));
    let rest = &text[from + start.len()..];
    &rest[..rest.find("];").expect("unterminated table")]
}

/// Every `(a, b)` tuple of a block, both parts trimmed and unquoted.
fn tuples(block: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = block;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        if let Some((a, b)) = inner.split_once(',') {
            let clean = |s: &str| s.trim().trim_matches('"').to_string();
            out.push((clean(a), clean(b)));
        }
        rest = &rest[open + close + 1..];
    }
    out
}

#[test]
fn assumed_tables_match_the_simulator() {
    let sim_assumed = tuples(block(
        SIM_WIRE,
        "pub const ASSUMED_ENUMS: &[(&str, &[(&str, i64)])] = &[",
    ));
    assert!(sim_assumed.len() >= 15, "{sim_assumed:?}");
    let mut sim: BTreeMap<String, Vec<(String, i64)>> = BTreeMap::new();
    for (key, table) in &sim_assumed {
        let entries = tuples(block(
            SIM_WIRE,
            &format!("const {table}: &[(&str, i64)] = &["),
        ))
        .into_iter()
        .map(|(n, v)| (n, v.parse::<i64>().expect("integer")))
        .collect();
        sim.insert(key.to_ascii_lowercase(), entries);
    }
    let mut ours: BTreeMap<String, Vec<(String, i64)>> = BTreeMap::new();
    for table in ASSUMED_ENUMS {
        for key in table.keys {
            let entries = table
                .entries
                .iter()
                .map(|(n, v)| (n.to_string(), *v))
                .collect();
            ours.insert(key.to_ascii_lowercase(), entries);
        }
    }
    assert_eq!(
        ours, sim,
        "codegen/enums.rs and micc-sim's wire.rs disagree"
    );
}

#[test]
fn document_enum_aliases_match_the_simulator() {
    let sim = tuples(block(
        SIM_WIRE,
        "pub const DOCUMENT_ENUM_ALIASES: &[(&str, &str)] = &[",
    ));
    let ours: Vec<(String, String)> = DOCUMENT_ENUM_ALIASES
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(ours, sim);
}
