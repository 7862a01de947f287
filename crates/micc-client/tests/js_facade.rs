//! The JavaScript facade (js/facade_generated.js) and its declarations (js/api_generated.d.ts)
//! are written by micc-api's generator from the description's `x-client`, like the Rust
//! methods and the method table (`tests/generated_files.rs` checks they are current). These
//! tests check what the files say against the method table.

use micc_client::api::methods::{Arg, METHODS};

fn read(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("js")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The declarations without their comments.
fn code_of(dts: &str) -> String {
    let mut out = String::new();
    let mut rest = dts;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_javascript_facade_has_one_method_per_row_of_the_method_table() {
    let js = read("facade_generated.js");
    assert_eq!(
        js.matches("._call(\"").count(),
        METHODS.len(),
        "one JavaScript method per operation"
    );
    for m in METHODS {
        let call = format!("._call(\"{}\", ", m.operation);
        let at = js
            .find(&call)
            .unwrap_or_else(|| panic!("no JavaScript method runs {}", m.operation));
        let mut params: Vec<String> = m
            .args
            .iter()
            .map(|a| match a {
                Arg::Path(n) | Arg::PathBool(n) | Arg::Query(n, _) | Arg::Body(n) => camel(n),
            })
            .collect();
        params.push("options".into());
        let head = format!(
            "    {}({}) {{\n      return ",
            camel(m.name),
            params.join(", ")
        );
        assert!(
            js[..at].ends_with(&format!("{head}this.client"))
                || js[..at].ends_with(&format!("{head}this")),
            "{}: expected `{}` before its call",
            m.operation,
            head.trim()
        );
    }
}

#[test]
fn the_declarations_name_every_method_with_its_documentation() {
    let dts = read("api_generated.d.ts");
    for m in METHODS {
        let needle = format!("(`{}`)", m.operation);
        let at = dts
            .find(&needle)
            .unwrap_or_else(|| panic!("{} is not documented", m.operation));
        let after = &dts[at..];
        let decl = after
            .find("*/\n")
            .map(|i| &after[i + 3..])
            .and_then(|s| s.lines().next())
            .unwrap_or_default();
        assert!(
            decl.trim_start()
                .starts_with(&format!("{}(", camel(m.name))),
            "{}: documented above `{decl}`",
            m.operation
        );
    }
    assert!(
        dts.contains("Access control: "),
        "access control is in the docs"
    );
    assert!(
        dts.contains("the path and method are inferred"),
        "inferred paths are said"
    );
    assert!(
        dts.contains("state(id: string | number, options?: CallOptions): Promise<QueueState>;"),
        "path parameters take numbers"
    );
}

#[test]
fn the_public_declarations_do_not_use_any() {
    for file in [
        "api_generated.d.ts",
        "models_generated.d.ts",
        "options.d.ts",
        "index.d.ts",
    ] {
        let code = code_of(&read(file));
        let words = code.split(|c: char| !c.is_ascii_alphanumeric() && c != '_');
        assert!(!words.into_iter().any(|w| w == "any"), "{file} uses `any`");
    }
}
