// Range-style entropy decoding (rANS, no renormalisation): the message is a
// single huge integer per chunk.  The slot `x mod 64` selects a symbol through
// a cumulative-frequency table, and the state shrinks by that symbol's share.
const SYMBOLS: &[u8] = b"./0123589:bfgikptuz";
const FREQ: [u32; 19] = [9, 9, 4, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 6, 2, 2];
const STATES: [(u128, usize); 2] = [
    (346413367715297002, 15),
    (162565834754935309394, 16),
];

fn rans_decode(states: &[(u128, usize)], symbols: &[u8], freq: &[u32]) -> String {
    let total: u128 = freq.iter().map(|&f| f as u128).sum();
    let mut cum = vec![0u32];
    for &f in freq {
        cum.push(cum[cum.len() - 1] + f);
    }
    let mut out = String::new();
    for &(mut x, len) in states {
        for _ in 0..len {
            let slot = (x % total) as u32;
            let s = match cum.binary_search(&slot) {
                Ok(i) => i,
                Err(i) => i - 1,
            };
            out.push(symbols[s] as char);
            x = freq[s] as u128 * (x / total) + slot as u128 - cum[s] as u128;
        }
    }
    out
}

fn main() {
    println!("{}", rans_decode(&STATES, SYMBOLS, &FREQ)); // CALL
}
