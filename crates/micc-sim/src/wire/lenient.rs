//! JSON as JSON.NET's `JsonTextReader` reads it, which is what an ASP.NET Web API server
//! parses request bodies with.
//!
//! Public code written against real servers sends bodies that strict JSON refuses, for
//! example `{ conversationAction: 'Pick', id: '…' }`. JSON.NET accepts, and so does this
//! reader: single-quoted strings, unquoted property names (letters, digits, `_`, `$`),
//! trailing commas in objects and arrays, `/* */` and `//` comments, `undefined` (read as
//! null), hexadecimal (`0x1F`) and octal (`017`) integers, numbers written `.5`, and
//! `NaN`/`Infinity`/`-Infinity` (kept as those strings: JSON has no such numbers, so a numeric
//! property later refuses them). Like Web API's formatter, whatever follows the root value
//! is not read. A repeated property keeps its last value.
//!
//! What JSON.NET refuses is refused with its message and the JSON path of the value being
//! read (`{a: }` fails at `$.a`, `[1, }` at `$[1]`), with line and position. Written for
//! this rather than taken from a JSON5 crate: JSON5 readers give no JSON path, refuse
//! `undefined`, octal and `NaN` into a `serde_json::Value`, and accept what JSON.NET refuses
//! (`+1`, `5.`, line continuations in strings).

use serde_json::{Map, Number, Value};

use super::decode::member_path;
use super::{MAX_DEPTH, WireError};

/// Parses `text` (no byte order mark) into a value, or says where and why JSON.NET would stop.
pub(super) fn parse(text: &str) -> Result<Value, WireError> {
    let mut r = Reader {
        chars: text.chars().collect(),
        pos: 0,
        line: 1,
        col: 0,
        path: Vec::new(),
    };
    r.skip_blank()?;
    r.value(0)
}

enum Seg {
    Key(String),
    Index(usize),
}

struct Reader {
    chars: Vec<char>,
    pos: usize,
    line: usize,
    /// Characters read on the current line; errors give the column after them, where
    /// reading stopped.
    col: usize,
    path: Vec<Seg>,
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn path(&self) -> String {
        let mut p = String::from("$");
        for seg in &self.path {
            match seg {
                Seg::Key(k) => p.push_str(&member_path(k)),
                Seg::Index(i) => p.push_str(&format!("[{i}]")),
            }
        }
        p
    }

    fn fail(&self, message: impl Into<String>) -> WireError {
        WireError {
            path: self.path(),
            message: format!(
                "{} Line {}, position {}.",
                message.into(),
                self.line,
                self.col + 1
            ),
        }
    }

    fn unexpected_end(&self) -> WireError {
        self.fail("Unexpected end when reading JSON.")
    }

