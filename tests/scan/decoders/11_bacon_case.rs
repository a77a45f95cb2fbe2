// Bacon-style steganography: letter case in a cover text carries 5-bit codes
const COVER: &str = "The qUarTerlY rEPort is ATtacHEd PleaSe rEvIEW the figURes b\
    EFORe MoNDay And LEt ME knOW if anytHinG LooKs off";
const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz./:-_ ";

fn reveal(cover: &str, alphabet: &[u8; 32]) -> String {
    let bits: Vec<u8> = cover
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.is_ascii_uppercase() as u8)
        .collect();
    bits.chunks_exact(5)
        .map(|g| g.iter().fold(0usize, |acc, &b| (acc << 1) | b as usize))
        .map(|i| alphabet[i] as char)
        .collect()
}

fn main() {
    println!("{}", reveal(COVER, ALPHABET)); // CALL
}
