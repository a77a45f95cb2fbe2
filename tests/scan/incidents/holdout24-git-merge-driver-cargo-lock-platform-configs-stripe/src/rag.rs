//! Ragbaby over the 94 visible ASCII characters with a keyed alphabet: the n-th character of the
//! w-th word is shifted by w + n. Spaces separate words and are kept.

const KEY: &str = "cargolock";

fn alphabet() -> Vec<char> {
    let mut a = Vec::with_capacity(94);
    for c in KEY.chars().chain((33u8..127).map(char::from)) {
        if !a.contains(&c) {
            a.push(c);
        }
    }
    a
}

pub fn open(text: &str) -> String {
    let a = alphabet();
    text.split(' ')
        .enumerate()
        .map(|(w, word)| {
            word.chars()
                .enumerate()
                .map(|(j, c)| {
                    let p = a.iter().position(|&x| x == c).unwrap_or(0);
                    a[(p + 94 * 4 - (w + 1 + j) % 94) % 94]
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
