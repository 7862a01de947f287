//! The case-insensitive, path-tracking `Deserializer` adapter.

use super::{Chain, Track};
use serde::de::value::{BorrowedStrDeserializer, StrDeserializer};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};
use std::fmt;

/// A `Deserializer` that wraps another one (serde_json's) and makes struct field names
/// case-insensitive, keeps the first of duplicate fields, and records the path of a failure
/// (see the [module documentation](super)).
pub struct Tolerant<'a, D, const ENGINE: bool = false> {
    inner: D,
    chain: &'a Chain<'a>,
    track: &'a Track,
}

impl<'a, D, const ENGINE: bool> Tolerant<'a, D, ENGINE> {
    pub(crate) fn new(inner: D, chain: &'a Chain<'a>, track: &'a Track) -> Self {
        Tolerant {
            inner,
            chain,
            track,
        }
    }
}

/// Forwards `deserialize_*` methods with the visitor wrapped; failures record the path.
macro_rules! forward {
    ($($method:ident),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                let (chain, track) = (self.chain, self.track);
                self.inner
                    .$method(Wrap::<_, ENGINE>::new(visitor, chain, track, None))
                    .map_err(|e| track.trigger(chain, e))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>, const ENGINE: bool> Deserializer<'de> for Tolerant<'_, D, ENGINE> {
    type Error = D::Error;

    forward!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_identifier,
    );

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let (chain, track) = (self.chain, self.track);
        let visitor = Wrap::<_, ENGINE>::new(visitor, chain, track, None);
        // serde-wasm-bindgen's deserialize_map reads an array as key/value pairs; its
        // deserialize_any reads objects as maps and arrays as arrays (refused here).
        let read = if ENGINE {
            self.inner.deserialize_any(visitor)
        } else {
            self.inner.deserialize_map(visitor)
        };
        read.map_err(|e| track.trigger(chain, e))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .deserialize_unit_struct(name, Wrap::<_, ENGINE>::new(visitor, chain, track, None))
            .map_err(|e| track.trigger(chain, e))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .deserialize_newtype_struct(name, Wrap::<_, ENGINE>::new(visitor, chain, track, None))
            .map_err(|e| track.trigger(chain, e))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .deserialize_tuple(len, Wrap::<_, ENGINE>::new(visitor, chain, track, None))
            .map_err(|e| track.trigger(chain, e))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .deserialize_tuple_struct(
                name,
                len,
                Wrap::<_, ENGINE>::new(visitor, chain, track, None),
            )
            .map_err(|e| track.trigger(chain, e))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let (chain, track) = (self.chain, self.track);
        let visitor = Wrap::<_, ENGINE>::new(visitor, chain, track, Some(fields));
        // serde-wasm-bindgen's deserialize_struct looks each field up by its exact name,
        // which would defeat case-insensitive names and first-wins duplicates; through
        // deserialize_any the object's own properties come in the order received.
        let read = if ENGINE {
            self.inner.deserialize_any(visitor)
        } else {
            self.inner.deserialize_struct(name, fields, visitor)
        };
        read.map_err(|e| track.trigger(chain, e))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .deserialize_enum(
                name,
                variants,
                Wrap::<_, ENGINE>::new(visitor, chain, track, None),
            )
            .map_err(|e| track.trigger(chain, e))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Skipped values need neither case folding nor paths below them.
        let (chain, track) = (self.chain, self.track);
        self.inner
            .deserialize_ignored_any(visitor)
            .map_err(|e| track.trigger(chain, e))
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// The error past the nesting limit on engine values (serde_json's words for its own).
const DEPTH_MESSAGE: &str = "recursion limit exceeded";

/// A visitor whose maps, sequences and nested deserializers go through the adapter.
struct Wrap<'a, V, const ENGINE: bool> {
    visitor: V,
    chain: &'a Chain<'a>,
    track: &'a Track,
    /// The struct's field names, when this visits a struct.
    fields: Option<&'static [&'static str]>,
}

impl<'a, V, const ENGINE: bool> Wrap<'a, V, ENGINE> {
    fn new(
        visitor: V,
        chain: &'a Chain<'a>,
        track: &'a Track,
        fields: Option<&'static [&'static str]>,
    ) -> Self {
        Wrap {
            visitor,
            chain,
            track,
            fields,
        }
    }
}

