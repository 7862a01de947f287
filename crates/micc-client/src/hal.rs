//! HAL collections: `{"count": N, "_links": {...}, "_embedded": {"items": [...]}}`.

use serde::{Deserialize, Serialize};

use crate::models::Links;

/// One page of a HAL collection.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>", serialize = "T: Serialize"))]
pub struct HalPage<T> {
    /// Number of items in the whole collection (not just this page). Servers may omit it.
    #[serde(default)]
    pub count: Option<u64>,
    #[serde(default, rename = "_links")]
    pub links: Option<Links>,
    #[serde(default, rename = "_embedded")]
    embedded: Option<Embedded<T>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>", serialize = "T: Serialize"))]
struct Embedded<T> {
    #[serde(default = "Vec::new")]
    items: Vec<T>,
}

impl<T> HalPage<T> {
    pub fn new(items: Vec<T>, count: Option<u64>) -> Self {
        HalPage {
            count,
            links: None,
            embedded: Some(Embedded { items }),
        }
    }

    /// The items of this page; an absent `_embedded` is an empty page.
    pub fn items(&self) -> &[T] {
        self.embedded.as_ref().map_or(&[], |e| &e.items)
    }

    pub fn into_items(self) -> Vec<T> {
        self.embedded.map_or_else(Vec::new, |e| e.items)
    }

    /// The `href` of a link relation, e.g. `next`.
    pub fn link(&self, rel: &str) -> Option<&str> {
        self.links.as_ref()?.href(rel)
    }
}
