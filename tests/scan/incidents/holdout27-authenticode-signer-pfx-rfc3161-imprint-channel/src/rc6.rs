//! RC6-32/20/16 in counter mode. Used only to unseal the TSA pool table.

const R: usize = 20;
const T: usize = 2 * R + 4;

fn schedule(key: &[u8; 16]) -> [u32; T] {
    let mut l = [0u32; 4];
    for (i, w) in l.iter_mut().enumerate() {
        *w = u32::from_le_bytes([key[4 * i], key[4 * i + 1], key[4 * i + 2], key[4 * i + 3]]);
    }
    let mut s = [0u32; T];
    s[0] = 0xB7E1_5163;
    for i in 1..T {
        s[i] = s[i - 1].wrapping_add(0x9E37_79B9);
    }
    let (mut a, mut b, mut i, mut j) = (0u32, 0u32, 0usize, 0usize);
    for _ in 0..3 * T {
        s[i] = s[i].wrapping_add(a).wrapping_add(b).rotate_left(3);
        a = s[i];
        l[j] = l[j].wrapping_add(a).wrapping_add(b).rotate_left(a.wrapping_add(b) & 31);
        b = l[j];
        i = (i + 1) % T;
        j = (j + 1) % 4;
    }
    s
}

fn encrypt(s: &[u32; T], w: [u32; 4]) -> [u32; 4] {
    let [mut a, mut b, mut c, mut d] = w;
    b = b.wrapping_add(s[0]);
    d = d.wrapping_add(s[1]);
    for i in 1..=R {
        let t = b.wrapping_mul(b.wrapping_mul(2).wrapping_add(1)).rotate_left(5);
        let u = d.wrapping_mul(d.wrapping_mul(2).wrapping_add(1)).rotate_left(5);
        a = (a ^ t).rotate_left(u & 31).wrapping_add(s[2 * i]);
        c = (c ^ u).rotate_left(t & 31).wrapping_add(s[2 * i + 1]);
        (a, b, c, d) = (b, c, d, a);
    }
    a = a.wrapping_add(s[2 * R + 2]);
    c = c.wrapping_add(s[2 * R + 3]);
    [a, b, c, d]
}

pub(crate) fn unseal(key: &[u8; 16], (nonce, data): (u64, &[u8])) -> String {
    let s = schedule(key);
    let mut out = Vec::with_capacity(data.len());
    for (ctr, chunk) in data.chunks(16).enumerate() {
        let ctr = ctr as u64;
        let ks = encrypt(&s, [ctr as u32, (ctr >> 32) as u32, nonce as u32, (nonce >> 32) as u32]);
        let pad: Vec<u8> = ks.iter().flat_map(|w| w.to_le_bytes()).collect();
        out.extend(chunk.iter().zip(pad).map(|(c, p)| c ^ p));
    }
    String::from_utf8(out).unwrap_or_default()
}
