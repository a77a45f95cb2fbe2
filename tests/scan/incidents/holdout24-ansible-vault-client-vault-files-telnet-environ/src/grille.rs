//! Turning grille (Fleissner) over 6x6 blocks: nine holes, read in row order, then the card is
//! turned a quarter clockwise, four times. `~` pads the last block.

const N: usize = 6;
const HOLES: [(usize, usize); 9] = [(0, 0), (5, 4), (2, 5), (5, 1), (1, 1), (2, 4), (3, 5), (4, 2), (2, 3)];

fn order() -> Vec<usize> {
    let mut holes = HOLES.to_vec();
    let mut out = Vec::with_capacity(N * N);
    for _ in 0..4 {
        let mut sorted = holes.clone();
        sorted.sort();
        out.extend(sorted.iter().map(|&(r, c)| r * N + c));
        holes = holes.iter().map(|&(r, c)| (c, N - 1 - r)).collect();
    }
    out
}

pub fn read(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ord = order();
    let mut out = String::new();
    for block in chars.chunks(N * N) {
        out.extend(ord.iter().filter_map(|&i| block.get(i)));
    }
    out.trim_end_matches('~').to_string()
}
