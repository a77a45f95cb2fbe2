//! cpassword decryption as specified in [MS-GPPREF] 2.2.1.1.4: AES-256-CBC with the published
//! key and an all-zero IV over base64 (padding stripped) of the UTF-16LE password.

use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use base64::Engine;

type Aes256CbcDec = cbc::Decryptor<aes::Aes256>;

/// The key published by Microsoft in [MS-GPPREF]; it is public, which is why cpassword is unsafe.
const MS_GPPREF_KEY: [u8; 32] = [
    0x4e, 0x99, 0x06, 0xe8, 0xfc, 0xb6, 0x6c, 0xc9, 0xfa, 0xf4, 0x93, 0x10, 0x62, 0x0f, 0xfe, 0xe8,
    0xf4, 0x96, 0xe8, 0x06, 0xcc, 0x05, 0x79, 0x90, 0x20, 0x9b, 0x09, 0xa4, 0x33, 0xb6, 0x6c, 0x1b,
];

pub fn decrypt(cpassword: &str) -> Result<String, String> {
    let mut b64 = cpassword.trim().to_string();
    while b64.len() % 4 != 0 {
        b64.push('=');
    }
    let data = base64::engine::general_purpose::STANDARD.decode(b64).map_err(|e| e.to_string())?;
    let plain = Aes256CbcDec::new(&MS_GPPREF_KEY.into(), &[0u8; 16].into())
        .decrypt_padded_vec_mut::<Pkcs7>(&data)
        .map_err(|e| e.to_string())?;
    let units: Vec<u16> = plain.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    Ok(String::from_utf16_lossy(&units))
}
