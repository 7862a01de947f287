//! The `$filter`/`$orderby` lexer: words, punctuation and typed literals, with character columns.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    LParen,
    RParen,
    Comma,
    Slash,
    Word(String),
    Lit(Literal),
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Token {
    pub(super) tok: Tok,
    /// 1-based column in characters (the value is arbitrary Unicode).
    pub(super) col: usize,
    /// Source text, for messages.
    pub(super) text: String,
}

pub(super) struct Lexer<'a> {
    pub(super) option: &'a str,
    pub(super) chars: Vec<char>,
    pub(super) pos: usize,
}

impl Lexer<'_> {
    pub(super) fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    pub(super) fn slice(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to)
            .map(|s| s.iter().collect())
            .unwrap_or_default()
    }

    pub(super) fn err(&self, what: String) -> ODataError {
        ODataError::new(format!("{}: {what}", self.option))
    }

    pub(super) fn tokens(mut self) -> Result<Vec<Token>, ODataError> {
        let mut out = Vec::new();
        loop {
            while self.at(self.pos).is_some_and(char::is_whitespace) {
                self.pos += 1;
            }
            let start = self.pos;
            let Some(c) = self.at(start) else {
                out.push(Token {
                    tok: Tok::End,
                    col: start + 1,
                    text: String::new(),
                });
                return Ok(out);
            };
            let tok = match c {
                '(' | ')' | ',' | '/' => {
                    self.pos += 1;
                    match c {
                        '(' => Tok::LParen,
                        ')' => Tok::RParen,
                        ',' => Tok::Comma,
                        _ => Tok::Slash,
                    }
                }
                '\'' => Tok::Lit(Literal::String(self.quoted()?)),
                _ if self.guid_at(start) => {
                    self.pos += 36;
                    Tok::Lit(Literal::Guid(self.slice(start, self.pos)))
                }
                _ if self.date_at(start) => self.date_time()?,
                _ if c.is_ascii_digit()
                    || (c == '-' && self.at(start + 1).is_some_and(|d| d.is_ascii_digit())) =>
                {
                    self.number()?
                }
                _ if is_name_start(c) => self.word()?,
                _ => {
                    return Err(self.err(format!(
                        "unexpected character '{c}' at column {}",
                        start + 1
                    )));
                }
            };
            out.push(Token {
                tok,
                col: start + 1,
                text: self.slice(start, self.pos),
            });
        }
    }

    /// A `'...'` string with `''` standing for one quote; `pos` is on the opening quote.
    pub(super) fn quoted(&mut self) -> Result<String, ODataError> {
        let start = self.pos;
        self.pos += 1;
        let mut s = String::new();
        loop {
            match self.at(self.pos) {
                None => {
                    return Err(self.err(format!(
                        "unterminated string starting at column {}",
                        start + 1
                    )));
                }
                Some('\'') if self.at(self.pos + 1) == Some('\'') => {
                    s.push('\'');
                    self.pos += 2;
                }
                Some('\'') => {
                    self.pos += 1;
                    return Ok(s);
                }
                Some(c) => {
                    s.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// An unquoted GUID `8-4-4-4-12` hex digits not followed by more name characters.
    pub(super) fn guid_at(&self, i: usize) -> bool {
        (0..36).all(|k| match self.at(i + k) {
            Some(c) if matches!(k, 8 | 13 | 18 | 23) => c == '-',
            Some(c) => c.is_ascii_hexdigit(),
            None => false,
        }) && !self.at(i + 36).is_some_and(|c| is_name_char(c) || c == '-')
    }

    pub(super) fn date_at(&self, i: usize) -> bool {
        (0..10).all(|k| match self.at(i + k) {
            Some(c) if matches!(k, 4 | 7) => c == '-',
            Some(c) => c.is_ascii_digit(),
            None => false,
        })
    }

    pub(super) fn date_time(&mut self) -> Result<Tok, ODataError> {
        let start = self.pos;
        while self
            .at(self.pos)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '.' | '+' | '-'))
        {
            self.pos += 1;
        }
        let text = self.slice(start, self.pos);
        match parse_instant(&text) {
            Some(epoch_nanos) => Ok(Tok::Lit(Literal::DateTime { text, epoch_nanos })),
            None => Err(self.err(format!(
                "invalid date-time literal '{text}' at column {}",
                start + 1
            ))),
        }
    }

    pub(super) fn number(&mut self) -> Result<Tok, ODataError> {
        let start = self.pos;
        let digit = |l: &Self, i: usize| l.at(i).is_some_and(|c| c.is_ascii_digit());
        if self.at(self.pos) == Some('-') {
            self.pos += 1;
        }
        while digit(self, self.pos) {
            self.pos += 1;
        }
        let mut integral = true;
        if self.at(self.pos) == Some('.') && digit(self, self.pos + 1) {
            integral = false;
            self.pos += 1;
            while digit(self, self.pos) {
                self.pos += 1;
            }
        }
        if matches!(self.at(self.pos), Some('e' | 'E')) {
            let sign = usize::from(matches!(self.at(self.pos + 1), Some('+' | '-')));
            if digit(self, self.pos + 1 + sign) {
                integral = false;
                self.pos += 1 + sign;
                while digit(self, self.pos) {
                    self.pos += 1;
                }
            }
        }
        if self
            .at(self.pos)
            .is_some_and(|c| is_name_char(c) || c == '.')
        {
            while self
                .at(self.pos)
                .is_some_and(|c| is_name_char(c) || c == '.')
            {
                self.pos += 1;
            }
            let text = self.slice(start, self.pos);
            return Err(self.err(format!("malformed number '{text}' at column {}", start + 1)));
        }
        let text = self.slice(start, self.pos);
        if integral && let Ok(i) = text.parse::<i64>() {
            return Ok(Tok::Lit(Literal::Int(i)));
        }
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Tok::Lit(Literal::Decimal(f))),
            _ => Err(self.err(format!(
                "number '{text}' out of range at column {}",
                start + 1
            ))),
        }
    }

    /// A name, or a qualified enum literal `Name.Space.Type'Member'`.
    pub(super) fn word(&mut self) -> Result<Tok, ODataError> {
        let start = self.pos;
        let mut qualified = false;
        loop {
            while self.at(self.pos).is_some_and(is_name_char) {
                self.pos += 1;
            }
            // Property paths use `/`, so a dot only ever belongs to a qualified type name.
            if self.at(self.pos) == Some('.') && self.at(self.pos + 1).is_some_and(is_name_start) {
                qualified = true;
                self.pos += 1;
            } else {
                break;
            }
        }
        let name = self.slice(start, self.pos);
        if !qualified {
            return Ok(Tok::Word(name));
        }
        if self.at(self.pos) != Some('\'') {
            return Err(self.err(format!(
                "expected a quoted enum member after '{name}' at column {}",
                self.pos + 1
            )));
        }
        let member = self.quoted()?;
        Ok(Tok::Lit(Literal::Enum {
            type_name: name,
            member,
        }))
    }
}

pub(super) fn lex(option: &str, src: &str) -> Result<Vec<Token>, ODataError> {
    Lexer {
        option,
        chars: src.chars().collect(),
        pos: 0,
    }
    .tokens()
}
