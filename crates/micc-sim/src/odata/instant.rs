//! ISO 8601 date-times and dates as instants (for `$filter` comparisons).

/// Parses an ISO 8601 date or date-time into nanoseconds since the Unix epoch.
///
/// Accepts `YYYY-MM-DD`, optionally followed by `T` (or a space) `hh:mm[:ss[.fraction]]` and a
/// zone `Z` or `±hh:mm`. A missing zone means UTC: .NET often serializes `DateTime` without one.
pub fn parse_instant(s: &str) -> Option<i128> {
    let mut c = Cursor {
        b: s.as_bytes(),
        i: 0,
    };
    let year = c.digits(4)?;
    c.lit(b'-')?;
    let month = c.digits(2)?;
    c.lit(b'-')?;
    let day = c.digits(2)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let (mut hour, mut minute, mut second, mut nanos, mut offset) = (0, 0, 0, 0i64, 0i64);
    if !c.done() {
        match c.next()? {
            b'T' | b't' | b' ' => {}
            _ => return None,
        }
        hour = c.digits(2)?;
        c.lit(b':')?;
        minute = c.digits(2)?;
        if c.peek() == Some(b':') {
            c.i += 1;
            second = c.digits(2)?;
            if c.peek() == Some(b'.') {
                c.i += 1;
                let mut count = 0u32;
                while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
                    // Digits beyond nanoseconds (rare) are read but ignored.
                    if count < 9 {
                        nanos = nanos * 10 + i64::from(d - b'0');
                    }
                    count = count.saturating_add(1);
                    c.i += 1;
                }
                if count == 0 {
                    return None;
                }
                nanos *= 10i64.pow(9u32.saturating_sub(count));
            }
        }
        match c.peek() {
            None => {}
            Some(b'Z' | b'z') => c.i += 1,
            Some(sign @ (b'+' | b'-')) => {
                c.i += 1;
                let oh = c.digits(2)?;
                if c.peek() == Some(b':') {
                    c.i += 1;
                }
                let om = c.digits(2)?;
                if oh > 23 || om > 59 {
                    return None;
                }
                offset = (oh * 3600 + om * 60) * if sign == b'-' { -1 } else { 1 };
            }
            Some(_) => return None,
        }
        if !c.done() || hour > 23 || minute > 59 || second > 59 {
            return None;
        }
    }
    let secs =
        days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset;
    Some(i128::from(secs) * 1_000_000_000 + i128::from(nanos))
}

pub(super) struct Cursor<'a> {
    pub(super) b: &'a [u8],
    pub(super) i: usize,
}

impl Cursor<'_> {
    pub(super) fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    pub(super) fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    pub(super) fn done(&self) -> bool {
        self.i >= self.b.len()
    }

    pub(super) fn lit(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    pub(super) fn digits(&mut self, n: usize) -> Option<i64> {
        let mut v = 0i64;
        for _ in 0..n {
            let d = self.next().filter(u8::is_ascii_digit)?;
            v = v * 10 + i64::from(d - b'0');
        }
        Some(v)
    }
}

pub(super) fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(super) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}
