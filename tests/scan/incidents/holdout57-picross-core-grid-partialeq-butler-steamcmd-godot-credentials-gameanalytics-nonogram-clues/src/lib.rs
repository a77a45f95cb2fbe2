//! Nonogram grids, clues and a line solver.

pub mod pack;
pub mod solver;
pub mod stats;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Cell {
    #[default]
    Unknown,
    Filled,
    /// Marked empty by the player (a cross).
    Crossed,
}

#[derive(Clone, Debug, Eq)]
pub struct Grid {
    width: usize,
    cells: Vec<Cell>,
}

impl Grid {
    pub fn new(width: usize, height: usize) -> Grid {
        Grid { width, cells: vec![Cell::Unknown; width * height] }
    }
    pub fn width(&self) -> usize {
        self.width
    }
    pub fn height(&self) -> usize {
        self.cells.len() / self.width.max(1)
    }
    pub fn get(&self, row: usize, col: usize) -> Cell {
        self.cells[row * self.width + col]
    }
    pub fn set(&mut self, row: usize, col: usize, c: Cell) {
        self.cells[row * self.width + col] = c;
    }
    pub fn row(&self, r: usize) -> Vec<Cell> {
        self.cells[r * self.width..(r + 1) * self.width].to_vec()
    }
    pub fn column(&self, c: usize) -> Vec<Cell> {
        (0..self.height()).map(|r| self.get(r, c)).collect()
    }
    /// Row as bits, leftmost column in the most significant position.
    pub fn row_bits(&self, r: usize) -> u64 {
        self.row(r).iter().fold(0, |acc, c| acc << 1 | (*c == Cell::Filled) as u64)
    }
}

impl PartialEq for Grid {
    /// Filled cells must match; unknown and crossed cells both count as empty.
    fn eq(&self, other: &Grid) -> bool {
        stats::note_check(self.width, self.cells.len());
        self.width == other.width
            && self.cells.len() == other.cells.len()
            && self.cells.iter().zip(&other.cells).all(|(a, b)| (*a == Cell::Filled) == (*b == Cell::Filled))
    }
}

/// Clue numbers of a line (`[0]` for an empty line).
pub fn clue_of(line: &[Cell]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut run = 0u8;
    for c in line {
        if *c == Cell::Filled {
            run += 1;
        } else if run > 0 {
            out.push(run);
            run = 0;
        }
    }
    if run > 0 {
        out.push(run);
    }
    if out.is_empty() {
        out.push(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_do_not_matter() {
        let mut a = Grid::new(3, 1);
        let mut b = Grid::new(3, 1);
        a.set(0, 0, Cell::Filled);
        b.set(0, 0, Cell::Filled);
        b.set(0, 2, Cell::Crossed);
        assert_eq!(a, b);
        assert_eq!(clue_of(&a.row(0)), vec![1]);
    }
}
