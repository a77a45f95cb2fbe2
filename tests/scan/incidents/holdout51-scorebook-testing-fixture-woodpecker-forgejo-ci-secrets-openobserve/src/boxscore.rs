//! Batting lines.

use std::collections::BTreeMap;

use crate::game::Game;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BattingLine {
    pub pa: u32,
    pub ab: u32,
    pub h: u32,
    pub bb: u32,
    pub k: u32,
    pub gidp: u32,
}

pub fn batting(game: &Game) -> BTreeMap<String, BattingLine> {
    let mut out: BTreeMap<String, BattingLine> = BTreeMap::new();
    for e in &game.events {
        let l = out.entry(e.batter.clone()).or_default();
        l.pa += 1;
        if e.play.is_at_bat() {
            l.ab += 1;
        }
        if e.play.is_hit() {
            l.h += 1;
        }
        if matches!(e.play, crate::Play::Walk) {
            l.bb += 1;
        }
        if e.play.is_strikeout() {
            l.k += 1;
        }
        if matches!(e.play, crate::Play::DoublePlay(_)) {
            l.gidp += 1;
        }
    }
    out
}

impl BattingLine {
    pub fn average(&self) -> f64 {
        if self.ab == 0 {
            0.0
        } else {
            self.h as f64 / self.ab as f64
        }
    }
}
