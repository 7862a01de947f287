//! The resource groups. Each method is one operation of [`super::ops`]; path parameters
//! are arguments, required query parameters too, request bodies are typed models. The
//! groups and methods are generated from the description's `x-client-groups` and
//! `x-client` into `groups_generated.rs`; this file holds what they are written with.

use std::collections::BTreeMap;

use serde_json::Value;

use super::Call;
use super::ops::Op;
use crate::client::MiccClient;
use crate::http::Platform;

/// A JSON object answer (e.g. the media servers' times, by id).
pub(super) type Map = BTreeMap<String, Value>;

/// Shared by every group: a client reference.
macro_rules! group {
    ($(#[$doc:meta])* $name:ident, $accessor:ident) => {
        $(#[$doc])*
        pub struct $name<'c, P> {
            client: &'c MiccClient<P>,
        }

        impl<P: Platform + 'static> MiccClient<P> {
            $(#[$doc])*
            pub fn $accessor(&self) -> $name<'_, P> {
                $name { client: self }
            }
        }
    };
}

pub(super) fn call<'c, P: Platform + 'static, R>(
    client: &'c MiccClient<P>,
    op: &'static Op,
    args: &[&str],
) -> Call<'c, P, R> {
    Call::new(client, op, args.iter().map(|s| (*s).to_owned()).collect())
}

pub(super) fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

// Generated (`cargo run -p micc-api --features codegen --example gen_client`); `cargo fmt`
// must not rewrite it.
#[rustfmt::skip]
#[path = "groups_generated.rs"]
mod generated;
pub use generated::*;
