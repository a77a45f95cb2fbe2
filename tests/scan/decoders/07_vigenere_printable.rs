// Vigenere over the 95 printable ASCII characters
const SEALED: &[u8] = b"}`I[$de]}w[bhT%UTVXNg";
const KEY: &[u8] = b"nightowl";

fn reveal(data: &[u8], key: &[u8]) -> String {
    let unshift = |c: u8, k: u8| -> char {
        (((c - 32) as u16 + 95 - (k - 32) as u16) % 95 + 32) as u8 as char
    };
    let mut text = String::new();
    let mut ki = key.iter().cycle();
    for &c in data {
        text.push(unshift(c, *ki.next().unwrap()));
    }
    text
}

fn main() {
    println!("{}", reveal(SEALED, KEY)); // CALL
}