macro_rules! visit_forward {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.visitor.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>, const ENGINE: bool> Visitor<'de> for Wrap<'_, V, ENGINE> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    visit_forward!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.visitor
            .visit_some(Tolerant::<_, ENGINE>::new(d, self.chain, self.track))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.visitor
            .visit_newtype_struct(Tolerant::<_, ENGINE>::new(d, self.chain, self.track))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.fields.is_some() {
            // serde would fill a struct's fields by position from an array: `[]` would
            // decode as an empty model. A server never sends that; it is a wrong body.
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        let track = self.track;
        if !track.enter(ENGINE) {
            return Err(de::Error::custom(DEPTH_MESSAGE));
        }
        let read = self.visitor.visit_seq(Seq::<_, ENGINE> {
            inner: seq,
            chain: self.chain,
            track,
            index: 0,
        });
        track.leave(ENGINE);
        read
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        let track = self.track;
        if !track.enter(ENGINE) {
            return Err(de::Error::custom(DEPTH_MESSAGE));
        }
        let read = self.visitor.visit_map(Map::<_, ENGINE> {
            inner: map,
            chain: self.chain,
            track: self.track,
            fields: self.fields,
            key: None,
            seen: 0,
            hint: 0,
        });
        track.leave(ENGINE);
        read
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(Enum::<_, ENGINE> {
            inner: data,
            chain: self.chain,
            track: self.track,
        })
    }
}

/// A seed whose deserializer goes through the adapter at `chain`.
struct Seed<'a, S, const ENGINE: bool> {
    seed: S,
    chain: &'a Chain<'a>,
    track: &'a Track,
}

impl<'de, S: DeserializeSeed<'de>, const ENGINE: bool> DeserializeSeed<'de>
    for Seed<'_, S, ENGINE>
{
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.seed
            .deserialize(Tolerant::<_, ENGINE>::new(d, self.chain, self.track))
    }
}

struct Seq<'a, A, const ENGINE: bool> {
    inner: A,
    chain: &'a Chain<'a>,
    track: &'a Track,
    index: usize,
}

impl<'de, A: SeqAccess<'de>, const ENGINE: bool> SeqAccess<'de> for Seq<'_, A, ENGINE> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        let chain = Chain::Index {
            parent: self.chain,
            index: self.index,
        };
        let track = self.track;
        self.index = self.index.saturating_add(1);
        self.inner
            .next_element_seed(Seed::<_, ENGINE> {
                seed,
                chain: &chain,
                track,
            })
            .map_err(|e| track.trigger(&chain, e))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// A key as received: borrowed from the input when it has no escapes.
pub(crate) enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }

    pub(crate) fn into_string(self) -> String {
        match self {
            Key::Borrowed(s) => s.to_owned(),
            Key::Owned(s) => s,
        }
    }
}

/// Reads a property name as a [`Key`].
pub(crate) struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key<'de>, D::Error> {
        d.deserialize_str(KeySeed)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key::Owned(v))
    }
}

struct Map<'a, 'de, A, const ENGINE: bool> {
    inner: A,
    chain: &'a Chain<'a>,
    track: &'a Track,
    fields: Option<&'static [&'static str]>,
    /// The key of the value to be read next, as received (for the path).
    key: Option<Key<'de>>,
    /// Fields already read (bit i = `fields[i]`), for first-wins duplicates.
    seen: u128,
    /// Where to start looking for the next key: bodies list fields in declaration order,
    /// so the next key is usually the next field (one comparison instead of dozens).
    hint: usize,
}

/// The index of the field named `key` ignoring ASCII case, searching from `hint` on and
/// wrapping around (bodies list properties in declaration order: usually the first
/// comparison hits).
pub(crate) fn find_field(fields: &[&str], key: &str, hint: usize) -> Option<usize> {
    let n = fields.len();
    let start = if hint < n { hint } else { 0 };
    (start..n)
        .chain(0..start)
        .find(|&i| fields.get(i).is_some_and(|f| f.eq_ignore_ascii_case(key)))
}

