//! Compact `Serialize`/`Deserialize` for the generated models.
//!
//! serde's derive writes, per struct, a field-identifier visitor (for strings, bytes and
//! integers), a visitor for maps and one for sequences, and error texts: for the API's
//! ~60 models and ~700 properties that is over 100 KB of gzipped wasm, most of the npm
//! package's budget. Here each model only provides a table of names and two small
//! functions (`read_field`, `write_fields`, written by `model!`); the loop over a JSON
//! object, the case-insensitive name lookup, duplicates and unknown properties are generic
//! code shared by every model.
//!
//! Decoding goes through `deserialize_struct` with the names table, so the decode adapter
//! rewrites keys to the table's spelling; the visitor still matches ignoring case, so plain
//! `serde_json` reads both wire forms too. A JSON array is refused (no positional fields).

use super::JsonObject;
use crate::decode::de::{Key, KeySeed, find_field};
use serde::Serialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A generated model: its property names and how to read and write one of them.
pub trait Model: Default {
    /// The type name (for `serialize_struct` and messages).
    const NAME: &'static str;
    /// Property names as the reference spells them, in declaration order.
    const FIELDS: &'static [&'static str];
    /// Reads the value of property `index` of [`Self::FIELDS`] into its field.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// How many fields are `Some` (the length `serialize_struct` is told).
    fn count(&self) -> usize;

    /// Hands every field (with its name) to `w`, in declaration order.
    fn write_fields<W: FieldWriter>(&self, w: &mut W) -> Result<(), W::Error>;

    /// The other properties of an open model.
    fn other_mut(&mut self) -> Option<&mut JsonObject> {
        None
    }

    fn other(&self) -> Option<&JsonObject> {
        None
    }
}

/// Receives the fields of a model being serialized.
pub trait FieldWriter {
    type Error;
    /// `marked` is the name behind the camel serializer's marker prefix, for open models
    /// (serialized as maps, whose keys the serializer cannot tell from the other ones).
    fn field<V: Serialize>(
        &mut self,
        name: &'static str,
        marked: Option<&'static str>,
        value: &Option<V>,
    ) -> Result<(), Self::Error>;
}

/// Decodes any [`Model`].
pub fn deserialize<'de, T: Model, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_struct(T::NAME, T::FIELDS, ModelVisitor(PhantomData))
}

struct ModelVisitor<T>(PhantomData<T>);

impl<'de, T: Model> Visitor<'de> for ModelVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut out = T::default();
        // The loop is shared by every model (one copy per input type); only this small
        // callback is per model.
        read_object(&mut map, T::FIELDS, &mut |map, index, key| match index {
            Some(index) => out.read_field(index, map),
            None => match out.other_mut() {
                Some(other) => {
                    let value: serde_json::Value = map.next_value()?;
                    other.entry(key.into_string()).or_insert(value);
                    Ok(())
                }
                None => skip(map),
            },
        })?;
        Ok(out)
    }
}

/// What [`read_object`] hands a model: the property's position in its names table (`None`
/// for a name not in it) and the name as received.
type ReadProperty<'a, 'de, A> =
    dyn FnMut(&mut A, Option<usize>, Key<'de>) -> Result<(), <A as MapAccess<'de>>::Error> + 'a;

/// Reads a JSON object's properties: finds each name in `fields` ignoring ASCII case and
/// hands it to `read`; a property already read is skipped (the first wins; properties after
/// the 128th are not tracked).
#[inline(never)]
fn read_object<'de, A: MapAccess<'de>>(
    map: &mut A,
    fields: &'static [&'static str],
    read: &mut ReadProperty<'_, 'de, A>,
) -> Result<(), A::Error> {
    let mut seen: u128 = 0;
    let mut hint = 0;
    while let Some(key) = map.next_key_seed(KeySeed)? {
        let index = find_field(fields, key.as_str(), hint);
        if let Some(i) = index {
            hint = i + 1;
            if let Some(bit) = u32::try_from(i).ok().and_then(|i| 1u128.checked_shl(i)) {
                if seen & bit != 0 {
                    skip(map)?;
                    continue;
                }
                seen |= bit;
            }
        }
        read(map, index, key)?;
    }
    Ok(())
}

/// Reads one property's value into its field. Not inlined on purpose: one copy per
/// (input, field type) pair serves every property of every model, where inlining would
/// repeat the whole value parser in each model's `read_field` (tens of KB of wasm).
#[inline(never)]
pub fn read<'de, A: MapAccess<'de>, T: serde::Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    *slot = map.next_value()?;
    Ok(())
}

/// Skips a property's value.
#[inline(never)]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(drop)
}

