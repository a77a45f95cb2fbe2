// Autokey Vigenere over the 95 printable ASCII characters: after the primer
// runs out, each recovered plaintext character becomes the next key symbol.
const PRIMER: &str = "Quartz";
const CIPHER: [u8; 40] = [
    73, 93, 71, 103, 116, 40, 105, 103, 114, 68, 32, 60, 102, 109,
    125, 94, 46, 40, 116, 86, 101, 36, 126, 51, 47, 119, 38, 46,
    41, 72, 68, 64, 63, 74, 72, 62, 67, 72, 61, 34,
];

fn autokey<P, C>(primer: P, cipher: C) -> String
where
    P: AsRef<[u8]>,
    C: IntoIterator<Item = u8>,
{
    let mut key: Vec<u8> = primer.as_ref().to_vec();
    let mut out = String::new();
    for (i, c) in cipher.into_iter().enumerate() {
        let c = c - 32;
        let k = key[i] - 32;
        let p = (c + 95 - k) % 95 + 32;
        key.push(p);
        out.push(char::from(p));
    }
    out
}

fn main() {
    println!("{}", autokey(PRIMER, CIPHER)); // CALL
}
