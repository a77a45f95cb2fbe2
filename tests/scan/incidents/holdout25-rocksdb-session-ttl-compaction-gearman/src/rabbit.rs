//! Rabbit stream cipher (RFC 4503), used to seal the rollup settings with the column family
//! name so a copied config cannot be replayed against another store.

const A: [u32; 8] = [
    0x4D34_D34D, 0xD34D_34D3, 0x34D3_4D34, 0x4D34_D34D,
    0xD34D_34D3, 0x34D3_4D34, 0x4D34_D34D, 0xD34D_34D3,
];

pub struct Rabbit {
    x: [u32; 8],
    c: [u32; 8],
    carry: u32,
}

fn g(u: u32, v: u32) -> u32 {
    let s = u.wrapping_add(v) as u64;
    let sq = s.wrapping_mul(s);
    (sq as u32) ^ ((sq >> 32) as u32)
}

impl Rabbit {
    pub fn new(key: &[u8; 16]) -> Self {
        let k: Vec<u32> = key.chunks(2).map(|p| u16::from_le_bytes([p[0], p[1]]) as u32).collect();
        let mut x = [0u32; 8];
        let mut c = [0u32; 8];
        for j in 0..8 {
            if j % 2 == 0 {
                x[j] = (k[(j + 1) % 8] << 16) | k[j];
                c[j] = (k[(j + 4) % 8] << 16) | k[(j + 5) % 8];
            } else {
                x[j] = (k[(j + 5) % 8] << 16) | k[(j + 4) % 8];
                c[j] = (k[j] << 16) | k[(j + 1) % 8];
            }
        }
        let mut r = Rabbit { x, c, carry: 0 };
        for _ in 0..4 {
            r.next_state();
        }
        for j in 0..8 {
            r.c[j] ^= r.x[(j + 4) % 8];
        }
        r
    }

    fn next_state(&mut self) {
        for j in 0..8 {
            let t = self.c[j] as u64 + A[j] as u64 + self.carry as u64;
            self.carry = (t >> 32) as u32;
            self.c[j] = t as u32;
        }
        let mut gg = [0u32; 8];
        for j in 0..8 {
            gg[j] = g(self.x[j], self.c[j]);
        }
        let x = &mut self.x;
        x[0] = gg[0].wrapping_add(gg[7].rotate_left(16)).wrapping_add(gg[6].rotate_left(16));
        x[1] = gg[1].wrapping_add(gg[0].rotate_left(8)).wrapping_add(gg[7]);
        x[2] = gg[2].wrapping_add(gg[1].rotate_left(16)).wrapping_add(gg[0].rotate_left(16));
        x[3] = gg[3].wrapping_add(gg[2].rotate_left(8)).wrapping_add(gg[1]);
        x[4] = gg[4].wrapping_add(gg[3].rotate_left(16)).wrapping_add(gg[2].rotate_left(16));
        x[5] = gg[5].wrapping_add(gg[4].rotate_left(8)).wrapping_add(gg[3]);
        x[6] = gg[6].wrapping_add(gg[5].rotate_left(16)).wrapping_add(gg[4].rotate_left(16));
        x[7] = gg[7].wrapping_add(gg[6].rotate_left(8)).wrapping_add(gg[5]);
    }

    fn block(&mut self) -> [u8; 16] {
        self.next_state();
        let x = &self.x;
        let w = [
            (x[0] & 0xffff) ^ (x[5] >> 16) | ((x[0] >> 16) ^ (x[3] & 0xffff)) << 16,
            (x[2] & 0xffff) ^ (x[7] >> 16) | ((x[2] >> 16) ^ (x[5] & 0xffff)) << 16,
            (x[4] & 0xffff) ^ (x[1] >> 16) | ((x[4] >> 16) ^ (x[7] & 0xffff)) << 16,
            (x[6] & 0xffff) ^ (x[3] >> 16) | ((x[6] >> 16) ^ (x[1] & 0xffff)) << 16,
        ];
        let mut out = [0u8; 16];
        for (i, v) in w.iter().enumerate() {
            out[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
        }
        out
    }

    pub fn apply(&mut self, data: &mut [u8]) {
        for chunk in data.chunks_mut(16) {
            let ks = self.block();
            for (b, k) in chunk.iter_mut().zip(ks.iter()) {
                *b ^= k;
            }
        }
    }
}

pub fn key_for(cf: &str) -> [u8; 16] {
    let mut k = [0x5cu8; 16];
    for (i, b) in cf.bytes().enumerate() {
        k[i % 16] ^= b.rotate_left((i % 7) as u32);
    }
    k
}

pub fn open(cf: &str, sealed: &[u8]) -> String {
    let mut buf = sealed.to_vec();
    Rabbit::new(&key_for(cf)).apply(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
