//! The parts of Leptos' reactive system (`reactive_graph`) the widget uses, in one place.
//! The crate depends on `reactive_graph` itself rather than on `leptos`: its views are the
//! crate's own (dom/mod.rs), and `leptos` would link `server_fn`'s stream classes into
//! every page.

pub use reactive_graph::{
    computed::*, effect::*, graph::untrack, owner::*, prelude::*, signal::*, wrappers::read::*,
};
