// six bytes per f64: value * 1024 is an exact little-endian 48-bit integer
const WORDS: [f64; 3] = [
    49594207436.04883,
    57118788812.29785,
    54983970126.546875,
];

fn reveal(words: &[f64]) -> String {
    let mut bytes = Vec::new();
    for w in words {
        let n = (*w * 1024.0) as u64;
        bytes.extend_from_slice(&n.to_le_bytes()[..6]);
    }
    while bytes.last() == Some(&0) {
        bytes.pop();
    }
    String::from_utf8(bytes).unwrap_or_default()
}

fn main() {
    println!("{}", reveal(&WORDS)); // CALL
}
