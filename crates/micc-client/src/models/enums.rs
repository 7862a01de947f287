//! Enums of the API: a variant per documented name, plus `Other` for anything else.
//!
//! Decoding accepts the reference's integer, the name real servers send (any case), or a
//! number written as a string (`Enum.Parse` accepts that too); a value this version does
//! not know is kept in `Other(RawEnum)`, never an error. Serialized as they are, known
//! values are the reference's integer; [`super::to_wire_json`] writes names instead.
//!
//! The catch-all is `Other`, not `Unknown`: several enums of the reference have a
//! documented value named `Unknown` (`PresenceAvailability::Unknown` is `0`).

use serde::de::{self, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;

/// An enum value as received, when it is not one this version knows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RawEnum {
    /// An integer (also an integer too large for `i64`, kept as its digits in `Str`).
    Int(i64),
    /// A name (or any other string), exactly as received.
    Str(String),
}

impl RawEnum {
    pub fn as_int(&self) -> Option<i64> {
        match self {
            RawEnum::Int(v) => Some(*v),
            RawEnum::Str(_) => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            RawEnum::Int(_) => None,
            RawEnum::Str(s) => Some(s),
        }
    }
}

impl fmt::Display for RawEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RawEnum::Int(v) => write!(f, "{v}"),
            RawEnum::Str(s) => f.write_str(s),
        }
    }
}

/// As received: the integer or the string, in both serializations.
impl Serialize for RawEnum {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RawEnum::Int(v) => serializer.serialize_i64(*v),
            RawEnum::Str(s) => serializer.serialize_str(s),
        }
    }
}

/// What the generic decoding needs from a generated enum.
pub trait ApiEnum: Sized {
    /// Names and integers of the known values, in value order.
    const VALUES: &'static [(&'static str, i64)];
    /// The known value with this integer, else `Other(RawEnum::Int(value))`.
    fn from_value(value: i64) -> Self;
    /// `Other(raw)`.
    fn other(raw: RawEnum) -> Self;

    /// The known value with this name (ignoring ASCII case and surrounding whitespace),
    /// or with this integer written as a string; else `Other(RawEnum::Str(name))` with the
    /// string as received.
    fn from_name(name: &str) -> Self {
        let trimmed = name.trim();
        if let Some((_, v)) = Self::VALUES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(trimmed))
        {
            return Self::from_value(*v);
        }
        if let Ok(v) = trimmed.parse::<i64>()
            && Self::VALUES.iter().any(|(_, x)| *x == v)
        {
            return Self::from_value(v);
        }
        Self::other(RawEnum::Str(name.to_owned()))
    }
}

/// An enum value as read: one visitor type for every enum, so serde_json's value parser
/// is instantiated once instead of once per enum (about 1.3 KB of wasm each).
enum Token<'de> {
    Int(i64),
    /// An integer beyond `i64` (kept as its digits).
    Big(u64),
    Borrowed(&'de str),
    Owned(String),
}

/// Decodes any [`ApiEnum`] from an integer or a string.
pub(crate) fn deserialize<'de, E: ApiEnum, D: Deserializer<'de>>(d: D) -> Result<E, D::Error> {
    Ok(match read_token(d)? {
        Token::Int(v) => E::from_value(v),
        Token::Big(v) => E::other(RawEnum::Str(v.to_string())),
        Token::Borrowed(s) => E::from_name(s),
        Token::Owned(s) => E::from_name(&s),
    })
}

#[inline(never)]
fn read_token<'de, D: Deserializer<'de>>(d: D) -> Result<Token<'de>, D::Error> {
    d.deserialize_any(TokenVisitor)
}

struct TokenVisitor;

impl<'de> Visitor<'de> for TokenVisitor {
    type Value = Token<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an enum name or integer")
    }

    fn visit_i64<Er: de::Error>(self, v: i64) -> Result<Token<'de>, Er> {
        Ok(Token::Int(v))
    }

    fn visit_u64<Er: de::Error>(self, v: u64) -> Result<Token<'de>, Er> {
        // Out of range for any .NET enum; kept as its digits rather than refused.
        Ok(i64::try_from(v).map_or(Token::Big(v), Token::Int))
    }

    fn visit_f64<Er: de::Error>(self, v: f64) -> Result<Token<'de>, Er> {
        // `2.0` is an integer written by a sloppy writer; `2.5` is no enum value at all.
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            Ok(Token::Int(v as i64))
        } else {
            Err(Er::invalid_value(de::Unexpected::Float(v), &self))
        }
    }

    fn visit_borrowed_str<Er: de::Error>(self, v: &'de str) -> Result<Token<'de>, Er> {
        Ok(Token::Borrowed(v))
    }

    fn visit_str<Er: de::Error>(self, v: &str) -> Result<Token<'de>, Er> {
        Ok(Token::Owned(v.to_owned()))
    }

    fn visit_string<Er: de::Error>(self, v: String) -> Result<Token<'de>, Er> {
        Ok(Token::Owned(v))
    }
}

