//! Keyed rows: a row is built once per key, in an owner of its own, and kept (the same
//! element) while its key is listed; the list's order is the DOM's order. A row no longer
//! listed is removed and its owner disposed.

use leptos::prelude::*;
use web_sys::{Element, Node};

use super::{El, effect, marker};

struct Slot {
    node: Element,
    owner: Owner,
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.node.remove();
        self.owner.cleanup();
    }
}

/// Rows after the children `parent` has so far (and its last children: nothing may be
/// appended after them), following `items` (read tracked: the list
/// is worked out again when what it reads changes). `row` builds a new key's row, untracked,
/// in an owner that is a child of the current one, not of the list's effect (whose owner is
/// cleaned before each run).
pub fn keyed<T: 'static>(
    parent: &El,
    items: impl Fn() -> Vec<(String, T)> + 'static,
    row: impl Fn(String, T) -> El + 'static,
) {
    keyed_boxed(parent, Box::new(items), Box::new(row));
}

#[allow(clippy::type_complexity)]
fn keyed_boxed<T: 'static>(
    parent: &El,
    items: Box<dyn Fn() -> Vec<(String, T)>>,
    row: Box<dyn Fn(String, T) -> El>,
) {
    let Some(owner) = Owner::current() else {
        return;
    };
    let start = marker();
    let _ = parent.0.append_child(&start);
    // Sorted by key, for the lookup of a listed key's row.
    let mut rows: Vec<(String, Option<Slot>)> = Vec::new();
    effect(Box::new(move || {
        let list = items();
        let mut old = std::mem::take(&mut rows);
        let mut out: Vec<(String, Option<Slot>)> = Vec::with_capacity(list.len());
        for (key, data) in list {
            let known = old
                .binary_search_by(|(k, _)| k.as_str().cmp(key.as_str()))
                .ok()
                .and_then(|i| old[i].1.take());
            let slot = known.unwrap_or_else(|| {
                let child = owner.child();
                let node = child.with(|| untrack(|| row(key.clone(), data))).0;
                Slot { node, owner: child }
            });
            out.push((key, Some(slot)));
        }
        // Leftovers (keys no longer listed) are removed as they drop.
        drop(old);
        place(&start, &out);
        let order = crate::order::positions(out.len(), &|a, b| out[a].0.cmp(&out[b].0));
        rows = order
            .into_iter()
            .map(|i| (std::mem::take(&mut out[i].0), out[i].1.take()))
            .collect();
    }));
}

/// Puts the rows after `start` in their order, moving only those out of place.
fn place(start: &Node, rows: &[(String, Option<Slot>)]) {
    let Some(parent) = start.parent_node() else {
        return;
    };
    let mut cursor = start.next_sibling();
    for s in rows.iter().filter_map(|(_, s)| s.as_ref()) {
        let node: &Node = &s.node;
        if cursor.as_ref() == Some(node) {
            cursor = node.next_sibling();
        } else {
            let _ = parent.insert_before(node, cursor.as_ref());
        }
    }
}
