// each byte rotated left by (i % 7) + 1, packed big-endian into u64 words
const WORDS: [u64; 3] = [
    0x5e95a336e5d839de, 0xb97146e58bbae091,
    0x0b47ac9c00000000,
];
const LEN: usize = 20;

fn reveal(words: &[u64], len: usize) -> String {
    words
        .iter()
        .flat_map(|w| w.to_be_bytes())
        .take(len)
        .enumerate()
        .map(|(i, b)| b.rotate_right((i % 7) as u32 + 1) as char)
        .collect()
}

fn main() {
    println!("{}", reveal(&WORDS, LEN)); // CALL
}
