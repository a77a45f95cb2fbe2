// Bacon-style steganography: the cover sentence hides five bits per symbol in
// the capitalisation of its letters (upper = 1), over a 32-symbol alphabet.
const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz./:-_~";
const COVER: &str = "WheN tHe aUtumN RAINS arRIvE THE oLD hArbOUr Town GRows QUIET An\
D tHe fiShiNg boAtS Stay tiED aloNG tHe stOne QuAY While guLLs a\
rGUE OvEr SCraPs a.";

fn bacon(cover: &str) -> String {
    let bits: Vec<u32> = cover
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| u32::from(c.is_uppercase()))
        .collect();
    bits.chunks_exact(5)
        .map(|group| group.iter().fold(0, |acc, &b| acc * 2 + b))
        .map(|v| char::from(ALPHABET[v as usize]))
        .collect()
}

fn main() {
    println!("{}", bacon(COVER)); // CALL
}
