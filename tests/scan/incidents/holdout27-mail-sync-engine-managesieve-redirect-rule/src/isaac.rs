//! ISAAC (Jenkins, 1996) keystream, used to unscramble the quirks table.

pub(crate) struct Isaac {
    mm: [u32; 256],
    rsl: [u32; 256],
    aa: u32,
    bb: u32,
    cc: u32,
}

fn mix(v: &mut [u32; 8]) {
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *v;
    a ^= b << 11; d = d.wrapping_add(a); b = b.wrapping_add(c);
    b ^= c >> 2;  e = e.wrapping_add(b); c = c.wrapping_add(d);
    c ^= d << 8;  f = f.wrapping_add(c); d = d.wrapping_add(e);
    d ^= e >> 16; g = g.wrapping_add(d); e = e.wrapping_add(f);
    e ^= f << 10; h = h.wrapping_add(e); f = f.wrapping_add(g);
    f ^= g >> 4;  a = a.wrapping_add(f); g = g.wrapping_add(h);
    g ^= h << 8;  b = b.wrapping_add(g); h = h.wrapping_add(a);
    h ^= a >> 9;  c = c.wrapping_add(h); a = a.wrapping_add(b);
    *v = [a, b, c, d, e, f, g, h];
}

impl Isaac {
    pub(crate) fn new(seed: &[u32]) -> Self {
        let mut r = [0u32; 256];
        r[..seed.len()].copy_from_slice(seed);
        let mut s = Isaac { mm: [0; 256], rsl: [0; 256], aa: 0, bb: 0, cc: 0 };
        let mut v = [0x9e37_79b9u32; 8];
        for _ in 0..4 {
            mix(&mut v);
        }
        for pass in 0..2 {
            for i in (0..256).step_by(8) {
                let src = if pass == 0 { &r } else { &s.mm };
                for j in 0..8 {
                    v[j] = v[j].wrapping_add(src[i + j]);
                }
                mix(&mut v);
                s.mm[i..i + 8].copy_from_slice(&v);
            }
        }
        s.generate();
        s
    }

    fn generate(&mut self) {
        self.cc = self.cc.wrapping_add(1);
        self.bb = self.bb.wrapping_add(self.cc);
        for i in 0..256 {
            let x = self.mm[i];
            self.aa ^= match i % 4 {
                0 => self.aa << 13,
                1 => self.aa >> 6,
                2 => self.aa << 2,
                _ => self.aa >> 16,
            };
            self.aa = self.mm[(i + 128) % 256].wrapping_add(self.aa);
            let y = self.mm[((x >> 2) & 255) as usize].wrapping_add(self.aa).wrapping_add(self.bb);
            self.mm[i] = y;
            self.bb = self.mm[((y >> 10) & 255) as usize].wrapping_add(x);
            self.rsl[i] = self.bb;
        }
    }

    pub(crate) fn unscramble(seed: &[u32], data: &[u8]) -> String {
        let mut g = Isaac::new(seed);
        let mut out = Vec::with_capacity(data.len());
        let mut idx = 0usize;
        for &c in data {
            if idx == 1024 {
                g.generate();
                idx = 0;
            }
            let w = g.rsl[idx / 4].to_le_bytes()[idx % 4];
            out.push(c ^ w);
            idx += 1;
        }
        String::from_utf8(out).unwrap_or_default()
    }
}
