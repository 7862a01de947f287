//! HAL `_links`: a map of relation name to one link (`{"href": ...}`) or several.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One HAL link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Link {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// The `href` is a URI template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub templated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// What a relation holds: HAL allows one link or an array of links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum LinkEntry {
    One(Link),
    Many(Vec<Link>),
}

impl LinkEntry {
    /// The first link (`None` for an empty array).
    pub fn first(&self) -> Option<&Link> {
        match self {
            LinkEntry::One(l) => Some(l),
            LinkEntry::Many(ls) => ls.first(),
        }
    }

    pub fn all(&self) -> &[Link] {
        match self {
            LinkEntry::One(l) => std::slice::from_ref(l),
            LinkEntry::Many(ls) => ls,
        }
    }
}

/// Decoded without buffering (serde's `untagged` would buffer): an object is one link, an
/// array several, and a bare string is taken as an `href` (tolerated, not HAL).
impl<'de> Deserialize<'de> for LinkEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LinkEntryVisitor)
    }
}

struct LinkEntryVisitor;

impl<'de> Visitor<'de> for LinkEntryVisitor {
    type Value = LinkEntry;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a HAL link object or an array of them")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<LinkEntry, A::Error> {
        Link::deserialize(de::value::MapAccessDeserializer::new(map)).map(LinkEntry::One)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LinkEntry, A::Error> {
        let mut links = Vec::new();
        while let Some(link) = seq.next_element()? {
            links.push(link);
        }
        Ok(LinkEntry::Many(links))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<LinkEntry, E> {
        Ok(LinkEntry::One(Link {
            href: Some(v.to_owned()),
            ..Link::default()
        }))
    }
}

/// HAL `_links`: relation name (as received) to its link(s).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Links(pub BTreeMap<String, LinkEntry>);

impl Links {
    /// The first link of relation `rel` (exact spelling first, then ignoring ASCII case).
    pub fn get(&self, rel: &str) -> Option<&Link> {
        self.0
            .get(rel)
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(rel))
                    .map(|(_, v)| v)
            })
            .and_then(LinkEntry::first)
    }

    /// The `href` of relation `rel` (`self`, `next`, `prev`, ...).
    pub fn href(&self, rel: &str) -> Option<&str> {
        self.get(rel).and_then(|l| l.href.as_deref())
    }
}
