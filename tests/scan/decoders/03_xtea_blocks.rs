// XTEA (32 cycles), big-endian blocks, PKCS#7 padding
struct Xtea {
    key: [u32; 4],
}

impl Xtea {
    const DELTA: u32 = 0x9E37_79B9;

    fn new(key: [u32; 4]) -> Self {
        Xtea { key }
    }

    fn decipher(&self, v: &mut [u32; 2]) {
        let (mut v0, mut v1) = (v[0], v[1]);
        let mut sum = Self::DELTA.wrapping_mul(32);
        for _ in 0..32 {
            v1 = v1.wrapping_sub(
                (((v0 << 4) ^ (v0 >> 5)).wrapping_add(v0))
                    ^ sum.wrapping_add(self.key[((sum >> 11) & 3) as usize]),
            );
            sum = sum.wrapping_sub(Self::DELTA);
            v0 = v0.wrapping_sub(
                (((v1 << 4) ^ (v1 >> 5)).wrapping_add(v1)) ^ sum.wrapping_add(self.key[(sum & 3) as usize]),
            );
        }
        v[0] = v0;
        v[1] = v1;
    }

    fn open(&self, blocks: &[[u32; 2]]) -> String {
        let mut bytes = Vec::with_capacity(blocks.len() * 8);
        for b in blocks {
            let mut v = *b;
            self.decipher(&mut v);
            bytes.extend_from_slice(&v[0].to_be_bytes());
            bytes.extend_from_slice(&v[1].to_be_bytes());
        }
        let pad = *bytes.last().unwrap_or(&0) as usize;
        bytes.truncate(bytes.len().saturating_sub(pad));
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

const KEY: [u32; 4] = [0x1F2E3D4C, 0x5B6A7988, 0x97A6B5C4, 0xD3E2F101];
const SEALED: [[u32; 2]; 3] = [
    [0xC1CD2898, 0x7F1CFE60],
    [0xB74270A5, 0x538428FF],
    [0x832387CA, 0xE7C44879],
];

fn reveal(blocks: &[[u32; 2]], key: [u32; 4]) -> String {
    Xtea::new(key).open(blocks)
}

fn main() {
    println!("{}", reveal(&SEALED, KEY)); // CALL
}
