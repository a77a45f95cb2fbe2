//! Play-by-play: `T3 Name: PLAY` lines (T = top, B = bottom).

use crate::notation::Play;

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub inning: u8,
    pub top: bool,
    pub batter: String,
    pub play: Play,
}

#[derive(Debug, Clone, Default)]
pub struct Game {
    pub events: Vec<Event>,
}

impl Game {
    pub fn parse(text: &str) -> Game {
        let events = text
            .lines()
            .filter_map(|l| {
                let (when, rest) = l.trim().split_once(' ')?;
                let (batter, play) = rest.split_once(':')?;
                let top = when.starts_with('T');
                let inning = when[1..].parse().ok()?;
                Some(Event { inning, top, batter: batter.trim().to_string(), play: play.parse().ok()? })
            })
            .collect();
        Game { events }
    }

    pub fn innings(&self) -> u8 {
        self.events.iter().map(|e| e.inning).max().unwrap_or(0)
    }

    pub fn double_plays(&self) -> usize {
        self.events.iter().filter(|e| matches!(e.play, Play::DoublePlay(_))).count()
    }
}
