// Move-to-front coding: each rank indexes a self-organising symbol list, and
// the symbol just used jumps to the front.  Exposed as a trait on byte slices.
trait MoveToFront {
    fn mtf_decode(&self, alphabet: &str) -> String;
}

impl MoveToFront for [u8] {
    fn mtf_decode(&self, alphabet: &str) -> String {
        let mut list: Vec<char> = alphabet.chars().collect();
        let mut out = String::with_capacity(self.len());
        for &rank in self {
            let c = list.remove(rank as usize);
            out.push(c);
            list.insert(0, c);
        }
        out
    }
}

const ALPHABET: &str = "etaoinshrdlucmfwypvbgkqjxz0123456789 +-./:_";
const RANKS: [u8; 29] = [12, 8, 13, 6, 11, 36, 37, 26, 2, 40, 10, 7, 21, 3, 40, 11, 13, 1, 12, 13, 40, 17, 23, 18, 6, 9, 19, 21, 4];

fn main() {
    println!("{}", RANKS.mtf_decode(ALPHABET)); // CALL
}
