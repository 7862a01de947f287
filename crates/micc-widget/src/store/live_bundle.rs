//! `js/live.js`, the real-time client the widget loads, is generated: micc-client's
//! `signalr.js`, `share.js` and `realtime.js` and the widget's `js/live_adapter.js` in one ES module
//! (wasm-bindgen copies a snippet alone, so it cannot import its neighbours). The test below
//! fails when the checked-in file drifts from its sources; regenerate it with
//! `MICC_WRITE_LIVE_JS=1 cargo test -p micc-widget --lib live_bundle`.

/// One module from the sources: the inner `export`s and the relative imports go, so only
/// the adapter's `LiveLink` is exported.
pub fn bundle(signalr: &str, share: &str, realtime: &str, adapter: &str) -> String {
    let mut out = String::from(
        "// GENERATED from crates/micc-client/js/{signalr,share,realtime}.js and\n\
         // crates/micc-widget/js/live_adapter.js by src/store/live_bundle.rs: do not edit.\n",
    );
    for (name, text) in [
        ("signalr.js", signalr),
        ("share.js", share),
        ("realtime.js", realtime),
    ] {
        out.push_str(&format!("\n// ---- micc-client/js/{name}\n"));
        for line in text.lines() {
            if line.starts_with("import ") && line.contains("\"./") {
                continue;
            }
            out.push_str(line.strip_prefix("export ").unwrap_or(line));
            out.push('\n');
        }
    }
    out.push_str("\n// ---- micc-widget/js/live_adapter.js\n");
    out.push_str(adapter);
    out
}

#[cfg(test)]
mod tests {
    use super::bundle;

    const SIGNALR: &str = include_str!("../../../micc-client/js/signalr.js");
    const SHARE: &str = include_str!("../../../micc-client/js/share.js");
    const REALTIME: &str = include_str!("../../../micc-client/js/realtime.js");
    const ADAPTER: &str = include_str!("../../js/live_adapter.js");
    const CHECKED_IN: &str = include_str!("../../js/live.js");

    #[test]
    fn live_bundle_matches_its_sources() {
        let fresh = bundle(SIGNALR, SHARE, REALTIME, ADAPTER);
        if std::env::var_os("MICC_WRITE_LIVE_JS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/js/live.js");
            if let Err(e) = std::fs::write(path, &fresh) {
                panic!("cannot write {path}: {e}");
            }
            return;
        }
        assert!(
            fresh == CHECKED_IN,
            "js/live.js is out of date: run MICC_WRITE_LIVE_JS=1 cargo test -p micc-widget --lib live_bundle"
        );
    }

    #[test]
    fn only_the_adapter_is_exported_and_nothing_is_imported() {
        let b = bundle(
            "export class A {}\nexport function f() {}\n",
            "export const s = 1;\n",
            "import { A, f } from \"./signalr.js\";\nimport { s } from \"./share.js\";\nexport class R {}\n",
            "export class LiveLink {}\n",
        );
        assert!(!b.contains("import "));
        assert_eq!(b.matches("export ").count(), 1);
        assert!(b.contains("\nclass A {}\nfunction f() {}\n"));
        assert!(b.contains("\nclass R {}\n"));
    }
}
