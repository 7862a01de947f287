//! The crate's one sort. Each instantiation of the standard library's sort is kilobytes of
//! wasm (a sort per element type and comparison), so every sort here orders positions
//! through a `dyn` comparison: one instantiation for the whole widget.

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives them; equal ones keep their order.
pub fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_stable() {
        let keys = ["b", "a", "b", "a"];
        assert_eq!(positions(4, &|x, y| keys[x].cmp(keys[y])), [1, 3, 0, 2]);
        assert_eq!(positions(4, &|x, y| keys[y].cmp(keys[x])), [0, 2, 1, 3]);
        assert!(positions(0, &|_, _| Ordering::Equal).is_empty());
    }
}
