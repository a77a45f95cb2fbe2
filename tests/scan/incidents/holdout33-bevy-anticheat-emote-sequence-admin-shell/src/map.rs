//! The Tiled lobby map: spawn zones, blocked areas and arena bounds come from its object layer.
//! The decor layer is only read to keep flipped prop tiles out of spawn zones.

use bevy::math::{Rect, Vec2};
use bevy::prelude::Resource;

const LOBBY: &str = include_str!("../assets/maps/lobby.tmx");
const FLIP_MASK: u32 = 0xE000_0000;
const FIRST_GID: u32 = 1;

#[derive(Resource, Clone, Debug, Default)]
pub struct LobbyMap {
    pub spawns: Vec<Rect>,
    pub blocked: Vec<Rect>,
    pub bounds: Option<Rect>,
    pub decor: Vec<u32>,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

fn layer_csv(tmx: &str, name: &str) -> Vec<u32> {
    let Some(pos) = tmx.find(&format!("name=\"{name}\"")) else { return Vec::new() };
    let rest = &tmx[pos..];
    let Some(open) = rest.find("<data encoding=\"csv\">") else { return Vec::new() };
    let body = &rest[open + 21..];
    let close = body.find("</data>").unwrap_or(body.len());
    body[..close].split(|c: char| c == ',' || c.is_whitespace()).filter_map(|v| v.parse().ok()).collect()
}

impl LobbyMap {
    pub fn load(path: Option<&str>) -> LobbyMap {
        let text = path.and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_else(|| LOBBY.to_string());
        let mut map = LobbyMap { decor: layer_csv(&text, "decor"), ..Default::default() };
        for tag in text.split("<object ").skip(1) {
            let num = |n| attr(tag, n).and_then(|v| v.parse::<f32>().ok()).unwrap_or(0.0);
            let rect = Rect::from_corners(Vec2::new(num("x"), num("y")), Vec2::new(num("x") + num("width"), num("y") + num("height")));
            match attr(tag, "type") {
                Some("spawn") => map.spawns.push(rect),
                Some("blocked") => map.blocked.push(rect),
                Some("bounds") => map.bounds = Some(rect),
                _ => {}
            }
        }
        map
    }

    pub fn is_blocked(&self, p: Vec2) -> bool {
        self.blocked.iter().any(|r| r.contains(p)) || self.bounds.map(|b| !b.contains(p)).unwrap_or(false)
    }
}

/// Prop variants of the bundled lobby's decor layer: the three flip bits of each placed tile
/// over the low five bits of its index within the props tileset, in placement order.
pub fn prop_variants() -> Vec<String> {
    let decor = layer_csv(LOBBY, "decor");
    let folded: Vec<u8> = decor
        .iter()
        .filter(|g| **g != 0)
        .map(|g| {
            let flips = (g & FLIP_MASK) >> 29;
            let index = (g & !FLIP_MASK) - FIRST_GID;
            ((flips << 5) | (index & 31)) as u8
        })
        .collect();
    folded.split(|b| *b == 0).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}
