//! `application/x-www-form-urlencoded` bodies as a tree of strings, the way Web API's
//! `JQueryMvcFormUrlEncodedFormatter` hands them to model binding.
//!
//! `a=1` is a property, `a[b]=1` and `a.b=1` a nested one, `a[0][b]=1` an item of a
//! collection, `a[]=1&a[]=2` (jQuery's arrays) and a repeated `a=1&a=2` a list. Every leaf
//! is a string: the decoder converts them by the model's types.

use serde_json::{Map, Value};

use super::MAX_DEPTH;

/// The form as an object (keys as sent; the decoder matches them case-insensitively).
pub(super) fn parse(text: &str) -> Value {
    let mut root = Node::Map(Vec::new());
    for (key, value) in micc_wire::form::decode(text) {
        let segments = segments(&key);
        if segments.is_empty() || segments.len() > MAX_DEPTH {
            continue;
        }
        root.insert(&segments, value);
    }
    // `[0].state=Busy`: a collection bound with an empty prefix is the body itself.
    match root.into_value() {
        Value::Object(mut map) if map.len() == 1 && map.contains_key("") => {
            map.remove("").unwrap_or(Value::Null)
        }
        other => other,
    }
}

/// `a[b][0][]` and `a.b[0]` into `["a", "b", "0", ""]` and `["a", "b", "0"]`.
fn segments(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = key.chars();
    while let Some(c) = chars.next() {
        match c {
            '[' => {
                if !current.is_empty() || out.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                let inner: String = chars.by_ref().take_while(|&c| c != ']').collect();
                out.push(inner);
            }
            '.' => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

enum Node {
    Leaf(Vec<String>),
    Map(Vec<(String, Node)>),
}

impl Node {
    fn insert(&mut self, path: &[String], value: String) {
        let Some((first, rest)) = path.split_first() else {
            match self {
                Node::Leaf(values) => values.push(value),
                // `a[b]=1&a=2`: the nested form wins, as model binding prefers it.
                Node::Map(_) => {}
            }
            return;
        };
        // `a[]=x`: one more item of the list `a`.
        if first.is_empty() && rest.is_empty() {
            if let Node::Leaf(values) = self {
                values.push(value);
            } else if let Node::Map(entries) = self
                && entries.is_empty()
            {
                *self = Node::Leaf(vec![value]);
            }
            return;
        }
        let Node::Map(entries) = self else {
            // `a=1&a[b]=2`: the nested form replaces the plain value.
            *self = Node::Map(Vec::new());
            return self.insert(path, value);
        };
        let at = entries
            .iter()
            .position(|(k, _)| k == first)
            .unwrap_or_else(|| {
                let child = if rest.is_empty()
                    || (rest.len() == 1 && rest.first().is_some_and(String::is_empty))
                {
                    Node::Leaf(Vec::new())
                } else {
                    Node::Map(Vec::new())
                };
                entries.push((first.clone(), child));
                entries.len() - 1
            });
        if let Some((_, child)) = entries.get_mut(at) {
            child.insert(rest, value);
        }
    }

    fn into_value(self) -> Value {
        match self {
            Node::Leaf(mut values) if values.len() == 1 => Value::String(values.remove(0)),
            Node::Leaf(values) => Value::Array(values.into_iter().map(Value::String).collect()),
            Node::Map(entries) => {
                // `a[0]`, `a[1]`: a collection by index, in index order.
                let mut indexed: Vec<(usize, Node)> = Vec::new();
                let all_indices =
                    !entries.is_empty() && entries.iter().all(|(k, _)| k.parse::<usize>().is_ok());
                if all_indices {
                    for (k, n) in entries {
                        indexed.push((k.parse().unwrap_or(usize::MAX), n));
                    }
                    indexed.sort_by_key(|(i, _)| *i);
                    return Value::Array(
                        indexed.into_iter().map(|(_, n)| n.into_value()).collect(),
                    );
                }
                let mut map = Map::new();
                for (k, n) in entries {
                    map.insert(k, n.into_value());
                }
                Value::Object(map)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flat_nested_and_listed_keys() {
        assert_eq!(
            parse("state=Busy&reason=Lunch+break&x=%41"),
            json!({ "state": "Busy", "reason": "Lunch break", "x": "A" })
        );
        assert_eq!(
            parse("presence[aggregate][acdState]=Away&presence.email.acdState=Busy"),
            json!({ "presence": { "aggregate": { "acdState": "Away" }, "email": { "acdState": "Busy" } } })
        );
        assert_eq!(
            parse("invitees[]=a&invitees[]=b"),
            json!({ "invitees": ["a", "b"] })
        );
        assert_eq!(
            parse("invitees=a&invitees=b"),
            json!({ "invitees": ["a", "b"] })
        );
        assert_eq!(
            parse("tags[1][Key]=k2&tags[0][Key]=k1&tags[0][Value]=v1"),
            json!({ "tags": [{ "Key": "k1", "Value": "v1" }, { "Key": "k2" }] })
        );
        assert_eq!(parse("a&=x&&b="), json!({ "a": "", "b": "" }));
        assert_eq!(parse("a=1&a[b]=2"), json!({ "a": { "b": "2" } }));
        assert_eq!(
            parse("[0].state=Busy&[1].state=Away"),
            json!([{ "state": "Busy" }, { "state": "Away" }])
        );
    }
}
