//! Allocation-free ISO 8601 / RFC 3339 parsing.

#![no_std]

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    Syntax(usize),
    Range(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub nanosecond: u32,
    pub offset_minutes: i16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Duration {
    pub days: u32,
    pub hours: u32,
    pub minutes: u32,
    pub seconds: u32,
    pub nanos: u32,
}

impl Duration {
    pub fn total_seconds(&self) -> u64 {
        self.days as u64 * 86_400 + self.hours as u64 * 3600 + self.minutes as u64 * 60 + self.seconds as u64
    }
}

fn digits(s: &[u8], at: usize, n: usize) -> Result<u32, Error> {
    let mut v = 0u32;
    for i in 0..n {
        let c = *s.get(at + i).ok_or(Error::Syntax(at + i))?;
        if !c.is_ascii_digit() {
            return Err(Error::Syntax(at + i));
        }
        v = v * 10 + (c - b'0') as u32;
    }
    Ok(v)
}

fn expect(s: &[u8], at: usize, c: u8) -> Result<(), Error> {
    if s.get(at) == Some(&c) { Ok(()) } else { Err(Error::Syntax(at)) }
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

pub fn parse_datetime(input: &str) -> Result<DateTime, Error> {
    let s = input.as_bytes();
    let year = digits(s, 0, 4)? as i32;
    expect(s, 4, b'-')?;
    let month = digits(s, 5, 2)? as u8;
    expect(s, 7, b'-')?;
    let day = digits(s, 8, 2)? as u8;
    if !(1..=12).contains(&month) {
        return Err(Error::Range("month"));
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err(Error::Range("day"));
    }
    if !matches!(s.get(10), Some(b'T') | Some(b't') | Some(b' ')) {
        return Err(Error::Syntax(10));
    }
    let hour = digits(s, 11, 2)? as u8;
    expect(s, 13, b':')?;
    let minute = digits(s, 14, 2)? as u8;
    expect(s, 16, b':')?;
    let second = digits(s, 17, 2)? as u8;
    if hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute | second) != 0) {
        return Err(Error::Range("time"));
    }
    let mut i = 19;
    let mut nanosecond = 0u32;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let mut scale = 100_000_000u32;
        while let Some(c) = s.get(i).filter(|c| c.is_ascii_digit()) {
            nanosecond += (c - b'0') as u32 * scale;
            scale /= 10;
            i += 1;
        }
    }
    let offset_minutes = match s.get(i) {
        Some(b'Z') | Some(b'z') => 0,
        Some(&sign @ (b'+' | b'-')) => {
            let h = digits(s, i + 1, 2)? as i16;
            expect(s, i + 3, b':')?;
            let m = digits(s, i + 4, 2)? as i16;
            let v = h * 60 + m;
            if sign == b'-' { -v } else { v }
        }
        _ => return Err(Error::Syntax(i)),
    };
    Ok(DateTime { year, month, day, hour, minute, second, nanosecond, offset_minutes })
}

pub fn parse_duration(input: &str) -> Result<Duration, Error> {
    let s = input.as_bytes();
    expect(s, 0, b'P')?;
    let mut d = Duration::default();
    let (mut i, mut in_time, mut n, mut frac, mut frac_scale) = (1, false, 0u32, 0u32, 0u32);
    while i < s.len() {
        match s[i] {
            b'T' => in_time = true,
            c if c.is_ascii_digit() => {
                if frac_scale > 0 {
                    frac += (c - b'0') as u32 * frac_scale;
                    frac_scale /= 10;
                } else {
                    n = n.checked_mul(10).and_then(|v| v.checked_add((c - b'0') as u32)).ok_or(Error::Range("duration"))?;
                }
            }
            b'.' | b',' => frac_scale = 100_000_000,
            b'D' if !in_time => d.days = core::mem::take(&mut n),
            b'H' if in_time => d.hours = core::mem::take(&mut n),
            b'M' if in_time => d.minutes = core::mem::take(&mut n),
            b'S' if in_time => {
                d.seconds = core::mem::take(&mut n);
                d.nanos = core::mem::take(&mut frac);
                frac_scale = 0;
            }
            _ => return Err(Error::Syntax(i)),
        }
        i += 1;
    }
    Ok(d)
}
