//! BBAN structure strings: `<length>!<kind>` segments, kind `n` digits, `a`
//! upper-case letters, `c` alphanumerics.

pub(crate) fn segments(spec: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    spec.split_inclusive(|c: char| c.is_ascii_alphabetic()).filter_map(|seg| {
        let (n, kind) = seg.split_once('!')?;
        Some((n.parse().ok()?, *kind.as_bytes().first()?))
    })
}

pub(crate) fn matches(spec: &str, bban: &str) -> bool {
    let mut rest = bban.as_bytes();
    for (n, kind) in segments(spec) {
        if rest.len() < n {
            return false;
        }
        let (head, tail) = rest.split_at(n);
        let ok = match kind {
            b'n' => head.iter().all(u8::is_ascii_digit),
            b'a' => head.iter().all(u8::is_ascii_uppercase),
            b'c' => head.iter().all(u8::is_ascii_alphanumeric),
            _ => false,
        };
        if !ok {
            return false;
        }
        rest = tail;
    }
    rest.is_empty()
}

/// Compact fingerprint of a list of structures: segment lengths minus one,
/// two per byte. Used to key the registry-release cache.
pub(crate) fn fingerprint(specs: &[&str]) -> Vec<u8> {
    let lens: Vec<u8> = specs.iter().flat_map(|s| segments(s)).map(|(n, _)| (n - 1) as u8).collect();
    lens.chunks(2).map(|p| (p[0] << 4) | (p.get(1).copied().unwrap_or(0) & 0x0f)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_structure() {
        assert!(matches("8!n10!n", "370400440532013000"));
        assert!(!matches("8!n10!n", "37040044053201300"));
    }
}