    /// Skips whitespace and comments.
    fn skip_blank(&mut self) -> Result<(), WireError> {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') => {
                    self.bump();
                    match self.bump() {
                        Some('*') => loop {
                            match self.bump() {
                                None => {
                                    return Err(self.fail("Unexpected end while parsing comment."));
                                }
                                Some('*') if self.peek() == Some('/') => {
                                    self.bump();
                                    break;
                                }
                                Some(_) => {}
                            }
                        },
                        Some('/') => {
                            while self.peek().is_some_and(|c| c != '\n' && c != '\r') {
                                self.bump();
                            }
                        }
                        Some(c) => {
                            return Err(
                                self.fail(format!("Error parsing comment. Expected: *, got {c}."))
                            );
                        }
                        None => return Err(self.fail("Unexpected end while parsing comment.")),
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, WireError> {
        self.skip_blank()?;
        match self.peek() {
            None => Err(self.unexpected_end()),
            Some('{') => self.object(depth + 1),
            Some('[') => self.array(depth + 1),
            Some(q @ ('"' | '\'')) => self.string(q).map(Value::String),
            Some('-') if self.peek_at(1) == Some('I') => {
                self.bump();
                self.word("-")
            }
            Some(c) if c.is_ascii_digit() || c == '-' || c == '.' => self.number(),
            Some(c) if c.is_ascii_alphabetic() => self.word(""),
            Some(c) => Err(self.fail(format!(
                "Unexpected character encountered while parsing value: {c}."
            ))),
        }
    }

    fn too_deep(&self, depth: usize) -> Result<(), WireError> {
        if depth > MAX_DEPTH {
            Err(WireError {
                path: "$".into(),
                message: format!(
                    "the JSON nests arrays and objects deeper than {MAX_DEPTH} levels"
                ),
            })
        } else {
            Ok(())
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, WireError> {
        self.too_deep(depth)?;
        self.bump();
        let mut map = Map::new();
        loop {
            self.skip_blank()?;
            let key = match self.peek() {
                None => return Err(self.unexpected_end()),
                // Also the end after a trailing comma, which JSON.NET allows.
                Some('}') => {
                    self.bump();
                    return Ok(Value::Object(map));
                }
                Some(q @ ('"' | '\'')) => self.string(q)?,
                Some(c) if is_identifier_char(c) => self.unquoted_name()?,
                Some(c) => {
                    return Err(self.fail(format!("Invalid property identifier character: {c}.")));
                }
            };
            self.skip_blank()?;
            match self.bump() {
                Some(':') => {}
                Some(c) => {
                    return Err(self.fail(format!(
                        "Invalid character after parsing property name. Expected ':' but got: {c}."
                    )));
                }
                None => return Err(self.unexpected_end()),
            }
            self.path.push(Seg::Key(key.clone()));
            let v = self.value(depth)?;
            map.insert(key, v);
            self.skip_blank()?;
            let next = self.peek();
            match next {
                Some(',') => {
                    self.bump();
                    self.path.pop();
                }
                Some('}') => {
                    self.bump();
                    self.path.pop();
                    return Ok(Value::Object(map));
                }
                None => return Err(self.unexpected_end()),
                Some(c) => {
                    return Err(self.fail(format!(
                        "After parsing a value an unexpected character was encountered: {c}."
                    )));
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, WireError> {
        self.too_deep(depth)?;
        self.bump();
        let mut items = Vec::new();
        loop {
            self.skip_blank()?;
            if self.peek() == Some(']') {
                self.bump();
                return Ok(Value::Array(items));
            }
            self.path.push(Seg::Index(items.len()));
            let v = self.value(depth)?;
            items.push(v);
            self.skip_blank()?;
            match self.peek() {
                Some(',') => {
                    self.bump();
                    self.path.pop();
                }
                Some(']') => {
                    self.bump();
                    self.path.pop();
                    return Ok(Value::Array(items));
                }
                None => return Err(self.unexpected_end()),
                Some(c) => {
                    return Err(self.fail(format!(
                        "After parsing a value an unexpected character was encountered: {c}."
                    )));
                }
            }
        }
    }

    /// A property name without quotes: JSON.NET takes letters, digits, `_` and `$`, up to
    /// whitespace or `:`.
    fn unquoted_name(&mut self) -> Result<String, WireError> {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if is_identifier_char(c) {
                name.push(c);
                self.bump();
            } else if c.is_whitespace() || c == ':' {
                break;
            } else {
                self.bump();
                return Err(self.fail(format!(
                    "Invalid JavaScript property identifier character: {c}."
                )));
            }
        }
        Ok(name)
    }

    fn string(&mut self, quote: char) -> Result<String, WireError> {
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump() {
                None => {
                    return Err(
                        self.fail(format!("Unterminated string. Expected delimiter: {quote}."))
                    );
                }
                Some(c) if c == quote => return Ok(out),
                Some('\\') => {
                    let escaped = match self.bump() {
                        None => {
                            return Err(self.fail(format!(
                                "Unterminated string. Expected delimiter: {quote}."
                            )));
                        }
                        Some('b') => '\u{8}',
                        Some('t') => '\t',
                        Some('n') => '\n',
                        Some('f') => '\u{c}',
                        Some('r') => '\r',
                        Some(c @ ('\\' | '"' | '\'' | '/')) => c,
                        Some('u') => self.unicode_escape()?,
                        Some(c) => {
                            return Err(self.fail(format!("Bad JSON escape sequence: \\{c}.")));
                        }
                    };
                    out.push(escaped);
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, WireError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = self
                .bump()
                .and_then(|c| c.to_digit(16))
                .ok_or_else(|| self.fail("Invalid Unicode escape sequence."))?;
            v = v * 16 + d;
        }
        Ok(v)
    }

    /// `\uXXXX`, joining a UTF-16 surrogate pair; a lone surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, WireError> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi)
            && self.peek() == Some('\\')
            && self.peek_at(1) == Some('u')
        {
            self.bump();
            self.bump();
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            return Ok('\u{FFFD}');
        }
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    /// `true`, `false`, `null`, `undefined`, `NaN`, `Infinity` (after `sign`).
    fn word(&mut self, sign: &str) -> Result<Value, WireError> {
        let mut w = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_alphanumeric) {
            w.push(c);
            self.bump();
        }
        match (sign, w.as_str()) {
            ("", "true") => Ok(Value::Bool(true)),
            ("", "false") => Ok(Value::Bool(false)),
            ("", "null" | "undefined") => Ok(Value::Null),
            ("", "NaN") => Ok(Value::String("NaN".into())),
            (s, "Infinity") => Ok(Value::String(format!("{s}Infinity"))),
            _ => {
                let first = format!("{sign}{w}").chars().next().unwrap_or('?');
                Err(self.fail(format!(
                    "Unexpected character encountered while parsing value: {first}."
                )))
            }
        }
    }

    fn number(&mut self) -> Result<Value, WireError> {
        let mut text = String::new();
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-'))
        {
            text.push(c);
            self.bump();
        }
        parse_number(&text).map_err(|m| self.fail(m))
    }
}

fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// A JSON.NET number: decimal (with fraction and exponent), `0x` hexadecimal or `0`-led octal.
fn parse_number(text: &str) -> Result<Value, String> {
    let not_valid = || format!("Input string '{text}' is not a valid number.");
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let signed = |v: u64| -> Result<Value, String> {
        if negative {
            i64::try_from(v)
                .ok()
                .and_then(i64::checked_neg)
                .map(Value::from)
                .ok_or_else(not_valid)
        } else {
            Ok(Value::from(v))
        }
    };
    if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        return u64::from_str_radix(hex, 16)
            .map_err(|_| not_valid())
            .and_then(signed);
    }
    if let Some(bad) = digits
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')))
    {
        return Err(format!(
            "Unexpected character encountered while parsing number: {bad}."
        ));
    }
    let integral = digits.chars().all(|c| c.is_ascii_digit());
    if integral && digits.len() > 1 && digits.starts_with('0') {
        return u64::from_str_radix(digits, 8)
            .map_err(|_| not_valid())
            .and_then(signed);
    }
    if integral && let Ok(v) = digits.parse::<u64>() {
        return signed(v);
    }
    // Rust's float syntax is wider than JSON's (`inf`, `nan` are excluded above by the
    // character check; `1.` is not JSON.NET's): require a digit after any point.
    let mantissa = digits.split(['e', 'E']).next().unwrap_or("");
    if digits.is_empty() || mantissa.ends_with('.') || !mantissa.chars().any(|c| c.is_ascii_digit())
    {
        return Err(not_valid());
    }
    text.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(Value::Number)
        .ok_or_else(not_valid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ok(text: &str) -> Value {
        match parse(text) {
            Ok(v) => v,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    fn err(text: &str) -> WireError {
        match parse(text) {
            Ok(v) => panic!("{text} parsed as {v}"),
            Err(e) => e,
        }
    }

    #[test]
    fn reads_what_public_code_sends() {
        assert_eq!(
            ok("{ conversationAction: 'Pick', id: 'ab-1' }"),
            json!({ "conversationAction": "Pick", "id": "ab-1" })
        );
        assert_eq!(
            ok("{'state': 'Busy', 'reason': 'x'}"),
            json!({ "state": "Busy", "reason": "x" })
        );
        assert_eq!(
            ok(
                "{\n  conversationAction: 'Accept',\n  id: 'c',\n  tags: [{\"Key\":\"a\",\"Value\":\"b\"}]\n  }"
            ),
            json!({ "conversationAction": "Accept", "id": "c", "tags": [{ "Key": "a", "Value": "b" }] })
        );
    }

    #[test]
    fn trailing_commas_comments_and_literals() {
        assert_eq!(ok("[1, 2, ]"), json!([1, 2]));
        assert_eq!(ok("{a: 1,}"), json!({ "a": 1 }));
        assert_eq!(ok("/* c */ {a: /* x */ 1 // y\n}"), json!({ "a": 1 }));
        assert_eq!(
            ok("[undefined, null, true, false]"),
            json!([null, null, true, false])
        );
        assert_eq!(
            ok("[NaN, Infinity, -Infinity]"),
            json!(["NaN", "Infinity", "-Infinity"])
        );
        assert_eq!(
            ok("{$a_1: 'x', \"b\": \"y\"}"),
            json!({ "$a_1": "x", "b": "y" })
        );
        assert_eq!(ok("{a: 1, a: 2}"), json!({ "a": 2 }));
        // Web API does not read past the root value.
        assert_eq!(ok("{a: 1} trailing"), json!({ "a": 1 }));
    }

    #[test]
    fn numbers_as_json_net_reads_them() {
        assert_eq!(
            ok("[0x1F, -0x10, 017, .5, 1e3, -2, 18446744073709551615]"),
            json!([31, -16, 15, 0.5, 1000.0, -2, 18446744073709551615u64])
        );
        assert_eq!(ok("1.5"), json!(1.5));
        assert!(
            err("12ab")
                .message
                .starts_with("Unexpected character encountered while parsing number: a.")
        );
        assert!(
            err("09")
                .message
                .starts_with("Input string '09' is not a valid number.")
        );
        assert!(
            err("[1.]")
                .message
                .starts_with("Input string '1.' is not a valid number.")
        );
        assert!(
            err("0xZZ")
                .message
                .starts_with("Input string '0xZZ' is not a valid number.")
        );
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(ok(r#"'it\'s "x"'"#), json!("it's \"x\""));
        assert_eq!(ok(r#""\u00e9\ud83d\ude00\n\/""#), json!("é😀\n/"));
        assert_eq!(ok(r#""\ud83d""#), json!("\u{FFFD}"));
        let e = err(r#"{a: "\q"}"#);
        assert_eq!(e.path, "$.a");
        assert!(
            e.message.starts_with("Bad JSON escape sequence: \\q."),
            "{e}"
        );
    }

    #[test]
    fn refusals_name_the_path_line_and_position() {
        let cases = [
            (
                "{a: }",
                "$.a",
                "Unexpected character encountered while parsing value: }. Line 1, position 5.",
            ),
            (
                "{ id: 'abc",
                "$.id",
                "Unterminated string. Expected delimiter: '. Line 1, position 11.",
            ),
            (
                "[1, }",
                "$[1]",
                "Unexpected character encountered while parsing value: }.",
            ),
            (
                "{a: 1 b: 2}",
                "$.a",
                "After parsing a value an unexpected character was encountered: b.",
            ),
            (
                "{a 1}",
                "$",
                "Invalid character after parsing property name. Expected ':' but got: 1.",
            ),
            (
                "{a-b: 1}",
                "$",
                "Invalid JavaScript property identifier character: -.",
            ),
            ("{,}", "$", "Invalid property identifier character: ,."),
            (
                "[1,,2]",
                "$[1]",
                "Unexpected character encountered while parsing value: ,.",
            ),
            (
                "{a: abc}",
                "$.a",
                "Unexpected character encountered while parsing value: a.",
            ),
            (
                "{\"State\":",
                "$.State",
                "Unexpected end when reading JSON.",
            ),
            (
                "{a: [1, {b: tru}]}",
                "$.a[1].b",
                "Unexpected character encountered while parsing value: t.",
            ),
            ("/* open", "$", "Unexpected end while parsing comment."),
            (
                "{\n  'a b': \n}",
                "$[\"a b\"]",
                "Unexpected character encountered while parsing value: }. Line 3, position 1.",
            ),
        ];
        for (text, path, message) in cases {
            let e = err(text);
            assert_eq!(e.path, path, "{text}: {e}");
            assert!(e.message.starts_with(message), "{text}: {e}");
        }
    }

    #[test]
    fn depth_is_limited() {
        let ok_deep = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok_deep).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(
            err(&deep).message,
            format!("the JSON nests arrays and objects deeper than {MAX_DEPTH} levels")
        );
    }
}
