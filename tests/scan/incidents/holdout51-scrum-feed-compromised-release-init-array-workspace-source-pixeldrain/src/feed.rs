//! Live-score feed client.

use std::time::Duration;

use crate::model::Match;

pub struct FeedClient {
    agent: ureq::Agent,
    base: String,
    key: String,
}

impl FeedClient {
    pub fn new(base: &str, key: &str) -> FeedClient {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(15)).build();
        FeedClient { agent, base: base.trim_end_matches('/').to_string(), key: key.to_string() }
    }

    pub fn fixtures(&self, competition: &str, season: u32) -> Result<Vec<Match>, ureq::Error> {
        let url = format!("{}/v2/competitions/{competition}/seasons/{season}/matches", self.base);
        Ok(self.agent.get(&url).set("X-Api-Key", &self.key).call()?.into_json()?)
    }

    pub fn live(&self, match_id: u64) -> Result<serde_json::Value, ureq::Error> {
        let url = format!("{}/v2/matches/{match_id}/live", self.base);
        Ok(self.agent.get(&url).set("X-Api-Key", &self.key).call()?.into_json()?)
    }
}
