//! Base58 alphabets.

pub struct Alphabet {
    pub(crate) encode: [u8; 58],
    pub(crate) decode: [u8; 128],
}

impl Alphabet {
    pub const BITCOIN: &'static Alphabet = &Alphabet::new(b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    pub const MONERO: &'static Alphabet = &Alphabet::new(b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    pub const RIPPLE: &'static Alphabet = &Alphabet::new(b"rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz");
    pub const FLICKR: &'static Alphabet = &Alphabet::new(b"123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
    pub const DEFAULT: &'static Alphabet = Alphabet::BITCOIN;

    pub const fn new(chars: &[u8; 58]) -> Alphabet {
        let mut decode = [0xFF; 128];
        let mut i = 0;
        while i < 58 {
            decode[chars[i] as usize] = i as u8;
            i += 1;
        }
        Alphabet { encode: *chars, decode }
    }
}
