//! Which formatter reads a request body, chosen by `Content-Type` as ASP.NET Web API's
//! default formatters choose: `application/json` and `text/json` go to JSON.NET,
//! `application/x-www-form-urlencoded` to the form formatter (which binds any model), in any
//! case and with any parameters (`; charset=UTF-8`). Anything else (`text/plain`, XML, which
//! this simulator does not speak, `multipart/form-data`) or no `Content-Type` at all is 415
//! with Web API's message, but only for a body that has content: an empty body binds to
//! nothing whatever its type.

/// The formatter that reads a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    Json,
    Form,
}

/// No formatter reads the body; the text is Web API's 415 message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsupportedMediaType(pub String);

/// The formatter for a `Content-Type` header value (`None`: no header), or the 415 Web API
/// answers.
pub fn body_format(content_type: Option<&str>) -> Result<BodyFormat, UnsupportedMediaType> {
    let media_type = content_type
        .and_then(|v| v.split(';').next())
        .map(str::trim)
        .filter(|t| {
            t.split_once('/')
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        });
    let Some(media_type) = media_type else {
        // An absent or unparsable header: .NET infers application/octet-stream.
        return Err(UnsupportedMediaType(
            "The request contains an entity body but no Content-Type header. The inferred media type 'application/octet-stream' is not supported for this resource.".into(),
        ));
    };
    let lower = media_type.to_ascii_lowercase();
    match lower.as_str() {
        "application/json" | "text/json" => Ok(BodyFormat::Json),
        "application/x-www-form-urlencoded" => Ok(BodyFormat::Form),
        _ => Err(UnsupportedMediaType(format!(
            "The request entity's media type '{media_type}' is not supported for this resource."
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_form_in_any_case_with_parameters() {
        for ct in [
            "application/json",
            "Application/JSON; charset=UTF-8",
            "text/json",
            " text/json ;charset=utf-16",
        ] {
            assert_eq!(body_format(Some(ct)), Ok(BodyFormat::Json), "{ct}");
        }
        for ct in [
            "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=UTF-8",
            "APPLICATION/X-WWW-FORM-URLENCODED",
        ] {
            assert_eq!(body_format(Some(ct)), Ok(BodyFormat::Form), "{ct}");
        }
    }

    #[test]
    fn anything_else_is_415_with_web_apis_message() {
        assert_eq!(
            body_format(Some("text/plain;charset=UTF-8")),
            Err(UnsupportedMediaType(
                "The request entity's media type 'text/plain' is not supported for this resource."
                    .into()
            ))
        );
        for ct in [
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/json-patch+json",
        ] {
            assert!(
                matches!(body_format(Some(ct)), Err(UnsupportedMediaType(_))),
                "{ct}"
            );
        }
        for ct in [None, Some(""), Some("json")] {
            let Err(UnsupportedMediaType(m)) = body_format(ct) else {
                panic!("{ct:?} is refused");
            };
            assert!(
                m.starts_with("The request contains an entity body but no Content-Type header."),
                "{m}"
            );
        }
    }
}
