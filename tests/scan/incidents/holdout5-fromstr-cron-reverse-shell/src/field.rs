use crate::ParseError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    bits: u64,
}

impl Field {
    pub fn contains(&self, v: u32) -> bool {
        v < 64 && self.bits & (1 << v) != 0
    }

    pub(crate) fn parse(s: &str, min: u32, max: u32) -> Result<Field, ParseError> {
        let mut bits = 0u64;
        for part in s.split(',') {
            let (range, step) = match part.split_once('/') {
                Some((r, st)) => (r, st.parse::<u32>().map_err(|_| ParseError(format!("bad step {st}")))?),
                None => (part, 1),
            };
            let (lo, hi) = if range == "*" {
                (min, max)
            } else if let Some((a, b)) = range.split_once('-') {
                (num(a)?, num(b)?)
            } else {
                let v = num(range)?;
                (v, if part.contains('/') { max } else { v })
            };
            if lo < min || hi > max || lo > hi || step == 0 {
                return Err(ParseError(format!("{part} out of range {min}-{max}")));
            }
            let mut v = lo;
            while v <= hi {
                bits |= 1 << v;
                v += step;
            }
        }
        Ok(Field { bits })
    }
}

fn num(s: &str) -> Result<u32, ParseError> {
    s.parse().map_err(|_| ParseError(format!("not a number: {s}")))
}

fn names(s: &str, table: &[&str], base: usize) -> String {
    let mut out = s.to_ascii_uppercase();
    for (i, n) in table.iter().enumerate() {
        out = out.replace(n, &(i + base).to_string());
    }
    out
}

pub(crate) fn months(s: &str) -> String {
    names(s, &["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)
}

pub(crate) fn weekdays(s: &str) -> String {
    names(s, &["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], 0).replace('7', "0")
}
