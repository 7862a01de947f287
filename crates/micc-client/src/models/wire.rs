//! The two serializations of models.
//!
//! - **Reference form** (request bodies): what `serde_json` writes from the models as they
//!   are: property names as the reference spells them (mostly PascalCase), enums as the
//!   reference's integers, `None` omitted. [`to_reference_json`], [`to_reference_string`].
//! - **Camel form** (the JavaScript API): what real servers send, JSON.NET with camelCase
//!   names and enums as names: [`to_camel_json`], or [`serialize_camel`] around any serializer
//!   (serde-wasm-bindgen's for plain JS objects). Unknown enum values stay as received,
//!   `TimeSpan`s and `DateTime`s are their strings, dictionary keys (`_links`, free-form
//!   objects, properties of collapsed models) are kept as received.
//!
//! [`CamelSerializer`] is a `Serializer` adapter: it renames struct fields through the
//! generated table of camelCase names (JSON.NET's rule, see [`camel_case`]) and turns the
//! enum marker the generated enums serialize under into the name. [`CamelOptions`] switches
//! each of the two rewrites on or off.

use super::enums::ENUM_MARKER;
use super::model::FIELD_MARKER;
use super::models_generated::camel_name;
use serde::Serialize;
use serde::ser::{
    SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant, Serializer,
};
use serde_json::Value;

/// The reference form as a JSON value (for request bodies).
///
/// Infallible for the models of this crate (their map keys are strings; a non-finite float
/// becomes `null`); a value that cannot be JSON at all (a map with non-string keys) gives
/// `null`.
pub fn to_reference_json<T: Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The reference form as JSON text (for request bodies).
pub fn to_reference_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value)
}

/// The request form as JSON text: what request bodies send. Property names as the
/// reference spells them (JSON.NET matches names in any case) and enums as **names**, as
/// every public client sends them: the integers of enums the reference does not number are
/// guesses that could mean another member (wire-facts.md). Unknown values stay as they are.
pub fn to_request_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = Vec::new();
    value.serialize(CamelSerializer::with_options(
        &mut serde_json::Serializer::new(&mut out),
        CamelOptions::REQUEST,
    ))?;
    // serde_json writes UTF-8 only; the fallback never runs.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// The real servers' form (camelCase names, enum names) as a JSON value: what the JavaScript
/// API hands out. Infallible for the models of this crate, as [`to_reference_json`].
pub fn to_camel_json<T: Serialize + ?Sized>(value: &T) -> Value {
    serialize_camel(value, serde_json::value::Serializer).unwrap_or(Value::Null)
}

/// The real servers' form as JSON text.
pub fn to_camel_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = Vec::new();
    serialize_camel(value, &mut serde_json::Serializer::new(&mut out))?;
    // serde_json writes UTF-8 only; the fallback never runs.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// Serializes `value` in the real servers' form through any serializer. For the JavaScript
/// API without a detour through `serde_json::Value`:
/// `serialize_camel(&value, &serde_wasm_bindgen::Serializer::json_compatible())`
/// (`json_compatible` makes maps plain objects and 64-bit integers numbers).
pub fn serialize_camel<T: Serialize + ?Sized, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.serialize(CamelSerializer::new(serializer))
}

/// Which rewrites [`CamelSerializer`] applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CamelOptions {
    /// Struct field names as JSON.NET camelCases them (`WaitingConversations` →
    /// `waitingConversations`); off: as the reference spells them.
    pub camel_case_names: bool,
    /// Known enum values as names (`"Busy"`); off: the reference's integers.
    pub enum_names: bool,
}

impl CamelOptions {
    /// The real servers' form: both rewrites.
    pub const CAMEL: CamelOptions = CamelOptions {
        camel_case_names: true,
        enum_names: true,
    };
    /// Request bodies: the reference's property names, enum names.
    pub const REQUEST: CamelOptions = CamelOptions {
        camel_case_names: false,
        enum_names: true,
    };
    /// No rewrite: the reference form.
    pub const REFERENCE: CamelOptions = CamelOptions {
        camel_case_names: false,
        enum_names: false,
    };
}

impl Default for CamelOptions {
    fn default() -> Self {
        Self::CAMEL
    }
}

/// A `Serializer` adapter writing models in the camel form (see the module documentation).
#[derive(Debug, Clone, Copy)]
pub struct CamelSerializer<S> {
    inner: S,
    options: CamelOptions,
}

impl<S> CamelSerializer<S> {
    /// Both rewrites ([`CamelOptions::CAMEL`]).
    pub fn new(inner: S) -> Self {
        Self::with_options(inner, CamelOptions::CAMEL)
    }

