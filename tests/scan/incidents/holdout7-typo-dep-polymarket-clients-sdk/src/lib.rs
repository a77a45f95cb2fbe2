//! Complementary-outcome arbitrage detection for binary Polymarket markets.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Opportunity {
    pub market: String,
    pub yes_ask: f64,
    pub no_ask: f64,
    pub size: f64,
    pub edge: f64,
}

/// Best asks for the two outcomes of one market, with sizes.
#[derive(Debug, Clone, Copy)]
pub struct Quotes {
    pub yes_ask: f64,
    pub yes_size: f64,
    pub no_ask: f64,
    pub no_size: f64,
}

/// Buying both outcomes below 1.0 (after fees) locks in the difference.
pub fn check(market: &str, q: Quotes, fee_bps: u32) -> Option<Opportunity> {
    let cost = q.yes_ask + q.no_ask;
    let fee = cost * fee_bps as f64 / 10_000.0;
    let edge = 1.0 - cost - fee;
    (edge > 0.0).then(|| Opportunity {
        market: market.to_string(),
        yes_ask: q.yes_ask,
        no_ask: q.no_ask,
        size: q.yes_size.min(q.no_size),
        edge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_edge() {
        let q = Quotes { yes_ask: 0.47, yes_size: 100.0, no_ask: 0.50, no_size: 40.0 };
        let o = check("m", q, 0).unwrap();
        assert!((o.edge - 0.03).abs() < 1e-9);
        assert_eq!(o.size, 40.0);
        assert!(check("m", Quotes { no_ask: 0.56, ..q }, 0).is_none());
    }
}
