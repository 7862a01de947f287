//! Keyed rows that change in place. A `<For>` keyed by (key, revision) builds a changed row
//! anew: fifteen cells of new DOM, styled, laid out and painted from scratch, and under the
//! load run (100 queue changes a second) that was most of the main thread's paint work.
//! Keyed by key alone, a row is built once and reads its data from a signal of its own; a
//! new revision sets that signal, and each cell's text node takes the new text only where
//! it differs. Rows still come, go and move with the list.

use leptos::prelude::*;

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

/// Each listed row's signal, in key order (binary search; a hash map would add its own
/// hashing and table code to the wasm, where keys are sorted elsewhere already). Reference
/// counted, not arena, signals: the list is read inside `<For>`'s effect, and an arena
/// signal made there would be disposed on its next run.
pub struct LiveRows<R: Revised>(StoredValue<Vec<(String, ArcRwSignal<R>)>>);

impl<R: Revised> Clone for LiveRows<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R: Revised> Copy for LiveRows<R> {}

impl<R: Revised> Default for LiveRows<R> {
    fn default() -> Self {
        LiveRows(StoredValue::new(Vec::new()))
    }
}

impl<R: Revised> LiveRows<R> {
    /// The rows to list, in order, each with its signal: a known key keeps its signal (set
    /// when the revision moved on), a new key gets one, and keys no longer listed are
    /// forgotten. For `<For each=…>`, keyed by the key alone.
    pub fn sync<'a>(&self, list: impl Iterator<Item = &'a R>) -> Vec<(String, ArcRwSignal<R>)> {
        let old = self.0.try_update_value(std::mem::take).unwrap_or_default();
        let out: Vec<(String, ArcRwSignal<R>)> = list
            .map(|r| {
                let known = old
                    .binary_search_by(|(k, _)| k.as_str().cmp(r.key()))
                    .ok()
                    .map(|i| old[i].1.clone());
                let signal = match known {
                    Some(s) => {
                        if s.with_untracked(|x| x.revision()) != r.revision() {
                            s.set(r.clone());
                        }
                        s
                    }
                    None => ArcRwSignal::new(r.clone()),
                };
                (r.key().to_owned(), signal)
            })
            .collect();
        let sorted = crate::order::positions(out.len(), &|a, b| out[a].0.cmp(&out[b].0))
            .into_iter()
            .map(|i| out[i].clone())
            .collect();
        self.0.set_value(sorted);
        out
    }
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
