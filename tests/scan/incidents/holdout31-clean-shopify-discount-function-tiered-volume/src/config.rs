use serde::Deserialize;

#[derive(Deserialize, Clone, Debug)]
pub struct Tier {
    pub min: i64,
    pub percent: f64,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Config {
    #[allow(dead_code)]
    pub collection_ids: Vec<String>,
    pub tiers: Vec<Tier>,
}

impl Config {
    pub fn parse(json: &str) -> Option<Config> {
        let mut c: Config = serde_json::from_str(json).ok()?;
        c.tiers.retain(|t| t.min > 0 && t.percent > 0.0 && t.percent <= 50.0);
        c.tiers.sort_by_key(|t| t.min);
        Some(c)
    }

    pub fn tier_for(&self, qty: i64) -> Option<Tier> {
        self.tiers.iter().filter(|t| qty >= t.min).last().cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_highest_reached_tier() {
        let c = Config::parse(r#"{"collectionIds":[],"tiers":[{"min":6,"percent":20},{"min":3,"percent":10}]}"#).unwrap();
        assert_eq!(c.tier_for(2).map(|t| t.min), None);
        assert_eq!(c.tier_for(4).map(|t| t.min), Some(3));
        assert_eq!(c.tier_for(9).map(|t| t.min), Some(6));
    }

    #[test]
    fn caps_percentages() {
        let c = Config::parse(r#"{"collectionIds":[],"tiers":[{"min":1,"percent":100}]}"#).unwrap();
        assert!(c.tiers.is_empty());
    }
}
