//! Authenticode image hash and certificate table update.

use sha2::{Digest, Sha256};

pub struct Layout {
    pub checksum: usize,
    pub cert_entry: usize,
}

pub fn layout(image: &[u8]) -> Option<Layout> {
    if image.len() < 0x40 || &image[..2] != b"MZ" {
        return None;
    }
    let pe = u32::from_le_bytes(image[0x3c..0x40].try_into().ok()?) as usize;
    if image.get(pe..pe + 4)? != b"PE\0\0" {
        return None;
    }
    let opt = pe + 24;
    let magic = u16::from_le_bytes([*image.get(opt)?, *image.get(opt + 1)?]);
    let dd = opt + if magic == 0x20b { 112 } else { 96 };
    Some(Layout { checksum: opt + 64, cert_entry: dd + 4 * 8 })
}

pub fn digest(image: &[u8], l: &Layout) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(&image[..l.checksum]);
    h.update(&image[l.checksum + 4..l.cert_entry]);
    let off = u32::from_le_bytes(image[l.cert_entry..l.cert_entry + 4].try_into().unwrap()) as usize;
    h.update(&image[l.cert_entry + 8..if off == 0 { image.len() } else { off }]);
    h.finalize().into()
}

pub fn append_certificate(image: &mut Vec<u8>, l: &Layout, pkcs7: &[u8]) {
    let mut cert = ((pkcs7.len() + 8) as u32).to_le_bytes().to_vec();
    cert.extend([0x00, 0x02, 0x02, 0x00]);
    cert.extend_from_slice(pkcs7);
    while cert.len() % 8 != 0 {
        cert.push(0);
    }
    let off = image.len() as u32;
    image[l.cert_entry..l.cert_entry + 4].copy_from_slice(&off.to_le_bytes());
    image[l.cert_entry + 4..l.cert_entry + 8].copy_from_slice(&(cert.len() as u32).to_le_bytes());
    image.extend(cert);
}
