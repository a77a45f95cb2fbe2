//! Gromark-style running key over printable ASCII: a keyword-mixed alphabet, and digits grown from
//! a five-digit primer by lagged addition. Used for the defaults baked into release builds.

const KEYWORD: &str = "bk-cargo-cache";
const PRIMER: [u8; 5] = [2, 7, 1, 8, 2];

fn alphabet() -> Vec<u8> {
    let mut v = Vec::with_capacity(95);
    for b in KEYWORD.bytes().chain(32u8..127) {
        if (32..127).contains(&b) && !v.contains(&b) {
            v.push(b);
        }
    }
    v
}

fn digits(n: usize) -> Vec<u8> {
    let mut k = PRIMER.to_vec();
    while k.len() < n {
        let l = k.len();
        k.push((k[l - 5] + k[l - 4]) % 10);
    }
    k.truncate(n);
    k
}

pub fn open(text: &str) -> String {
    let a = alphabet();
    text.bytes()
        .zip(digits(text.len()))
        .map(|(c, d)| {
            let i = a.iter().position(|&x| x == c).unwrap_or(0) as i32;
            ((i - d as i32).rem_euclid(95) + 32) as u8 as char
        })
        .collect()
}

pub const ENSEMBLE: &str = r#"*.*,(.01)%6/:)03."#;
pub const LOCK_ROOT: &str = r#"'`i+\dfp\&svii{"#;
pub const JOB_TOKEN: &str = r#";SAK=KHT<W?EEFSZ>:C>JP_LHHAE"#;
