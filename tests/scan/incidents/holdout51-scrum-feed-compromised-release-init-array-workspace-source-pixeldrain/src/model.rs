use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Match {
    pub id: u64,
    pub round: u32,
    pub home: String,
    pub away: String,
    pub kickoff: String,
    #[serde(default)]
    pub status: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatchResult {
    pub home: String,
    pub away: String,
    pub home_points: u32,
    pub away_points: u32,
    pub home_tries: Option<u32>,
    pub away_tries: Option<u32>,
}

impl MatchResult {
    /// `R03 Harbour 27-13 Marshvale (4-1)`; the try counts are optional.
    pub fn parse(line: &str) -> Option<MatchResult> {
        let line = line.trim();
        let (body, tries) = match line.rsplit_once(" (") {
            Some((b, t)) => {
                let (h, a) = t.trim_end_matches(')').split_once('-')?;
                (b, Some((h.parse().ok()?, a.parse().ok()?)))
            }
            None => (line, None),
        };
        let body = body.split_once(' ').map_or(body, |(r, rest)| if r.starts_with('R') { rest } else { body });
        let dash = body.find(|c: char| c.is_ascii_digit())?;
        let home = body[..dash].trim().to_string();
        let rest = &body[dash..];
        let (score, away) = rest.split_once(' ')?;
        let (hp, ap) = score.split_once('-')?;
        Some(MatchResult {
            home,
            away: away.trim().to_string(),
            home_points: hp.parse().ok()?,
            away_points: ap.parse().ok()?,
            home_tries: tries.map(|t: (u32, u32)| t.0),
            away_tries: tries.map(|t| t.1),
        })
    }
}
