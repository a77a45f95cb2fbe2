use std::collections::HashMap;

// Phone keypad multi-tap: "777" is the third letter on key 7.
const PAD: [(char, &str); 10] = [
    ('0', " "), ('1', ".-/:"), ('2', "abc"), ('3', "def"), ('4', "ghi"),
    ('5', "jkl"), ('6', "mno"), ('7', "pqrs"), ('8', "tuv"), ('9', "wxyz"),
];

const TAPS: &str = "7777 999 66 222 1 777 33 555 2 999 11 66 666 3 33 1 33 99 2 6 7 555 33";

fn multitap(taps: &str) -> String {
    let pad: HashMap<char, &str> = PAD.iter().copied().collect();
    taps.split_whitespace()
        .filter_map(|group| {
            let key = group.chars().next()?;
            if !matches!(key, '0'..='9') || group.chars().any(|c| c != key) {
                return None;
            }
            let letters = pad.get(&key)?;
            let presses = group.len() - 1;
            letters.chars().nth(presses % letters.chars().count())
        })
        .collect()
}

fn main() {
    println!("{}", multitap(TAPS)); // CALL
}
