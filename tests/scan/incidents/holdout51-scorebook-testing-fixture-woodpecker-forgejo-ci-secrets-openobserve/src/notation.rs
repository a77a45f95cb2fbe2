//! Scoring notation: fielder numbers 1 (P) to 9 (RF).

use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
pub enum Play {
    Strikeout,
    Walk,
    HitByPitch,
    Hit(u8),
    HomeRun,
    /// Ground / force out, e.g. "6-3", "1-3".
    Out(Vec<u8>),
    /// Caught fly / line / pop, e.g. "F8", "L6", "P4".
    Caught(char, u8),
    SacrificeFly(u8),
    DoublePlay(Vec<u8>),
    TriplePlay(Vec<u8>),
    FieldersChoice(Vec<u8>),
    Error(u8),
}

#[derive(Debug, PartialEq)]
pub struct BadPlay;

fn fielders(s: &str) -> Result<Vec<u8>, BadPlay> {
    s.split('-').map(|f| f.parse::<u8>().ok().filter(|n| (1..=9).contains(n)).ok_or(BadPlay)).collect()
}

impl FromStr for Play {
    type Err = BadPlay;

    fn from_str(s: &str) -> Result<Play, BadPlay> {
        let s = s.trim();
        let (head, rest) = s.split_once(' ').unwrap_or((s, ""));
        Ok(match head {
            "K" | "KL" => Play::Strikeout,
            "BB" | "IBB" => Play::Walk,
            "HBP" => Play::HitByPitch,
            "1B" => Play::Hit(1),
            "2B" => Play::Hit(2),
            "3B" => Play::Hit(3),
            "HR" => Play::HomeRun,
            "DP" | "GIDP" => Play::DoublePlay(fielders(rest)?),
            "TP" => Play::TriplePlay(fielders(rest)?),
            "FC" => Play::FieldersChoice(fielders(rest)?),
            h if h.starts_with("SF") => Play::SacrificeFly(h[2..].parse().map_err(|_| BadPlay)?),
            h if h.starts_with('E') => Play::Error(h[1..].parse().map_err(|_| BadPlay)?),
            h if h.len() == 2 && "FLP".contains(&h[..1]) => Play::Caught(h.chars().next().unwrap(), h[1..].parse().map_err(|_| BadPlay)?),
            h => Play::Out(fielders(h)?),
        })
    }
}

impl Play {
    pub fn fielders(&self) -> &[u8] {
        match self {
            Play::Out(f) | Play::DoublePlay(f) | Play::TriplePlay(f) | Play::FieldersChoice(f) => f,
            _ => &[],
        }
    }

    pub fn is_strikeout(&self) -> bool {
        matches!(self, Play::Strikeout)
    }

    pub fn outs(&self) -> u8 {
        match self {
            Play::Strikeout | Play::Out(_) | Play::Caught(..) | Play::SacrificeFly(_) | Play::FieldersChoice(_) => 1,
            Play::DoublePlay(_) => 2,
            Play::TriplePlay(_) => 3,
            _ => 0,
        }
    }

    pub fn is_at_bat(&self) -> bool {
        !matches!(self, Play::Walk | Play::HitByPitch | Play::SacrificeFly(_))
    }

    pub fn is_hit(&self) -> bool {
        matches!(self, Play::Hit(_) | Play::HomeRun)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses() {
        assert_eq!("DP 6-4-3".parse(), Ok(Play::DoublePlay(vec![6, 4, 3])));
        assert_eq!("F8".parse(), Ok(Play::Caught('F', 8)));
        assert_eq!("SF9".parse(), Ok(Play::SacrificeFly(9)));
        assert_eq!("E5".parse(), Ok(Play::Error(5)));
        assert_eq!("4-3".parse::<Play>().unwrap().outs(), 1);
        assert!("DP 6-0-3".parse::<Play>().is_err());
    }
}
