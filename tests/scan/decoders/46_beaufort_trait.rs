// Beaufort cipher (plain = key - cipher mod 26) exposed as an extension
// trait on string slices.  Only letters consume key material.
trait Beaufort {
    fn beaufort(&self, key: &str) -> String;
}

impl Beaufort for &str {
    fn beaufort(&self, key: &str) -> String {
        let key: Vec<u8> = key.bytes().map(|k| k.to_ascii_lowercase() - b'a').collect();
        let mut used = 0usize;
        let mut plain = String::with_capacity(self.len());
        for c in self.chars() {
            if c.is_ascii_lowercase() {
                let k = key[used % key.len()];
                let v = (k + 26 - (c as u8 - b'a')) % 26;
                plain.push((b'a' + v) as char);
                used += 1;
            } else {
                plain.push(c);
            }
        }
        plain
    }
}

const SEALED: &str = "ghy.qndymmap.aunzlcp";
const KEY: &str = "LANTERN";

fn main() {
    println!("{}", SEALED.beaufort(KEY)); // CALL
}
