use crate::consts::K;

macro_rules! sched {
    ($w:ident, $i:expr) => {{
        let s0 = $w[($i + 1) & 15].rotate_right(7) ^ $w[($i + 1) & 15].rotate_right(18) ^ ($w[($i + 1) & 15] >> 3);
        let s1 = $w[($i + 14) & 15].rotate_right(17) ^ $w[($i + 14) & 15].rotate_right(19) ^ ($w[($i + 14) & 15] >> 10);
        $w[$i & 15] = $w[$i & 15].wrapping_add(s0).wrapping_add($w[($i + 9) & 15]).wrapping_add(s1);
        $w[$i & 15]
    }};
}

pub fn compress_block(state: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 16];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for i in 0..64 {
        let wi = if i < 16 { w[i] } else { sched!(w, i) };
        let t1 = h
            .wrapping_add(e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25))
            .wrapping_add((e & f) ^ (!e & g))
            .wrapping_add(K[i])
            .wrapping_add(wi);
        let t2 = (a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22)).wrapping_add((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d.wrapping_add(t1);
        d = c; c = b; b = a; a = t1.wrapping_add(t2);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}
