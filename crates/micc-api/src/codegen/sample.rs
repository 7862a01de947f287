//! Fully populated sample bodies of every model, in both wire forms, for decoding tests.

use super::model::{Model, ModelKind, Ty};
use crate::{SpecError, invalid};
use serde_json::{Map, Value, json};

/// Which spelling a sample uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleForm {
    /// The reference's form: names as the reference spells them, enums as integers.
    Reference,
    /// The real servers' form (JSON.NET): camelCase names, enums as names.
    Wire,
}

/// A timespan every writer prints the same way (.NET "c" format, days and 7 digits).
pub const SAMPLE_TIMESPAN: &str = "1.02:03:04.5670000";
/// A date-time with an offset and 7 fraction digits, printed back as it is.
pub const SAMPLE_DATETIME: &str = "2024-05-01T12:30:00.1234567+02:00";

/// A sample of model `name` in which every property has a value (nested models too;
/// a model nested in itself gets an empty array at the second level).
pub fn sample(models: &[Model], name: &str, form: SampleForm) -> Result<Value, SpecError> {
    let mut stack = Vec::new();
    model_sample(models, name, form, &mut stack)
}

fn find<'a>(models: &'a [Model], name: &str) -> Result<&'a Model, SpecError> {
    models
        .iter()
        .find(|m| m.name == name)
        .ok_or_else(|| invalid(name, "no such model"))
}

fn model_sample(
    models: &[Model],
    name: &str,
    form: SampleForm,
    stack: &mut Vec<String>,
) -> Result<Value, SpecError> {
    let m = find(models, name)?;
    Ok(match &m.kind {
        ModelKind::Enum { entries, .. } => {
            // The second entry: not the `0`/`Unknown` a default would give.
            let (n, v) = entries
                .get(1)
                .or_else(|| entries.first())
                .ok_or_else(|| invalid(name, "an enum without values"))?;
            match form {
                SampleForm::Reference => json!(v),
                SampleForm::Wire => json!(n),
            }
        }
        // Unknown properties are kept as received in both forms, so one spelling serves.
        ModelKind::Map => json!({ "key": format!("{name} key"), "value": "value" }),
        ModelKind::Struct { fields, .. } => {
            stack.push(name.to_string());
            let mut out = Map::new();
            for f in fields {
                let key = match form {
                    SampleForm::Reference => f.wire.clone(),
                    SampleForm::Wire => f.camel.clone(),
                };
                out.insert(key, ty_sample(models, &f.ty, form, stack, &f.wire)?);
            }
            stack.pop();
            Value::Object(out)
        }
    })
}

fn ty_sample(
    models: &[Model],
    ty: &Ty,
    form: SampleForm,
    stack: &mut Vec<String>,
    prop: &str,
) -> Result<Value, SpecError> {
    Ok(match ty {
        Ty::String => json!(format!("{prop} text")),
        Ty::Integer => json!(7),
        Ty::Number => json!(2.5),
        Ty::Boolean => json!(true),
        Ty::TimeSpan => json!(SAMPLE_TIMESPAN),
        Ty::DateTime => json!(SAMPLE_DATETIME),
        Ty::Enum(n) | Ty::Model(n) => model_sample(models, n, form, stack)?,
        Ty::Vec(item) => match item.as_ref() {
            Ty::Model(n) if stack.contains(n) => json!([]),
            t => json!([ty_sample(models, t, form, stack, prop)?]),
        },
        // Free-form members keep their keys in both forms.
        Ty::JsonObject => json!({ "Custom": { "nested": [1, "two", null] } }),
        Ty::JsonValue => json!({ "Any": 1 }),
        Ty::Links => json!({ "self": { "href": format!("/miccsdk/api/v1/{prop}") } }),
    })
}
