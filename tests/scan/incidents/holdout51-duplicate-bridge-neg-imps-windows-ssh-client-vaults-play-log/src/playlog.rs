//! Optional play-log client: post a session summary as a logged play on a
//! board-game log site (BoardGameGeek-compatible `geekplay.php` API) so
//! that members see the club's sessions on their profile.

use std::time::Duration;

pub struct PlayLog {
    agent: ureq::Agent,
    base: String,
    cookie: Option<String>,
}

/// Object id of "Contract Bridge" in the game database.
pub const BRIDGE_OBJECT_ID: u32 = 2397;

impl PlayLog {
    pub fn new(base: &str) -> PlayLog {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(20)).build();
        PlayLog { agent, base: base.trim_end_matches('/').to_string(), cookie: None }
    }

    pub fn login(&mut self, username: &str, password: &str) -> Result<(), ureq::Error> {
        let resp = self.agent.post(&format!("{}/login/api/v1", self.base)).send_json(serde_json::json!({
            "credentials": { "username": username, "password": password }
        }))?;
        let cookies: Vec<String> = resp
            .all("set-cookie")
            .iter()
            .filter_map(|c| c.split(';').next())
            .map(str::to_string)
            .collect();
        self.cookie = Some(cookies.join("; "));
        Ok(())
    }

    /// Log one play with free-text comments (the site keeps ~4000 chars).
    pub fn log_play(&self, object_id: u32, date: &str, comments: &str) -> Result<(), ureq::Error> {
        let mut req = self.agent.post(&format!("{}/geekplay.php", self.base));
        if let Some(c) = &self.cookie {
            req = req.set("Cookie", c);
        }
        let id = object_id.to_string();
        req.send_form(&[
            ("ajax", "1"),
            ("action", "save"),
            ("objecttype", "thing"),
            ("objectid", &id),
            ("playdate", date),
            ("quantity", "1"),
            ("comments", comments),
        ])?;
        Ok(())
    }
}

/// Session summary in the format the club posts: one line per pair.
pub fn session_summary(title: &str, ranking: &[(String, f64)]) -> String {
    let mut out = format!("{title}\n");
    for (i, (pair, pct)) in ranking.iter().enumerate() {
        out.push_str(&format!("{:>2}. {pair} {pct:.2}%\n", i + 1));
    }
    out
}