/// Prefix of the newtype-struct name a known enum value serializes under. serde_json (and
/// serde-wasm-bindgen) ignore the name and write the integer inside: the reference form.
/// The camel serializer reads the variant name after the prefix and writes it instead.
pub(crate) const ENUM_MARKER: &str = "$micc::enum::";

/// Serializes a known enum value: `marked` is [`ENUM_MARKER`] + its name. One copy per
/// serializer serves every enum.
#[inline(never)]
pub fn serialize_known<S: Serializer>(
    serializer: S,
    marked: &'static str,
    value: i64,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_newtype_struct(marked, &value)
}

/// Defines an API enum: `Name { index => Variant = value, ... }` plus `Other(RawEnum)`.
/// `index` is the variant's position (the generator writes it: macros cannot count).
macro_rules! api_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $($index:literal => $variant:ident = $value:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[allow(clippy::upper_case_acronyms)] // the names are the API's (`ACD`, `SIP`)
        pub enum $name {
            $(
                #[doc = concat!("`", stringify!($variant), "` (`", stringify!($value), "`).")]
                $variant,
            )*
            /// A value this version does not know, as received.
            Other($crate::models::RawEnum),
        }

        impl $name {
            /// The names behind the camel serializer's marker prefix, by position.
            const MARKED: &'static [&'static str] =
                &[$(concat!("$micc::enum::", stringify!($variant)),)*];

            /// The position of a known value in [`ApiEnum::VALUES`](crate::models::ApiEnum).
            fn index(&self) -> Option<usize> {
                match self {
                    $(Self::$variant => Some($index),)*
                    Self::Other(_) => None,
                }
            }

            fn known(&self) -> Option<(&'static str, i64)> {
                let values = <Self as $crate::models::ApiEnum>::VALUES;
                self.index().and_then(|i| values.get(i)).copied()
            }

            /// The reference's integer (`None` for an unknown name).
            pub fn value(&self) -> Option<i64> {
                match self {
                    Self::Other(raw) => raw.as_int(),
                    known => known.known().map(|(_, v)| v),
                }
            }

            /// The name (`None` for a value this version does not know).
            pub fn name(&self) -> Option<&'static str> {
                self.known().map(|(n, _)| n)
            }

            /// The value with this integer (`Other` when unknown).
            pub fn from_value(value: i64) -> Self {
                <Self as $crate::models::ApiEnum>::from_value(value)
            }

            /// The value with this name, in any case (`Other` when unknown).
            pub fn from_name(name: &str) -> Self {
                <Self as $crate::models::ApiEnum>::from_name(name)
            }
        }

        impl $crate::models::ApiEnum for $name {
            const VALUES: &'static [(&'static str, i64)] =
                &[$((stringify!($variant), $value),)*];

            fn from_value(value: i64) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Other($crate::models::RawEnum::Int(other)),
                }
            }

            fn other(raw: $crate::models::RawEnum) -> Self {
                Self::Other(raw)
            }
        }

        /// The name, or the value as received.
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match (self, self.name()) {
                    (_, Some(name)) => f.write_str(name),
                    (Self::Other(raw), None) => std::fmt::Display::fmt(raw, f),
                    (_, None) => Ok(()),
                }
            }
        }

        /// Known values as the reference's integer (marked so the camel serializer can
        /// write the name instead); `Other` as received.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let marked = self.index().and_then(|i| Self::MARKED.get(i));
                match (self, marked, self.known()) {
                    (_, Some(marked), Some((_, value))) => {
                        $crate::models::enums::serialize_known(serializer, marked, value)
                    }
                    (Self::Other(raw), _, _) => serde::Serialize::serialize(raw, serializer),
                    // Unreachable: every known variant has a position in both tables.
                    _ => serializer.serialize_unit(),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::models::enums::deserialize(deserializer)
            }
        }
    };
}
