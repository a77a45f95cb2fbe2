//! Tile maps with A* pathfinding.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct TileMap {
    w: usize,
    h: usize,
    blocked: Vec<bool>,
    g: Vec<u32>,
    came: Vec<u32>,
}

impl TileMap {
    pub fn new(w: usize, h: usize) -> Self {
        TileMap { w, h, blocked: vec![false; w * h], g: vec![u32::MAX; w * h], came: vec![u32::MAX; w * h] }
    }

    pub fn set_blocked(&mut self, x: usize, y: usize, b: bool) {
        if x < self.w && y < self.h {
            self.blocked[y * self.w + x] = b;
        }
    }

    fn h(&self, a: usize, b: usize) -> u32 {
        let (ax, ay) = (a % self.w, a / self.w);
        let (bx, by) = (b % self.w, b / self.w);
        (ax.abs_diff(bx) + ay.abs_diff(by)) as u32
    }

    /// 4-connected A* with a Manhattan heuristic.
    pub fn find_path(&mut self, from: (usize, usize), to: (usize, usize)) -> Option<Vec<(usize, usize)>> {
        let start = from.1 * self.w + from.0;
        let goal = to.1 * self.w + to.0;
        if self.blocked.get(start).copied().unwrap_or(true) || self.blocked.get(goal).copied().unwrap_or(true) {
            return None;
        }
        self.g.fill(u32::MAX);
        self.came.fill(u32::MAX);
        let mut open = BinaryHeap::new();
        self.g[start] = 0;
        open.push(Reverse((self.h(start, goal), start)));
        while let Some(Reverse((_, cur))) = open.pop() {
            if cur == goal {
                let mut path = vec![(cur % self.w, cur / self.w)];
                let mut c = cur;
                while self.came[c] != u32::MAX {
                    c = self.came[c] as usize;
                    path.push((c % self.w, c / self.w));
                }
                path.reverse();
                return Some(path);
            }
            let (x, y) = (cur % self.w, cur / self.w);
            let neighbours = [(x.wrapping_sub(1), y), (x + 1, y), (x, y.wrapping_sub(1)), (x, y + 1)];
            for (nx, ny) in neighbours {
                if nx >= self.w || ny >= self.h {
                    continue;
                }
                let n = ny * self.w + nx;
                if self.blocked[n] {
                    continue;
                }
                let ng = self.g[cur] + 1;
                if ng < self.g[n] {
                    self.g[n] = ng;
                    self.came[n] = cur as u32;
                    open.push(Reverse((ng + self.h(n, goal), n)));
                }
            }
        }
        None
    }
}
