//! Table rows that change in place. Rows keyed by (key, revision) would build a changed row
//! anew: fifteen cells of new DOM, styled, laid out and painted from scratch, and under the
//! load run (100 queue changes a second) that was most of the main thread's paint work.
//! Keyed by key alone (dom/keyed.rs), a row is built once and reads its data from a signal
//! of its own; a new revision sets that signal, and each cell's text node takes the new
//! text only where it differs. Rows still come, go and move with the list.

use crate::reactive::*;

use crate::dom::{El, keyed};

/// A row a panel lists: its key, and a revision that changes whenever its data does.
pub trait Revised: Clone + Send + Sync + 'static {
    fn key(&self) -> &str;
    fn revision(&self) -> u64;
}

impl Revised for crate::store::Row {
    fn key(&self) -> &str {
        &self.key
    }
    fn revision(&self) -> u64 {
        self.revision
    }
}

impl Revised for crate::store::agents::AgentRow {
    fn key(&self) -> &str {
        &self.key
    }
    fn revision(&self) -> u64 {
        self.revision
    }
}

/// The table's rows after `tbody`'s other children: one per key, built by `row` from
/// the signal that holds the row (see dom/keyed.rs), which a new revision sets.
pub fn live_rows<R: Revised>(
    tbody: &El,
    items: impl Fn() -> Vec<R> + 'static,
    row: impl Fn(String, ArcRwSignal<R>) -> El + 'static,
) {
    keyed(
        tbody,
        items,
        |r| r.key(),
        |was, now| was.revision() != now.revision(),
        row,
    );
}

/// A cell's text from its row and the panel's context, worked out again when the row
/// changes (the text node is kept, and written only when the text differs). A fn pointer,
/// not a closure: one closure type for every such cell of a panel.
pub fn text<R: Revised, C: Copy + 'static>(
    row: ReadSignal<R>,
    ctx: C,
    f: fn(&R, &C) -> String,
) -> impl Fn() -> String + Copy + 'static {
    move || row.with(|r| f(r, &ctx))
}
