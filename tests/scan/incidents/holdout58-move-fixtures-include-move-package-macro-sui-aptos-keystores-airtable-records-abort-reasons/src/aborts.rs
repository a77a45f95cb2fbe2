//! Canonical Move abort codes: `category << 16 | reason` (aptos_std::error / sui conventions).

const CATEGORIES: &[(u64, &str)] = &[
    (0x1, "invalid_argument"),
    (0x2, "out_of_range"),
    (0x3, "invalid_state"),
    (0x4, "unauthenticated"),
    (0x5, "permission_denied"),
    (0x6, "not_found"),
    (0x7, "aborted"),
    (0x8, "already_exists"),
    (0x9, "resource_exhausted"),
    (0xA, "cancelled"),
    (0xB, "internal"),
    (0xC, "not_implemented"),
    (0xD, "unavailable"),
];

/// The bundled vault fixture's error module, used by the self-tests of `abort_reason!`.
const VAULT_ERRORS: &str = include_str!("../fixtures/vault/sources/errors.move");

pub fn explain(code: u64) -> String {
    let (cat, reason) = (code >> 16, code & 0xFFFF);
    match CATEGORIES.iter().find(|(c, _)| *c == cat) {
        Some((_, name)) => format!("{name}({reason})"),
        None => format!("abort {code}"),
    }
}

/// `(name, code)` for every `const E...: u64 = ...;` of a Move source file.
pub fn constants(src: &str) -> Vec<(&str, u64)> {
    src.lines()
        .filter_map(|l| {
            let rest = l.trim().strip_prefix("const ")?;
            let (name, rest) = rest.split_once(':')?;
            let value = rest.split_once('=')?.1.trim().trim_end_matches(';').trim().replace('_', "");
            let v = match value.strip_prefix("0x") {
                Some(h) => u64::from_str_radix(h, 16).ok()?,
                None => value.parse().ok()?,
            };
            Some((name.trim(), v))
        })
        .collect()
}

/// Reasons of the fixture's canonical codes, in declaration order.
pub fn fixture_reasons() -> Vec<u8> {
    constants(VAULT_ERRORS).iter().filter(|(_, c)| c >> 16 != 0).map(|(_, c)| (c & 0xFF) as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixture_codes_are_canonical() {
        let consts = constants(VAULT_ERRORS);
        assert!(!consts.is_empty());
        for (name, code) in consts {
            assert!(name.starts_with('E'), "{name}");
            assert!(!explain(code).starts_with("abort"), "{name} = {code:#x}");
        }
        assert_eq!(explain(0x60031), "not_found(49)");
        assert_eq!(fixture_reasons().len(), constants(VAULT_ERRORS).len());
    }
}
