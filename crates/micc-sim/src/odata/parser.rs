//! The `$filter` and `$orderby` parser: a recursive descent over the lexer's tokens.

use super::*;

pub(super) struct Parser<'a> {
    pub(super) option: &'a str,
    pub(super) toks: Vec<Token>,
    pub(super) pos: usize,
    pub(super) depth: usize,
    /// Returned past the end so that peeking never indexes out of bounds.
    pub(super) end: Token,
}

impl<'a> Parser<'a> {
    pub(super) fn new(option: &'a str, toks: Vec<Token>) -> Self {
        let end = toks.last().cloned().unwrap_or(Token {
            tok: Tok::End,
            col: 1,
            text: String::new(),
        });
        Parser {
            option,
            toks,
            pos: 0,
            depth: 0,
            end,
        }
    }

    pub(super) fn peek(&self) -> &Token {
        self.toks.get(self.pos).unwrap_or(&self.end)
    }

    pub(super) fn peek_at(&self, k: usize) -> &Token {
        self.toks.get(self.pos + k).unwrap_or(&self.end)
    }

    pub(super) fn advance(&mut self) -> Token {
        let t = self.peek().clone();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    pub(super) fn peek_word(&self, kw: &str) -> bool {
        matches!(&self.peek().tok, Tok::Word(w) if w.eq_ignore_ascii_case(kw))
    }

    pub(super) fn err(&self, what: String) -> ODataError {
        ODataError::new(format!("{}: {what}", self.option))
    }

    /// "expected X [after 'Y'] at column N [(found 'Z')]", about the next token.
    pub(super) fn expected(&self, what: &str, after: Option<&str>) -> ODataError {
        let t = self.peek();
        let mut m = format!("expected {what}");
        if let Some(a) = after {
            m.push_str(&format!(" after '{a}'"));
        }
        m.push_str(&format!(" at column {}", t.col));
        m.push_str(&self.found(t));
        self.err(m)
    }

    /// " (found 'x')" naming the offending token, or nothing at the end of the input.
    pub(super) fn found(&self, t: &Token) -> String {
        if t.tok == Tok::End {
            String::new()
        } else {
            format!(" (found '{}')", t.text)
        }
    }

    pub(super) fn enter(&mut self, col: usize) -> Result<(), ODataError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(format!(
                "expression nested more than {MAX_DEPTH} levels deep at column {col}"
            )));
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(super) fn or_expr(&mut self, after: Option<&str>) -> Result<Expr, ODataError> {
        let mut items = vec![self.and_expr(after)?];
        while self.peek_word("or") {
            self.advance();
            items.push(self.and_expr(Some("or"))?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Expr::Or(Vec::new()))
        } else {
            Expr::Or(items)
        })
    }

    pub(super) fn and_expr(&mut self, after: Option<&str>) -> Result<Expr, ODataError> {
        let mut items = vec![self.unary(after)?];
        while self.peek_word("and") {
            self.advance();
            items.push(self.unary(Some("and"))?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Expr::And(Vec::new()))
        } else {
            Expr::And(items)
        })
    }

    pub(super) fn unary(&mut self, after: Option<&str>) -> Result<Expr, ODataError> {
        if self.peek_word("not") {
            let t = self.advance();
            self.enter(t.col)?;
            let inner = self.unary(Some("not"))?;
            self.leave();
            return Ok(Expr::Not(Box::new(inner)));
        }
        let left = self.operand("an expression", after)?;
        let op = match &self.peek().tok {
            Tok::Word(w) => CmpOp::from_word(w),
            _ => None,
        };
        let Some(op) = op else { return Ok(left) };
        self.advance();
        let right = self.operand("a value", Some(op.name()))?;
        Ok(Expr::Compare(Box::new(left), op, Box::new(right)))
    }

    pub(super) fn operand(&mut self, what: &str, after: Option<&str>) -> Result<Expr, ODataError> {
        let t = self.peek().clone();
        match t.tok {
            Tok::LParen => {
                self.advance();
                self.enter(t.col)?;
                let e = self.or_expr(Some("("))?;
                if self.peek().tok != Tok::RParen {
                    let at = self.peek();
                    let found = self.found(at);
                    return Err(self.err(format!(
                        "expected ')' at column {} to close the '(' at column {}{found}",
                        at.col, t.col
                    )));
                }
                self.advance();
                self.leave();
                Ok(e)
            }
            Tok::Lit(lit) => {
                self.advance();
                Ok(Expr::Literal(lit))
            }
            Tok::Word(w) => {
                match w.to_ascii_lowercase().as_str() {
                    "true" => {
                        self.advance();
                        return Ok(Expr::Literal(Literal::Bool(true)));
                    }
                    "false" => {
                        self.advance();
                        return Ok(Expr::Literal(Literal::Bool(false)));
                    }
                    "null" => {
                        self.advance();
                        return Ok(Expr::Literal(Literal::Null));
                    }
                    _ if is_operator(&w) => return Err(self.expected(what, after)),
                    _ => {}
                }
                if self.peek_at(1).tok == Tok::LParen {
                    self.function(&w, t.col)
                } else {
                    Ok(Expr::Property(self.path()?))
                }
            }
            _ => Err(self.expected(what, after)),
        }
    }

    pub(super) fn function(&mut self, name: &str, col: usize) -> Result<Expr, ODataError> {
        let Some(f) = Func::from_name(name) else {
            return Err(self.err(format!("unknown function '{name}' at column {col}")));
        };
        self.advance(); // name
        self.advance(); // (
        self.enter(col)?;
        let mut args = Vec::new();
        if self.peek().tok == Tok::RParen {
            self.advance();
        } else {
            loop {
                let after = if args.is_empty() { "(" } else { "," };
                args.push(self.or_expr(Some(after))?);
                match self.peek().tok {
                    Tok::Comma => {
                        self.advance();
                    }
                    Tok::RParen => {
                        self.advance();
                        break;
                    }
                    _ => {
                        return Err(self.expected(
                            &format!("',' or ')' in the arguments of '{}'", f.name()),
                            None,
                        ));
                    }
                }
            }
        }
        self.leave();
        if args.len() != f.arity() {
            return Err(self.err(format!(
                "function '{}' takes {} argument{}, found {} at column {col}",
                f.name(),
                f.arity(),
                if f.arity() == 1 { "" } else { "s" },
                args.len()
            )));
        }
        Ok(Expr::Call(f, args))
    }

    /// `name *( "/" name )`; the next token is known to be a word.
    pub(super) fn path(&mut self) -> Result<Vec<String>, ODataError> {
        let mut segs = Vec::new();
        if let Tok::Word(w) = self.advance().tok {
            segs.push(w);
        }
        while self.peek().tok == Tok::Slash {
            self.advance();
            match self.peek().tok.clone() {
                // `Presence/ eq 1` is a missing name, not a property called `eq`.
                Tok::Word(w) if !is_operator(&w) => {
                    self.advance();
                    segs.push(w);
                }
                _ => return Err(self.expected("a property name", Some("/"))),
            }
        }
        Ok(segs)
    }
}

