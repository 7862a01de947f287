//! The models as data: the table the npm package converts answers and request bodies with
//! (in JavaScript, js/convert.js, from its twin js/shapes_generated.js; both written by the
//! one generator from the API description). Here it is the Rust view of the same table, for
//! the tests that hold the JavaScript table and converter to the typed models
//! (tests/js_shapes.rs, tests/js_shapes_table.rs, tests/npm/convert.test.mjs).

// Generated: rustfmt would make the drift test see a difference.
#[rustfmt::skip]
#[path = "shapes_generated.rs"]
mod shapes_generated;
pub use shapes_generated::{ENUMS, MODELS, REQUESTS, RESPONSES};

/// The type of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum T {
    Str,
    Int,
    Num,
    Bool,
    TimeSpan,
    DateTime,
    /// An enum of [`ENUMS`], by index.
    Enum(u16),
    /// A model of [`MODELS`], by index.
    Model(u16),
    Vec(&'static T),
    /// A HAL collection page of these items.
    Page(&'static T),
    /// A free-form object, passed on as it is.
    Object,
    Any,
    /// HAL `_links`, passed on as they are.
    Links,
}

#[derive(Debug)]
pub struct Field {
    /// As the reference spells it (the request form); the JavaScript form is its
    /// JSON.NET camelCase, worked out when needed rather than stored twice.
    pub wire: &'static str,
    pub ty: T,
}

#[derive(Debug)]
pub struct ModelShape {
    pub name: &'static str,
    /// Keeps properties the reference does not name.
    pub open: bool,
    /// No known properties: the object is passed on as it is.
    pub map: bool,
    pub fields: &'static [Field],
}

#[derive(Debug)]
pub struct EnumShape {
    pub name: &'static str,
    pub entries: &'static [(&'static str, i64)],
}

/// The root type of operation `op`'s answer (or `None` for an unknown id).
pub fn response_type(op: &str) -> Option<T> {
    RESPONSES.iter().find(|(id, _)| *id == op).map(|(_, t)| *t)
}

/// The root type of operation `op`'s request body (`None`: it takes none).
pub fn request_type(op: &str) -> Option<T> {
    REQUESTS.iter().find(|(id, _)| *id == op).map(|(_, t)| *t)
}
