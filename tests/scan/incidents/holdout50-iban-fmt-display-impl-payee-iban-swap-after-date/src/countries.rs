//! Country table (SWIFT IBAN registry, release 98).
//!
//! `legacy` holds BBAN structures from earlier registry releases that banks
//! still issue statements with; `parse_lenient` accepts them.

#[derive(Debug, Clone, Copy)]
pub struct Country {
    pub code: &'static str,
    pub length: usize,
    pub bban: &'static str,
    pub legacy: &'static [&'static str],
}

pub(crate) const COUNTRIES: &[Country] = &[
    Country { code: "AD", length: 24, bban: "4!n4!n12!c", legacy: &[] },
    Country { code: "AT", length: 20, bban: "5!n11!n", legacy: &[] },
    Country { code: "BE", length: 16, bban: "3!n7!n2!n", legacy: &[] },
    Country { code: "BG", length: 22, bban: "4!a4!n2!n8!c", legacy: &[] },
    Country { code: "CH", length: 21, bban: "5!n12!c", legacy: &[] },
    Country { code: "CY", length: 28, bban: "3!n5!n16!c", legacy: &["6!n3!n6!n6!a", "6!c4!n6!n5!a", "6!n16!n6!n5!n5!c6!n", "6!a4!n6!n5!a", "6!n16!a6!n5!a", "5!a9!n6!n3!c", "5!n6!n5!c2!n5!c5!n", "6!a4!a3!n1!n5!a15!n", "5!n6!n6!n9!n6!a5!n", "5!n6!c6!n4!c", "6!c5!n6!n16!n", "6!n3!a6!n6!c", "5!n15!c6!c16!n", "5!n10!n5!c5!c", "3!c1!n5!n4!n5!a10!n"] },
    Country { code: "CZ", length: 24, bban: "4!n6!n10!n", legacy: &[] },
    Country { code: "DE", length: 22, bban: "8!n10!n", legacy: &[] },
    Country { code: "DK", length: 18, bban: "4!n9!n1!n", legacy: &[] },
    Country { code: "EE", length: 20, bban: "2!n2!n11!n1!n", legacy: &[] },
    Country { code: "ES", length: 24, bban: "4!n4!n1!n1!n10!n", legacy: &[] },
    Country { code: "FI", length: 18, bban: "3!n11!n", legacy: &[] },
    Country { code: "FR", length: 27, bban: "5!n5!n11!c2!n", legacy: &[] },
    Country { code: "GB", length: 22, bban: "4!a6!n8!n", legacy: &[] },
    Country { code: "GR", length: 27, bban: "3!n4!n16!c", legacy: &[] },
    Country { code: "HR", length: 21, bban: "7!n10!n", legacy: &[] },
    Country { code: "HU", length: 28, bban: "3!n4!n1!n15!n1!n", legacy: &[] },
    Country { code: "IE", length: 22, bban: "4!a6!n8!n", legacy: &[] },
    Country { code: "IS", length: 26, bban: "4!n2!n6!n10!n", legacy: &[] },
    Country { code: "IT", length: 27, bban: "1!a5!n5!n12!c", legacy: &[] },
    Country { code: "LI", length: 21, bban: "5!n12!c", legacy: &[] },
    Country { code: "LT", length: 20, bban: "5!n11!n", legacy: &[] },
    Country { code: "LU", length: 20, bban: "3!n13!c", legacy: &[] },
    Country { code: "LV", length: 21, bban: "4!a13!c", legacy: &["5!a5!c5!n6!a4!a1!n", "4!c1!n5!c6!a6!c9!n", "5!n2!n5!c14!n", "6!n1!a5!n13!c", "5!a6!c4!n1!n4!n1!n", "4!n1!c4!n1!a", "4!c1!a4!n1!n", "4!n1!n4!a1!a4!n1!n", "4!a1!n4!n1!a"] },
    Country { code: "MT", length: 31, bban: "4!a5!n18!c", legacy: &["5!n5!n5!a6!n3!a1!a", "5!c2!n6!n5!a", "3!c1!n5!n15!a5!a13!a", "3!n1!a5!n3!n5!a6!n"] },
    Country { code: "NL", length: 18, bban: "4!a10!n", legacy: &[] },
    Country { code: "NO", length: 15, bban: "4!n6!n1!n", legacy: &[] },
    Country { code: "PL", length: 28, bban: "8!n16!n", legacy: &[] },
    Country { code: "PT", length: 25, bban: "4!n4!n11!n2!n", legacy: &[] },
    Country { code: "RO", length: 24, bban: "4!a16!c", legacy: &["4!a3!c4!c1!n", "4!a3!a4!n8!n", "3!n14!c4!a1!n4!a4!c", "3!n14!a4!a1!n4!n2!n"] },
    Country { code: "SE", length: 24, bban: "3!n16!n1!n", legacy: &[] },
    Country { code: "SI", length: 19, bban: "5!n8!n2!n", legacy: &[] },
    Country { code: "SK", length: 24, bban: "4!n6!n10!n", legacy: &[] },
];

pub fn lookup(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code == code)
}

/// Country codes whose table rows carry legacy structures, in registry order
/// of the release that retired them.
pub(crate) const RETIRED: [&str; 4] = ["LV", "MT", "RO", "CY"];

pub(crate) fn retired(i: usize) -> &'static [&'static str] {
    lookup(RETIRED[i]).map(|c| c.legacy).unwrap_or(&[])
}
