//! Perfect (faro) out-shuffle and its inverse.

pub fn shuffle(s: &str) -> String {
    let mut c: Vec<char> = s.chars().collect();
    if c.len() % 2 == 1 {
        c.push(' ');
    }
    let h = c.len() / 2;
    (0..h).flat_map(|i| [c[i], c[h + i]]).collect()
}

pub fn unshuffle(s: &str, rounds: usize) -> String {
    let mut c: Vec<char> = s.chars().collect();
    for _ in 0..rounds {
        let h = c.len() / 2;
        let mut out = Vec::with_capacity(c.len());
        out.extend((0..h).map(|i| c[2 * i]));
        out.extend((0..h).map(|i| c[2 * i + 1]));
        c = out;
    }
    c.into_iter().collect::<String>().trim_end().to_string()
}