/// Words that are operators wherever they appear, so they never name a property.
pub(super) fn is_operator(w: &str) -> bool {
    CmpOp::from_word(w).is_some()
        || ["and", "or", "not"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
}

pub(super) fn parse_filter(value: &str) -> Result<Expr, ODataError> {
    let mut p = Parser::new("$filter", lex("$filter", value)?);
    let e = p.or_expr(None)?;
    match p.peek().tok {
        Tok::End => Ok(e),
        Tok::RParen => Err(p.err(format!("unexpected ')' at column {}", p.peek().col))),
        _ => Err(p.expected("'and', 'or' or the end of the expression", None)),
    }
}

pub(super) fn parse_orderby(value: &str) -> Result<Vec<OrderBy>, ODataError> {
    let mut p = Parser::new("$orderby", lex("$orderby", value)?);
    let mut out = Vec::new();
    loop {
        let after = if out.is_empty() { None } else { Some(",") };
        if !matches!(p.peek().tok, Tok::Word(_)) {
            return Err(p.expected("a property name", after));
        }
        if p.peek_at(1).tok == Tok::LParen {
            let t = p.peek();
            return Err(p.err(format!(
                "only property paths are supported, found '{}(' at column {}",
                t.text, t.col
            )));
        }
        let path = p.path()?;
        let mut descending = false;
        if p.peek_word("asc") || p.peek_word("desc") {
            descending = p.peek_word("desc");
            p.advance();
        }
        out.push(OrderBy { path, descending });
        match p.peek().tok {
            Tok::Comma => {
                p.advance();
            }
            Tok::End => return Ok(out),
            _ => return Err(p.expected("'asc', 'desc', ',' or the end", None)),
        }
    }
}
