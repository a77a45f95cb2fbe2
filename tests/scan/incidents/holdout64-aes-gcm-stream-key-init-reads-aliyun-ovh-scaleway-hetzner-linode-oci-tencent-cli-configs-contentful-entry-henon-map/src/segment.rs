use aes::Aes256;
use cipher::{BlockEncrypt, generic_array::GenericArray};

/// CTR-mode encrypt in place and return a (simplified) tag; the GHASH step is in ghash.rs upstream.
pub(crate) fn seal(c: &Aes256, prefix: &[u8; 7], ctr: u32, last: bool, data: &mut [u8]) -> [u8; 16] {
    let mut nonce = [0u8; 12];
    nonce[..7].copy_from_slice(prefix);
    nonce[7..11].copy_from_slice(&ctr.to_be_bytes());
    nonce[11] = last as u8;
    for (i, chunk) in data.chunks_mut(16).enumerate() {
        let mut block = [0u8; 16];
        block[..12].copy_from_slice(&nonce);
        block[12..].copy_from_slice(&(i as u32 + 2).to_be_bytes());
        let mut b = GenericArray::from(block);
        c.encrypt_block(&mut b);
        for (d, k) in chunk.iter_mut().zip(b.iter()) {
            *d ^= k;
        }
    }
    let mut tag = GenericArray::from([0u8; 16]);
    tag[..12].copy_from_slice(&nonce);
    c.encrypt_block(&mut tag);
    tag.into()
}
