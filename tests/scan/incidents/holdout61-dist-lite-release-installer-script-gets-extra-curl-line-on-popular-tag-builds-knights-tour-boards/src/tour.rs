//! Knight's-tour scatter: the release banner art is stored on 8x8 boards and read back in
//! the order of a Warnsdorff tour from a1 (deterministic, first-minimum tie break).

const MOVES: [(i32, i32); 8] = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)];

fn order() -> Vec<(usize, usize)> {
    let mut seen = [[false; 8]; 8];
    let (mut r, mut c) = (0i32, 0i32);
    seen[0][0] = true;
    let mut out = vec![(0, 0)];
    let free = |s: &[[bool; 8]; 8], r: i32, c: i32| (0..8).contains(&r) && (0..8).contains(&c) && !s[r as usize][c as usize];
    for _ in 0..63 {
        let mut best = None;
        let mut bd = 9;
        for (dr, dc) in MOVES {
            let (nr, nc) = (r + dr, c + dc);
            if free(&seen, nr, nc) {
                let d = MOVES.iter().filter(|(a, b)| free(&seen, nr + a, nc + b)).count();
                if d < bd {
                    bd = d;
                    best = Some((nr, nc));
                }
            }
        }
        let Some((nr, nc)) = best else { break };
        r = nr;
        c = nc;
        seen[r as usize][c as usize] = true;
        out.push((r as usize, c as usize));
    }
    out
}

pub fn read(board: &[&str; 8]) -> String {
    let rows: Vec<Vec<char>> = board.iter().map(|r| r.chars().collect()).collect();
    order().into_iter().map(|(r, c)| rows[r][c]).collect::<String>().trim_end_matches('~').to_string()
}
