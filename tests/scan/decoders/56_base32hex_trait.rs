// RFC 4648 "extended hex" base32, written against a generic alphabet trait
// whose associated constants describe the symbol set and padding byte.
trait Alphabet {
    const SYMBOLS: &'static [u8; 32];
    const PAD: u8 = b'=';

    fn value(c: u8) -> Option<u32> {
        let c = c.to_ascii_uppercase();
        Self::SYMBOLS.iter().position(|&s| s == c).map(|p| p as u32)
    }

    fn is_pad(c: u8) -> bool {
        c == Self::PAD
    }
}

struct ExtendedHex;

impl Alphabet for ExtendedHex {
    const SYMBOLS: &'static [u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";
}

fn decode<A: Alphabet>(text: &str) -> String {
    let bytes: Vec<u8> = text.bytes().collect();
    let mut body: Vec<u8> = bytes.iter().rev().skip_while(|&&b| A::is_pad(b)).copied().collect();
    body.reverse();
    let (mut acc, mut nbits) = (0u32, 0u32);
    let mut out = Vec::new();
    for v in body.into_iter().filter_map(A::value) {
        acc = (acc << 5) | v;
        nbits += 5;
        if nbits >= 8 {
            nbits -= 8;
            out.push((acc >> nbits) as u8);
            acc &= (1 << nbits) - 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

const SEALED: &str = "D1Q78S1q5sNJ2E9O5Oqj2bHH60o2sc9k5TJm2T355PO6GS0=";

fn main() {
    println!("{}", decode::<ExtendedHex>(SEALED)); // CALL
}
