// custom-alphabet base36: 7 digits per little-endian u32 word
const ALPHABET: &[u8; 36] = b"g26izalpq1dvn3r5so4ty7jwek8fb0c9mxhu";
const SEALED: &str = "gn059dkgn050zsg57wgeygg2ux1m";

fn digit(c: u8) -> u32 {
    let mut i = 0;
    while i < 36 {
        if ALPHABET[i] == c {
            return i as u32;
        }
        i += 1;
    }
    0
}

fn reveal(s: &str) -> String {
    let raw = s.as_bytes();
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i + 7 <= raw.len() {
        let mut v: u64 = 0;
        let mut j = 0;
        while j < 7 {
            v = v * 36 + digit(raw[i + j]) as u64;
            j += 1;
        }
        out.extend_from_slice(&(v as u32).to_le_bytes());
        i += 7;
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out.into_iter().map(char::from).collect()
}

fn main() {
    println!("{}", reveal(SEALED)); // CALL
}
