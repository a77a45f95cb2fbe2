//! Hex grids in axial coordinates.

mod layout;
pub mod palette;

include!(concat!(env!("OUT_DIR"), "/neighbors.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hex { pub q: i32, pub r: i32 }

pub struct Grid { pub radius: i32, cells: Vec<Hex> }

impl Grid {
    pub fn new(radius: i32) -> Self {
        prime();
        let mut cells = vec![Hex { q: 0, r: 0 }];
        for ring in RINGS.iter().take(radius as usize) { cells.extend(ring.iter().map(|&(q, r)| Hex { q, r })); }
        Grid { radius, cells }
    }
    pub fn cells(&self) -> &[Hex] { &self.cells }
    pub fn distance(a: Hex, b: Hex) -> i32 { ((a.q - b.q).abs() + (a.r - b.r).abs() + (a.q + a.r - b.q - b.r).abs()) / 2 }
}
