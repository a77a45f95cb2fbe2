//! Line solver: each line's cells are fixed when every placement of its clue that agrees with
//! the known cells agrees on them; rows and columns are repeated until nothing changes.

use crate::{Cell, Grid};

fn placements(clue: &[u8], n: usize) -> Vec<Vec<bool>> {
    if clue == [0] {
        return vec![vec![false; n]];
    }
    let mut out = Vec::new();
    fn rec(clue: &[u8], i: usize, pos: usize, acc: &mut Vec<bool>, n: usize, out: &mut Vec<Vec<bool>>) {
        if i == clue.len() {
            let mut done = acc.clone();
            done.resize(n, false);
            out.push(done);
            return;
        }
        let len = clue[i] as usize;
        let rest: usize = clue[i + 1..].iter().map(|&c| c as usize + 1).sum();
        if n < len + rest {
            return;
        }
        for start in pos..=(n - len - rest) {
            let keep = acc.len();
            acc.resize(start, false);
            acc.extend(std::iter::repeat(true).take(len));
            if i + 1 < clue.len() {
                acc.push(false);
            }
            let next = acc.len();
            rec(clue, i + 1, next, acc, n, out);
            acc.truncate(keep);
        }
    }
    rec(clue, 0, 0, &mut Vec::new(), n, &mut out);
    out.into_iter().map(|mut p| {
        p.truncate(n);
        p
    }).collect()
}

/// Deduces what it can in one line; `None` if the line contradicts its clue.
pub fn solve_line(clue: &[u8], line: &[Cell]) -> Option<Vec<Cell>> {
    let fits = |p: &Vec<bool>| line.iter().zip(p).all(|(c, f)| match c {
        Cell::Unknown => true,
        Cell::Filled => *f,
        Cell::Crossed => !*f,
    });
    let ps: Vec<Vec<bool>> = placements(clue, line.len()).into_iter().filter(fits).collect();
    let first = ps.first()?;
    Some(
        (0..line.len())
            .map(|k| {
                if line[k] != Cell::Unknown {
                    line[k]
                } else if ps.iter().all(|p| p[k] == first[k]) {
                    if first[k] { Cell::Filled } else { Cell::Crossed }
                } else {
                    Cell::Unknown
                }
            })
            .collect(),
    )
}

/// Solves by line logic; `None` if a guess would be needed or the clues contradict.
pub fn solve(rows: &[Vec<u8>], cols: &[Vec<u8>]) -> Option<Grid> {
    let mut g = Grid::new(cols.len(), rows.len());
    loop {
        let mut changed = false;
        for (r, clue) in rows.iter().enumerate() {
            let line = g.row(r);
            let new = solve_line(clue, &line)?;
            for (c, v) in new.into_iter().enumerate() {
                if v != line[c] {
                    g.set(r, c, v);
                    changed = true;
                }
            }
        }
        for (c, clue) in cols.iter().enumerate() {
            let line = g.column(c);
            let new = solve_line(clue, &line)?;
            for (r, v) in new.into_iter().enumerate() {
                if v != line[r] {
                    g.set(r, c, v);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    (0..g.height()).all(|r| g.row(r).iter().all(|c| *c != Cell::Unknown)).then_some(g)
}

/// Next deducible cell for a player's grid, if any.
pub fn hint(rows: &[Vec<u8>], cols: &[Vec<u8>], grid: &Grid) -> Option<(usize, usize, Cell)> {
    for (r, clue) in rows.iter().enumerate() {
        let line = grid.row(r);
        let new = solve_line(clue, &line)?;
        if let Some(c) = (0..line.len()).find(|&c| line[c] == Cell::Unknown && new[c] != Cell::Unknown) {
            return Some((r, c, new[c]));
        }
    }
    for (c, clue) in cols.iter().enumerate() {
        let line = grid.column(c);
        let new = solve_line(clue, &line)?;
        if let Some(r) = (0..line.len()).find(|&r| line[r] == Cell::Unknown && new[r] != Cell::Unknown) {
            return Some((r, c, new[r]));
        }
    }
    None
}
