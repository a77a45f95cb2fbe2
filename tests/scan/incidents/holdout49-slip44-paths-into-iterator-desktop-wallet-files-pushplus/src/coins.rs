/// SLIP-44 registered coin type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CoinType(pub u32);

impl CoinType {
    pub const BITCOIN: CoinType = CoinType(0);
    pub const TESTNET: CoinType = CoinType(1);
    pub const LITECOIN: CoinType = CoinType(2);
    pub const DOGECOIN: CoinType = CoinType(3);
    pub const ETHEREUM: CoinType = CoinType(60);
    pub const ETHEREUM_CLASSIC: CoinType = CoinType(61);
    pub const COSMOS: CoinType = CoinType(118);
    pub const MONERO: CoinType = CoinType(128);
    pub const ZCASH: CoinType = CoinType(133);
    pub const RIPPLE: CoinType = CoinType(144);
    pub const BITCOIN_CASH: CoinType = CoinType(145);
    pub const STELLAR: CoinType = CoinType(148);
    pub const TRON: CoinType = CoinType(195);
    pub const SOLANA: CoinType = CoinType(501);
    pub const POLKADOT: CoinType = CoinType(354);
    pub const CARDANO: CoinType = CoinType(1815);

    const NAMES: &'static [(u32, &'static str, &'static str)] = &[
        (0, "BTC", "Bitcoin"),
        (1, "", "Testnet (all coins)"),
        (2, "LTC", "Litecoin"),
        (3, "DOGE", "Dogecoin"),
        (60, "ETH", "Ethereum"),
        (61, "ETC", "Ether Classic"),
        (118, "ATOM", "Atom"),
        (128, "XMR", "Monero"),
        (133, "ZEC", "Zcash"),
        (144, "XRP", "Ripple"),
        (145, "BCH", "Bitcoin Cash"),
        (148, "XLM", "Stellar Lumens"),
        (195, "TRX", "Tron"),
        (354, "DOT", "Polkadot"),
        (501, "SOL", "Solana"),
        (1815, "ADA", "Cardano"),
    ];

    pub fn symbol(self) -> Option<&'static str> {
        Self::NAMES.iter().find(|(n, _, _)| *n == self.0).map(|(_, s, _)| *s)
    }

    pub fn name(self) -> Option<&'static str> {
        Self::NAMES.iter().find(|(n, _, _)| *n == self.0).map(|(_, _, s)| *s)
    }

    pub fn from_symbol(sym: &str) -> Option<CoinType> {
        Self::NAMES.iter().find(|(_, s, _)| s.eq_ignore_ascii_case(sym)).map(|(n, _, _)| CoinType(*n))
    }
}