/// Serializes any [`Model`]: a struct of its `Some` fields (`None` omitted); an open
/// model is a map, its known names marked so the camel serializer can rename them, then
/// its other properties as received.
pub fn serialize<T: Model, S: Serializer>(model: &T, s: S) -> Result<S::Ok, S::Error> {
    match model.other() {
        None => {
            let mut st = s.serialize_struct(T::NAME, model.count())?;
            model.write_fields(&mut StructWriter(&mut st))?;
            st.end()
        }
        Some(other) => {
            let mut map = s.serialize_map(None)?;
            model.write_fields(&mut MapWriter(&mut map))?;
            for (k, v) in other {
                map.serialize_entry(k, v)?;
            }
            map.end()
        }
    }
}

struct StructWriter<'a, S>(&'a mut S);

impl<S: SerializeStruct> FieldWriter for StructWriter<'_, S> {
    type Error = S::Error;
    // One copy per (serializer, field type) for every property of every model.
    #[inline(never)]
    fn field<V: Serialize>(
        &mut self,
        name: &'static str,
        _: Option<&'static str>,
        value: &Option<V>,
    ) -> Result<(), S::Error> {
        match value {
            Some(v) => self.0.serialize_field(name, v),
            None => Ok(()),
        }
    }
}

struct MapWriter<'a, S>(&'a mut S);

impl<S: SerializeMap> FieldWriter for MapWriter<'_, S> {
    type Error = S::Error;
    #[inline(never)]
    fn field<V: Serialize>(
        &mut self,
        name: &'static str,
        marked: Option<&'static str>,
        value: &Option<V>,
    ) -> Result<(), S::Error> {
        match value {
            Some(v) => self
                .0
                .serialize_entry(&MarkedKey(marked.unwrap_or(name), name), v),
            None => Ok(()),
        }
    }
}

/// Prefix of the newtype-struct name an open model's known keys serialize under: serde_json
/// writes the name inside (the reference's spelling); the camel serializer reads the name
/// after the prefix and writes its camelCase form.
pub(crate) const FIELD_MARKER: &str = "$micc::field::";

/// A known key of an open model: `.0` is [`FIELD_MARKER`] followed by the name `.1`.
struct MarkedKey(&'static str, &'static str);

impl Serialize for MarkedKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct(self.0, self.1)
    }
}

/// Implements [`Model`], `Serialize` and `Deserialize` for a generated struct:
/// `Name { 0 => field: "Wire", ... }`, or `Name open { ... }` for an open model (whose
/// `other: JsonObject` keeps the properties not listed).
macro_rules! model {
    ($name:ident { $($index:literal => $field:ident : $wire:literal,)* }) => {
        impl $crate::models::model::Model for $name {
            const NAME: &'static str = stringify!($name);
            const FIELDS: &'static [&'static str] = &[$($wire,)*];

            fn read_field<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                index: usize,
                map: &mut A,
            ) -> Result<(), A::Error> {
                match index {
                    $($index => $crate::models::model::read(map, &mut self.$field),)*
                    _ => $crate::models::model::skip(map),
                }
            }

            fn count(&self) -> usize {
                0 $(+ usize::from(self.$field.is_some()))*
            }

            fn write_fields<W: $crate::models::model::FieldWriter>(
                &self,
                w: &mut W,
            ) -> Result<(), W::Error> {
                $(w.field($wire, None, &self.$field)?;)*
                Ok(())
            }
        }

        model!(@serde $name);
    };
    ($name:ident open { $($index:literal => $field:ident : $wire:literal,)* }) => {
        impl $crate::models::model::Model for $name {
            const NAME: &'static str = stringify!($name);
            const FIELDS: &'static [&'static str] = &[$($wire,)*];

            fn read_field<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                index: usize,
                map: &mut A,
            ) -> Result<(), A::Error> {
                match index {
                    $($index => $crate::models::model::read(map, &mut self.$field),)*
                    _ => $crate::models::model::skip(map),
                }
            }

            fn count(&self) -> usize {
                0 $(+ usize::from(self.$field.is_some()))*
            }

            fn write_fields<W: $crate::models::model::FieldWriter>(
                &self,
                w: &mut W,
            ) -> Result<(), W::Error> {
                $(w.field($wire, Some(concat!("$micc::field::", $wire)), &self.$field)?;)*
                Ok(())
            }

            fn other_mut(&mut self) -> Option<&mut $crate::models::JsonObject> {
                Some(&mut self.other)
            }

            fn other(&self) -> Option<&$crate::models::JsonObject> {
                Some(&self.other)
            }
        }

        model!(@serde $name);
    };
    (@serde $name:ident) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $crate::models::model::serialize(self, s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::models::model::deserialize(d)
            }
        }
    };
}
