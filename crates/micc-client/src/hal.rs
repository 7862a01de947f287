//! HAL collections: `{"count": N, "_links": {...}, "_embedded": {"items": [...]}}`.

use serde::Deserialize;

/// One page of a HAL collection.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct HalPage<T> {
    /// Total number of items in the collection (not just this page). Servers may omit it.
    #[serde(default, alias = "Count")]
    pub count: Option<u64>,
    #[serde(default, rename = "_embedded")]
    embedded: Option<Embedded<T>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
struct Embedded<T> {
    #[serde(default = "Vec::new", alias = "Items")]
    items: Vec<T>,
}

impl<T> HalPage<T> {
    /// The items of this page; an absent `_embedded` is an empty page.
    pub fn items(&self) -> &[T] {
        self.embedded.as_ref().map_or(&[], |e| &e.items)
    }

    pub fn into_items(self) -> Vec<T> {
        self.embedded.map_or_else(Vec::new, |e| e.items)
    }
}