    pub fn with_options(inner: S, options: CamelOptions) -> Self {
        CamelSerializer { inner, options }
    }
}

/// A value to be serialized through the adapter.
struct Wrap<'a, T: ?Sized> {
    value: &'a T,
    options: CamelOptions,
}

impl<T: Serialize + ?Sized> Serialize for Wrap<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value
            .serialize(CamelSerializer::with_options(serializer, self.options))
    }
}

/// A compound serializer of the inner serializer whose elements go through the adapter.
pub struct Compound<C> {
    inner: C,
    options: CamelOptions,
}

impl<C> Compound<C> {
    fn wrap<'a, T: ?Sized>(&self, value: &'a T) -> Wrap<'a, T> {
        Wrap {
            value,
            options: self.options,
        }
    }

    fn key(&self, key: &'static str) -> &'static str {
        if self.options.camel_case_names {
            camel_name(key).unwrap_or(key)
        } else {
            key
        }
    }
}

macro_rules! forward_scalars {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method(self, v: $ty) -> Result<S::Ok, S::Error> {
                self.inner.$method(v)
            }
        )*
    };
}

impl<S: Serializer> Serializer for CamelSerializer<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Compound<S::SerializeSeq>;
    type SerializeTuple = Compound<S::SerializeTuple>;
    type SerializeTupleStruct = Compound<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Compound<S::SerializeTupleVariant>;
    type SerializeMap = Compound<S::SerializeMap>;
    type SerializeStruct = Compound<S::SerializeStruct>;
    type SerializeStructVariant = Compound<S::SerializeStructVariant>;

    forward_scalars!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_none()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.serialize_some(&Wrap {
            value,
            options: self.options,
        })
    }

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit_variant(name, index, variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        if let Some(variant) = name.strip_prefix(ENUM_MARKER)
            && self.options.enum_names
        {
            return self.inner.serialize_str(variant);
        }
        if let Some(field) = name.strip_prefix(FIELD_MARKER) {
            let key = if self.options.camel_case_names {
                camel_name(field).unwrap_or(field)
            } else {
                field
            };
            return self.inner.serialize_str(key);
        }
        self.inner.serialize_newtype_struct(
            name,
            &Wrap {
                value,
                options: self.options,
            },
        )
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_newtype_variant(
            name,
            index,
            variant,
            &Wrap {
                value,
                options: self.options,
            },
        )
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Ok(Compound {
            inner: self.inner.serialize_seq(len)?,
            options: self.options,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        Ok(Compound {
            inner: self.inner.serialize_tuple(len)?,
            options: self.options,
        })
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Ok(Compound {
            inner: self.inner.serialize_tuple_struct(name, len)?,
            options: self.options,
        })
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Ok(Compound {
            inner: self
                .inner
                .serialize_tuple_variant(name, index, variant, len)?,
            options: self.options,
        })
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        Ok(Compound {
            inner: self.inner.serialize_map(len)?,
            options: self.options,
        })
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Ok(Compound {
            inner: self.inner.serialize_struct(name, len)?,
            options: self.options,
        })
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Ok(Compound {
            inner: self
                .inner
                .serialize_struct_variant(name, index, variant, len)?,
            options: self.options,
        })
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

impl<C: SerializeSeq> SerializeSeq for Compound<C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        let value = self.wrap(value);
        self.inner.serialize_element(&value)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeTuple> SerializeTuple for Compound<C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        let value = self.wrap(value);
        self.inner.serialize_element(&value)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeTupleStruct> SerializeTupleStruct for Compound<C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        let value = self.wrap(value);
        self.inner.serialize_field(&value)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeTupleVariant> SerializeTupleVariant for Compound<C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        let value = self.wrap(value);
        self.inner.serialize_field(&value)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeMap> SerializeMap for Compound<C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), C::Error> {
        // Keys go through the adapter too: open models mark their known keys.
        let key = self.wrap(key);
        self.inner.serialize_key(&key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
        let value = self.wrap(value);
        self.inner.serialize_value(&value)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeStruct> SerializeStruct for Compound<C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        let key = self.key(key);
        let value = self.wrap(value);
        self.inner.serialize_field(key, &value)
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        let key = self.key(key);
        self.inner.skip_field(key)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

impl<C: SerializeStructVariant> SerializeStructVariant for Compound<C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), C::Error> {
        let key = self.key(key);
        let value = self.wrap(value);
        self.inner.serialize_field(key, &value)
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), C::Error> {
        let key = self.key(key);
        self.inner.skip_field(key)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

/// JSON.NET's camelCase (one implementation, in micc-api); the generated table
/// `camel_name` is built with the same rule.
pub use micc_api::camel_case;
