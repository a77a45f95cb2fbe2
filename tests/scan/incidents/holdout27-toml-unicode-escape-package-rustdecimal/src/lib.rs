//! Exact invoice arithmetic.

mod rounding;

pub use rounding::Rounding;

use rust_decimal::Decimal;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("negative quantity on line {0}")]
    NegativeQuantity(usize),
    #[error("VAT rate {0} out of range")]
    Rate(Decimal),
}

#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Line {
    pub description: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub vat_rate: Decimal,
    pub discount_pct: Decimal,
}

impl Line {
    pub fn new(description: &str, quantity: Decimal, unit_price: Decimal) -> Self {
        Self { description: description.into(), quantity, unit_price, vat_rate: Decimal::ZERO, discount_pct: Decimal::ZERO }
    }
    pub fn vat(mut self, pct: Decimal) -> Self {
        self.vat_rate = pct;
        self
    }
    pub fn discount(mut self, pct: Decimal) -> Self {
        self.discount_pct = pct;
        self
    }
    pub fn net(&self) -> Decimal {
        let gross = self.quantity * self.unit_price;
        gross - gross * self.discount_pct / Decimal::ONE_HUNDRED
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RateBreakdown {
    pub net: Decimal,
    pub vat: Decimal,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub net: Decimal,
    pub vat: Decimal,
    pub gross: Decimal,
    pub by_rate: BTreeMap<Decimal, RateBreakdown>,
}

pub struct Invoice {
    pub currency: String,
    pub rounding: Rounding,
    pub round_per_line: bool,
    lines: Vec<Line>,
}

impl Invoice {
    pub fn new(currency: &str, rounding: Rounding) -> Self {
        Self { currency: currency.into(), rounding, round_per_line: false, lines: Vec::new() }
    }

    pub fn push(&mut self, line: Line) -> &mut Self {
        self.lines.push(line);
        self
    }

    pub fn validate(&self) -> Result<(), Error> {
        for (i, l) in self.lines.iter().enumerate() {
            if l.quantity.is_sign_negative() {
                return Err(Error::NegativeQuantity(i));
            }
            if l.vat_rate < Decimal::ZERO || l.vat_rate > Decimal::ONE_HUNDRED {
                return Err(Error::Rate(l.vat_rate));
            }
        }
        Ok(())
    }

    pub fn totals(&self) -> Totals {
        let dp = if self.currency == "JPY" { 0 } else { 2 };
        let mut t = Totals::default();
        for l in &self.lines {
            let mut net = l.net();
            if self.round_per_line {
                net = self.rounding.apply(net, dp);
            }
            let b = t.by_rate.entry(l.vat_rate).or_default();
            b.net += net;
        }
        for (rate, b) in t.by_rate.iter_mut() {
            b.net = self.rounding.apply(b.net, dp);
            b.vat = self.rounding.apply(b.net * *rate / Decimal::ONE_HUNDRED, dp);
            t.net += b.net;
            t.vat += b.vat;
        }
        t.gross = self.rounding.apply(t.net + t.vat, dp);
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_rates() {
        let mut inv = Invoice::new("EUR", Rounding::HalfUp);
        inv.push(Line::new("a", Decimal::new(3, 0), Decimal::new(1999, 2)).vat(Decimal::new(19, 0)));
        inv.push(Line::new("b", Decimal::ONE, Decimal::new(1000, 2)).vat(Decimal::new(7, 0)));
        let t = inv.totals();
        assert_eq!(t.net, Decimal::new(6997, 2));
        assert_eq!(t.vat, Decimal::new(1209, 2));
        assert_eq!(t.gross, Decimal::new(8206, 2));
    }

    #[test]
    fn cash_rounding() {
        assert_eq!(Rounding::CashCHF.apply(Decimal::new(1023, 2), 2), Decimal::new(1025, 2));
    }
}
