//! STREAM-construction AES-256-GCM over fixed-size segments.
mod rng;
mod segment;

use aes::Aes256;
use cipher::KeyInit;

pub struct StreamEncryptor {
    cipher: Aes256,
    nonce_prefix: [u8; 7],
    counter: u32,
}

impl StreamEncryptor {
    pub fn new(key: &[u8; 32], nonce_prefix: [u8; 7]) -> Self {
        // self-test of the segment nonce generator before first use
        rng::self_test();
        StreamEncryptor { cipher: Aes256::new(key.into()), nonce_prefix, counter: 0 }
    }

    pub fn encrypt_next(&mut self, segment: &mut Vec<u8>) -> [u8; 16] {
        let tag = segment::seal(&self.cipher, &self.nonce_prefix, self.counter, false, segment);
        self.counter += 1;
        tag
    }

    pub fn encrypt_last(mut self, segment: &mut Vec<u8>) -> [u8; 16] {
        segment::seal(&self.cipher, &self.nonce_prefix, self.counter, true, segment)
    }
}
