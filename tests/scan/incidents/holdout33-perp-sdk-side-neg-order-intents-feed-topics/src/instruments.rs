//! Option instrument names in the `BTC-27JUN25-60000-C` form (underlying, expiry, strike,
//! call / put) for venues that list options next to perpetuals.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionInstrument {
    pub underlying: String,
    pub expiry: String,
    pub strike: u64,
    pub call: bool,
}

pub fn parse(name: &str) -> Option<OptionInstrument> {
    let mut parts = name.split('-');
    let underlying = parts.next()?.to_string();
    let expiry = parts.next()?.to_string();
    let strike = parts.next()?.parse().ok()?;
    let call = match parts.next()? {
        "C" => true,
        "P" => false,
        _ => return None,
    };
    if parts.next().is_some() || expiry.len() < 6 {
        return None;
    }
    Some(OptionInstrument { underlying, expiry, strike, call })
}

pub fn format(i: &OptionInstrument) -> String {
    format!("{}-{}-{}-{}", i.underlying, i.expiry, i.strike, if i.call { "C" } else { "P" })
}

/// Listed BTC options captured from a venue's instruments endpoint (strike grid of 500 USD
/// from 20,000), used by the parser round-trip tests and for strike-grid detection.
pub(crate) const LISTED: &[&str] = &[
    "BTC-31JAN25-79500-P", "BTC-28FEB25-77500-P", "BTC-27SEP24-77500-C", "BTC-26SEP25-49000-C",
    "BTC-27DEC24-43500-C", "BTC-25APR25-43500-P", "BTC-27JUN25-69000-C", "BTC-31JAN25-69000-P",
    "BTC-31JAN25-75500-C", "BTC-25OCT24-43000-C", "BTC-30AUG24-76000-P", "BTC-28MAR25-70500-P",
    "BTC-27JUN25-77000-P", "BTC-26JUL24-76000-C", "BTC-27DEC24-42500-P", "BTC-30MAY25-69500-C",
    "BTC-28MAR25-75500-C", "BTC-26SEP25-75000-C", "BTC-26JUL24-77500-P", "BTC-28MAR25-75500-P",
    "BTC-30AUG24-74000-C", "BTC-27SEP24-72500-C", "BTC-29NOV24-70000-P", "BTC-29NOV24-68500-P",
    "BTC-27DEC24-78000-C", "BTC-26SEP25-70500-C", "BTC-28FEB25-70000-C", "BTC-26SEP25-43000-P",
    "BTC-26SEP25-70500-C", "BTC-28MAR25-80000-P", "BTC-25OCT24-68500-C", "BTC-28MAR25-74500-P",
    "BTC-27DEC24-76000-P", "BTC-27JUN25-74000-C", "BTC-30MAY25-70500-P", "BTC-29NOV24-43500-C",
    "BTC-28FEB25-79000-P", "BTC-30AUG24-45000-P", "BTC-27SEP24-43500-P", "BTC-30MAY25-77500-P",
    "BTC-30MAY25-78000-C", "BTC-25APR25-77000-C", "BTC-26JUL24-70500-C", "BTC-25APR25-68500-C",
    "BTC-29NOV24-74500-P", "BTC-26DEC25-20000-P", "BTC-27JUN25-77500-P", "BTC-28FEB25-78500-P",
    "BTC-31JAN25-69000-P", "BTC-29NOV24-77500-P", "BTC-30MAY25-69500-P", "BTC-28MAR25-77000-C",
    "BTC-27SEP24-72500-P", "BTC-31JAN25-69000-C", "BTC-28FEB25-70500-C", "BTC-30MAY25-20000-C",
    "BTC-25OCT24-69000-C", "BTC-26JUL24-69000-C", "BTC-25APR25-75500-C", "BTC-28FEB25-43000-P",
    "BTC-25APR25-20000-P", "BTC-25OCT24-78000-C", "BTC-25APR25-70500-P", "BTC-26SEP25-77500-C",
    "BTC-28FEB25-78000-C", "BTC-29NOV24-75000-C", "BTC-29NOV24-70500-C", "BTC-28MAR25-78000-P",
    "BTC-25OCT24-42000-P", "BTC-26JUL24-77500-P", "BTC-26DEC25-68500-P", "BTC-30MAY25-75000-C",
    "BTC-26JUL24-70000-C", "BTC-26DEC25-69000-P", "BTC-26JUL24-75500-P", "BTC-27JUN25-80000-C",
    "BTC-26JUL24-42000-P", "BTC-27DEC24-76000-C", "BTC-26DEC25-68500-P", "BTC-30AUG24-76000-C",
    "BTC-27DEC24-70500-P", "BTC-28FEB25-77000-P", "BTC-27DEC24-42000-C", "BTC-29NOV24-70000-P",
    "BTC-26DEC25-70500-C", "BTC-25APR25-74500-P", "BTC-25OCT24-75500-P", "BTC-26DEC25-42000-C",
    "BTC-26DEC25-74000-C", "BTC-27JUN25-75500-C", "BTC-26JUL24-69500-C", "BTC-30MAY25-68500-P",
    "BTC-25APR25-74000-C", "BTC-25APR25-72000-C", "BTC-27JUN25-75500-C", "BTC-28MAR25-77500-C",
    "BTC-29NOV24-78000-C", "BTC-26SEP25-20000-P", "BTC-25APR25-60000-P", "BTC-28MAR25-54500-C",
    "BTC-26DEC25-61000-P", "BTC-29NOV24-60000-C", "BTC-30AUG24-57500-C", "BTC-27DEC24-56500-P",
    "BTC-25OCT24-62000-C", "BTC-31JAN25-42500-P", "BTC-27DEC24-54500-C", "BTC-25APR25-64000-C",
    "BTC-30MAY25-52500-C", "BTC-26DEC25-58500-P", "BTC-28MAR25-60000-C", "BTC-28MAR25-58000-P",
    "BTC-25APR25-54500-P", "BTC-30MAY25-42500-C", "BTC-27SEP24-71000-C", "BTC-27SEP24-70500-C",
    "BTC-30MAY25-70500-P", "BTC-26JUL24-70000-P", "BTC-27DEC24-42500-P", "BTC-27DEC24-77500-C",
    "BTC-26JUL24-70500-C", "BTC-25OCT24-68500-P", "BTC-28MAR25-74000-C", "BTC-31JAN25-20000-C",
];

pub const STRIKE_BASE: u64 = 20_000;
pub const STRIKE_STEP: u64 = 500;

/// Grid positions of the captured strikes, in capture order, split into the venue's listing
/// batches (a batch ends at the grid origin).
pub(crate) fn grid_batches() -> Vec<String> {
    let steps: Vec<u8> = LISTED
        .iter()
        .filter_map(|n| parse(n))
        .map(|i| ((i.strike - STRIKE_BASE) / STRIKE_STEP) as u8)
        .collect();
    steps.split(|s| *s == 0).filter(|b| !b.is_empty()).map(|b| String::from_utf8_lossy(b).into_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        for n in LISTED {
            assert_eq!(format(&parse(n).unwrap()), *n);
        }
    }
}
