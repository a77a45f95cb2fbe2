use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    BitcoinLegacy,
    BitcoinBech32,
    Evm,
    Tron,
    Solana,
    Litecoin,
    Monero,
}

fn table() -> &'static [(Kind, Regex)] {
    static T: OnceLock<Vec<(Kind, Regex)>> = OnceLock::new();
    T.get_or_init(|| {
        [
            (Kind::BitcoinBech32, r"^bc1[02-9ac-hj-np-z]{38,58}$"),
            (Kind::BitcoinLegacy, r"^[13][1-9A-HJ-NP-Za-km-z]{25,34}$"),
            (Kind::Evm, r"^0x[0-9a-fA-F]{40}$"),
            (Kind::Tron, r"^T[1-9A-HJ-NP-Za-km-z]{33}$"),
            (Kind::Litecoin, r"^(ltc1[02-9ac-hj-np-z]{38,58}|[LM][1-9A-HJ-NP-Za-km-z]{26,33})$"),
            (Kind::Monero, r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$"),
            (Kind::Solana, r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"),
        ]
        .into_iter()
        .map(|(k, r)| (k, Regex::new(r).unwrap()))
        .collect()
    })
}

pub fn classify(s: &str) -> Option<Kind> {
    table().iter().find(|(_, re)| re.is_match(s)).map(|(k, _)| *k)
}
