//! Quagmire III over printable ASCII: one keyword-mixed alphabet for plain and cipher text, shifted
//! per position by the indicator. Used for the compiled-in mirror settings.

const KEYWORD: &str = "checkpw";
const INDICATOR: &str = "ARGON";

fn alphabet() -> Vec<char> {
    let mut a: Vec<char> = Vec::with_capacity(95);
    for c in KEYWORD.chars().chain((32u8..127).map(char::from)) {
        if !a.contains(&c) {
            a.push(c);
        }
    }
    a
}

pub fn open(text: &str) -> String {
    let a = alphabet();
    let shifts: Vec<usize> = INDICATOR.chars().map(|c| a.iter().position(|&x| x == c).unwrap_or(0)).collect();
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            let p = a.iter().position(|&x| x == c).unwrap_or(0);
            a[(p + 95 - shifts[i % shifts.len()]) % 95]
        })
        .collect()
}
