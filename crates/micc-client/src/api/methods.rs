//! The public methods as data: group, name, operation and how each argument travels.
//! The table, the Rust methods and the JavaScript facade are all generated from the
//! description's `x-client`, and `tests/operations.rs` checks the table against the Rust
//! methods, so the two APIs cannot drift apart.

/// How a positional argument of a method is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    /// The next path parameter.
    Path(&'static str),
    /// A path parameter given as a boolean (`true`/`false`).
    PathBool(&'static str),
    /// A query parameter: the argument's name, then the parameter's name on the wire.
    Query(&'static str, &'static str),
    /// The request body.
    Body(&'static str),
}

/// One public method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodSpec {
    /// The group accessor (`queues`; `employee` for `employees().me()`/`id(..)`); empty for
    /// methods of the client itself (`status`).
    pub group: &'static str,
    /// The method's name in Rust (snake_case; JavaScript uses camelCase).
    pub name: &'static str,
    pub operation: &'static str,
    pub args: &'static [Arg],
}

// Generated from the description's `x-client` (`cargo run -p micc-api --features codegen
// --example gen_client`); `cargo fmt` must not rewrite it.
#[rustfmt::skip]
#[path = "methods_generated.rs"]
mod generated;
pub use generated::METHODS;
