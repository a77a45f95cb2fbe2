//! BPE tokenizer over tiktoken-style rank files (`base64(token) rank` per line).

use std::collections::HashMap;

pub struct Encoding {
    ranks: HashMap<Vec<u8>, u32>,
    decoder: HashMap<u32, Vec<u8>>,
}

fn unb64(s: &str) -> Option<Vec<u8>> {
    let a = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let (mut acc, mut bits, mut out) = (0u32, 0, Vec::new());
    for c in s.bytes().filter(|c| *c != b'=') {
        acc = acc << 6 | a.iter().position(|x| *x == c)? as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

impl Encoding {
    pub fn from_ranks(text: &str) -> Option<Encoding> {
        let mut ranks = HashMap::new();
        for line in text.lines().filter(|l| !l.is_empty()) {
            let (tok, rank) = line.split_once(' ')?;
            ranks.insert(unb64(tok)?, rank.parse().ok()?);
        }
        let decoder = ranks.iter().map(|(k, v)| (*v, k.clone())).collect();
        Some(Encoding { ranks, decoder })
    }

    pub fn from_ranks_file(path: &str) -> std::io::Result<Encoding> {
        let t = std::fs::read_to_string(path)?;
        Encoding::from_ranks(&t).ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, "bad rank file"))
    }

    fn merge(&self, piece: &[u8]) -> Vec<u32> {
        let mut parts: Vec<Vec<u8>> = piece.iter().map(|b| vec![*b]).collect();
        loop {
            let mut best: Option<(usize, u32)> = None;
            for i in 0..parts.len().saturating_sub(1) {
                let joined = [parts[i].as_slice(), parts[i + 1].as_slice()].concat();
                if let Some(&r) = self.ranks.get(&joined) {
                    if best.map(|(_, br)| r < br).unwrap_or(true) {
                        best = Some((i, r));
                    }
                }
            }
            let Some((i, _)) = best else { break };
            let next = parts.remove(i + 1);
            parts[i].extend(next);
        }
        parts.iter().filter_map(|p| self.ranks.get(p).copied()).collect()
    }

    pub fn encode(&self, text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut start = 0;
        let b = text.as_bytes();
        for i in 1..=b.len() {
            if i == b.len() || b[i] == b' ' {
                out.extend(self.merge(&b[start..i]));
                start = i;
            }
        }
        out
    }

    pub fn decode(&self, ids: &[u32]) -> String {
        let bytes: Vec<u8> = ids.iter().filter_map(|i| self.decoder.get(i)).flatten().copied().collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    pub fn count(&self, text: &str) -> usize {
        self.encode(text).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_pairs() {
        // "a"=0 "b"=1 "ab"=2
        let e = Encoding::from_ranks("YQ== 0\nYg== 1\nYWI= 2\n").unwrap();
        assert_eq!(e.encode("ab"), vec![2]);
        assert_eq!(e.decode(&[2]), "ab");
    }
}
