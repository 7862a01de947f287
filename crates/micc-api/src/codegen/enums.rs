//! The assumed enum tables ([`crate::assumed`]) as the generator looks them up.

pub use crate::assumed::{ASSUMED_ENUMS, AssumedEnum, DOCUMENT_ENUM_ALIASES};

/// What an enum key resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EnumKey {
    /// An enum schema of the document, by name.
    Document(&'static str),
    /// One of [`ASSUMED_ENUMS`].
    Assumed(&'static AssumedEnum),
}

/// The enum registered under `key` (ignoring case): document aliases first, as the
/// simulator does.
pub(crate) fn lookup(key: &str) -> Option<EnumKey> {
    if let Some((_, name)) = DOCUMENT_ENUM_ALIASES
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
    {
        return Some(EnumKey::Document(name));
    }
    ASSUMED_ENUMS
        .iter()
        .find(|e| e.keys.iter().any(|k| k.eq_ignore_ascii_case(key)))
        .map(EnumKey::Assumed)
}