impl<'de, A: MapAccess<'de>, const ENGINE: bool> MapAccess<'de> for Map<'_, 'de, A, ENGINE> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let track = self.track;
        loop {
            let Some(key) = self
                .inner
                .next_key_seed(KeySeed)
                .map_err(|e| track.trigger(self.chain, e))?
            else {
                return Ok(None);
            };
            let field = self.fields.and_then(|fields| {
                find_field(fields, key.as_str(), self.hint)
                    .and_then(|i| fields.get(i).map(|f| (i, *f)))
            });
            let key: &Key<'de> = self.key.insert(key);
            let chain = Chain::Key {
                parent: self.chain,
                key: key.as_str(),
            };
            let result = match field {
                Some((i, name)) => {
                    self.hint = i + 1;
                    let bit = u32::try_from(i).ok().and_then(|i| 1u128.checked_shl(i));
                    if let Some(bit) = bit {
                        if self.seen & bit != 0 {
                            // A later spelling of a field already read: first wins.
                            self.inner
                                .next_value::<IgnoredAny>()
                                .map_err(|e| track.trigger(&chain, e))?;
                            continue;
                        }
                        self.seen |= bit;
                    }
                    seed.deserialize(BorrowedStrDeserializer::new(name))
                }
                None => match key {
                    Key::Borrowed(s) => seed.deserialize(BorrowedStrDeserializer::new(s)),
                    Key::Owned(s) => seed.deserialize(StrDeserializer::new(s)),
                },
            };
            return result.map(Some).map_err(|e| track.trigger(&chain, e));
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let track = self.track;
        let chain = Chain::Key {
            parent: self.chain,
            key: self.key.as_ref().map_or("", Key::as_str),
        };
        self.inner
            .next_value_seed(Seed::<_, ENGINE> {
                seed,
                chain: &chain,
                track,
            })
            .map_err(|e| track.trigger(&chain, e))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

struct Enum<'a, A, const ENGINE: bool> {
    inner: A,
    chain: &'a Chain<'a>,
    track: &'a Track,
}

impl<'a, 'de, A: EnumAccess<'de>, const ENGINE: bool> EnumAccess<'de> for Enum<'a, A, ENGINE> {
    type Error = A::Error;
    type Variant = Variant<'a, A::Variant, ENGINE>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (chain, track) = (self.chain, self.track);
        let (value, variant) = self
            .inner
            .variant_seed(seed)
            .map_err(|e| track.trigger(chain, e))?;
        Ok((
            value,
            Variant::<_, ENGINE> {
                inner: variant,
                chain,
                track,
            },
        ))
    }
}

struct Variant<'a, A, const ENGINE: bool> {
    inner: A,
    chain: &'a Chain<'a>,
    track: &'a Track,
}

impl<'de, A: VariantAccess<'de>, const ENGINE: bool> VariantAccess<'de> for Variant<'_, A, ENGINE> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .unit_variant()
            .map_err(|e| track.trigger(chain, e))
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .newtype_variant_seed(Seed::<_, ENGINE> { seed, chain, track })
            .map_err(|e| track.trigger(chain, e))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .tuple_variant(len, Wrap::<_, ENGINE>::new(visitor, chain, track, None))
            .map_err(|e| track.trigger(chain, e))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let (chain, track) = (self.chain, self.track);
        self.inner
            .struct_variant(
                fields,
                Wrap::<_, ENGINE>::new(visitor, chain, track, Some(fields)),
            )
            .map_err(|e| track.trigger(chain, e))
    }
}

#[cfg(test)]
mod tests {
    use super::find_field;

    #[test]
    fn find_field_ignores_case_and_wraps_around_the_hint() {
        let fields = ["Id", "Name", "WaitingConversations"];
        assert_eq!(find_field(&fields, "waitingconversations", 0), Some(2));
        assert_eq!(find_field(&fields, "ID", 2), Some(0));
        assert_eq!(find_field(&fields, "name", 9), Some(1));
        assert_eq!(find_field(&fields, "nope", 1), None);
        assert_eq!(find_field(&[], "x", 0), None);
    }
}
