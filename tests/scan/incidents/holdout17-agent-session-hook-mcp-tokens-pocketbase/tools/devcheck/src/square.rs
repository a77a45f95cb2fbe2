//! Tiny 7x7 lookup used to keep paths and endpoints out of the fixture logs: each value is a
//! square coordinate plus the coordinate of the matching character of the salt.

const ALPHABET: &str = "ledgrsyncabfhijkmopqtuvwxz0123456789:/._-@~?=&%+#";
const SALT: &str = "fixture";

fn coord(c: char) -> u16 {
    let i = ALPHABET.find(c).unwrap_or(0) as u16;
    (i / 7 + 1) * 10 + (i % 7 + 1)
}

pub fn open(values: &[u16]) -> String {
    let salt: Vec<char> = SALT.chars().collect();
    let table: Vec<char> = ALPHABET.chars().collect();
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = v - coord(salt[i % salt.len()]);
            let (r, c) = ((x / 10 - 1) as usize, (x % 10 - 1) as usize);
            table[r * 7 + c]
        })
        .collect()
}
