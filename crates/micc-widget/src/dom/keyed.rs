//! Keyed rows: a row is built once per key, in an owner of its own, from a signal holding
//! its item, and kept (the same element) while its key is listed: a new item for a listed
//! key only sets that signal (when `changed` says so), so the row changes in place. The
//! list's order is the DOM's order. A row no longer listed is removed and its owner
//! disposed. One index of the rows (sorted by key) serves both the elements and the
//! signals.

use crate::reactive::*;
use web_sys::{Element, Node};

use super::{El, effect, marker};

struct Slot<T: Send + Sync + 'static> {
    node: Element,
    owner: Owner,
    item: ArcRwSignal<T>,
}

impl<T: Send + Sync + 'static> Drop for Slot<T> {
    fn drop(&mut self) {
        self.node.remove();
        self.owner.cleanup();
    }
}

/// Rows after the children `parent` has so far (and its last children: nothing may be
/// appended after them), following `items` (read tracked: the list is worked out again
/// when what it reads changes). `row` builds a new key's row, untracked, in an owner that
/// is a child of the current one, not of the list's effect (whose owner is cleaned before
/// each run).
pub fn keyed<T: Send + Sync + 'static>(
    parent: &El,
    items: impl Fn() -> Vec<T> + 'static,
    key: fn(&T) -> &str,
    changed: fn(&T, &T) -> bool,
    row: impl Fn(String, ArcRwSignal<T>) -> El + 'static,
) {
    keyed_boxed(parent, Box::new(items), key, changed, Box::new(row));
}

type Row<T> = Box<dyn Fn(String, ArcRwSignal<T>) -> El>;

fn keyed_boxed<T: Send + Sync + 'static>(
    parent: &El,
    items: Box<dyn Fn() -> Vec<T>>,
    key: fn(&T) -> &str,
    changed: fn(&T, &T) -> bool,
    row: Row<T>,
) {
    let Some(owner) = Owner::current() else {
        return;
    };
    let start = marker();
    let _ = parent.0.append_child(&start);
    // Sorted by key, for the lookup of a listed key's row.
    let mut rows: Vec<(String, Option<Slot<T>>)> = Vec::new();
    effect(Box::new(move || {
        let list = items();
        let mut old = std::mem::take(&mut rows);
        let mut out: Vec<(String, Option<Slot<T>>)> = Vec::with_capacity(list.len());
        for item in list {
            let k = key(&item).to_owned();
            let known = old
                .binary_search_by(|(o, _)| o.as_str().cmp(&k))
                .ok()
                .and_then(|i| old[i].1.take());
            let slot = match known {
                Some(s) => {
                    if s.item.with_untracked(|was| changed(was, &item)) {
                        s.item.set(item);
                    }
                    s
                }
                None => {
                    let child = owner.child();
                    let item = ArcRwSignal::new(item);
                    let node = child.with(|| untrack(|| row(k.clone(), item.clone()))).0;
                    Slot {
                        node,
                        owner: child,
                        item,
                    }
                }
            };
            out.push((k, Some(slot)));
        }
        // Leftovers (keys no longer listed) are removed as they drop.
        drop(old);
        place(
            &start,
            &mut out.iter().filter_map(|(_, s)| s.as_ref().map(|s| &s.node)),
        );
        let order = crate::order::positions(out.len(), &|a, b| out[a].0.cmp(&out[b].0));
        rows = order
            .into_iter()
            .map(|i| (std::mem::take(&mut out[i].0), out[i].1.take()))
            .collect();
    }));
}

/// Puts the rows after `start` in their order, moving only those out of place.
fn place(start: &Node, rows: &mut dyn Iterator<Item = &Element>) {
    let Some(parent) = start.parent_node() else {
        return;
    };
    let mut cursor = start.next_sibling();
    for node in rows {
        let node: &Node = node;
        if cursor.as_ref() == Some(node) {
            cursor = node.next_sibling();
        } else {
            let _ = parent.insert_before(node, cursor.as_ref());
        }
    }
}
