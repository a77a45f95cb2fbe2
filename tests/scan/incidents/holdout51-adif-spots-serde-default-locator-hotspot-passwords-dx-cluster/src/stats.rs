//! Log statistics: contacts per band, signal-report histograms.

use std::collections::BTreeMap;

use crate::adif::Records;

pub fn per_band(log: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for rec in Records::new(log) {
        if let Some(band) = rec.field("BAND") {
            *out.entry(band.to_ascii_lowercase()).or_insert(0) += 1;
        }
    }
    out
}

/// Count of each readability / strength pair in the sent reports
/// ("59", "57", ...); tone digits are ignored.
pub fn rst_histogram(log: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for rec in Records::new(log) {
        if let Some(rst) = rec.field("RST_SENT") {
            if rst.len() >= 2 {
                *out.entry(rst[..2].to_string()).or_insert(0) += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands() {
        let log = "<BAND:3>20m <EOR><BAND:3>20M <EOR><BAND:3>40m <EOR>";
        let b = per_band(log);
        assert_eq!(b["20m"], 2);
        assert_eq!(b["40m"], 1);
    }
}
