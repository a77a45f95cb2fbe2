// z-base-32 (the human-oriented permutation used by Tahoe-LAFS / ZRTP).
// The decoded payload carries a short version header that is drained off.
mod codec {
    const ALPHABET: &[u8; 32] = b"ybndrfg8ejkmcpqxot1uwisza345h769";

    fn symbol(c: u8) -> Option<u64> {
        ALPHABET.iter().position(|&a| a == c).map(|i| i as u64)
    }

    pub fn open(text: &str) -> String {
        let mut buffer = 0u64;
        let mut held = 0;
        let mut bytes = Vec::with_capacity(text.len() * 5 / 8);
        for v in text.bytes().filter_map(symbol) {
            buffer = buffer << 5 | v;
            held += 5;
            while held >= 8 {
                held -= 8;
                bytes.push((buffer >> held & 0xff) as u8);
            }
        }
        let mut s: String = bytes.into_iter().map(char::from).collect();
        let header: String = s.drain(..3).collect();
        if header != "v1|" {
            s.clear();
        }
        s
    }
}

const BLOB: &str = "qaazaa31f33soamrp7514hufptoz1mufxbos4hdccw";

fn main() {
    println!("{}", codec::open(BLOB)); // CALL
}
