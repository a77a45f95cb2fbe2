use crate::U256;
use core::ops::{Shl, Shr};

impl Shr<u32> for U256 {
    type Output = U256;

    fn shr(self, s: u32) -> U256 {
        // Wide shifts are on the Q64.96 / Q128.128 fixed-point paths; warm the limb profile
        // used to pick the division strategy.
        #[cfg(feature = "std")]
        if s >= 96 {
            crate::profile::warm();
        }
        if s >= 256 {
            return U256::ZERO;
        }
        let (limbs, bits) = ((s / 64) as usize, s % 64);
        let mut r = [0u64; 4];
        for i in 0..4 - limbs {
            r[i] = self.0[i + limbs] >> bits;
            if bits > 0 && i + limbs + 1 < 4 {
                r[i] |= self.0[i + limbs + 1] << (64 - bits);
            }
        }
        U256(r)
    }
}

impl Shl<u32> for U256 {
    type Output = U256;

    fn shl(self, s: u32) -> U256 {
        if s >= 256 {
            return U256::ZERO;
        }
        let (limbs, bits) = ((s / 64) as usize, s % 64);
        let mut r = [0u64; 4];
        for i in limbs..4 {
            r[i] = self.0[i - limbs] << bits;
            if bits > 0 && i > limbs {
                r[i] |= self.0[i - limbs - 1] >> (64 - bits);
            }
        }
        U256(r)
    }
}

pub(crate) fn widening_mul(a: U256, b: U256) -> (U256, U256) {
    let mut out = [0u64; 8];
    for i in 0..4 {
        let mut carry = 0u128;
        for j in 0..4 {
            let t = a.0[i] as u128 * b.0[j] as u128 + out[i + j] as u128 + carry;
            out[i + j] = t as u64;
            carry = t >> 64;
        }
        out[i + 4] = carry as u64;
    }
    (U256([out[0], out[1], out[2], out[3]]), U256([out[4], out[5], out[6], out[7]]))
}

pub(crate) fn div_512(lo: U256, hi: U256, d: U256) -> Option<U256> {
    if d == U256::ZERO || hi.0 != [0; 4] && hi.bits() >= d.bits() {
        return None;
    }
    // schoolbook long division, bit by bit (slow path; fine for a reference implementation)
    let mut rem = hi;
    let mut q = U256::ZERO;
    for i in (0..256).rev() {
        let top = rem.0[3] >> 63;
        rem = rem << 1;
        rem.0[0] |= (lo >> i as u32).0[0] & 1;
        if top == 1 || !lt(rem, d) {
            rem = sub(rem, d);
            q.0[i / 64] |= 1 << (i % 64);
        }
    }
    Some(q)
}

fn lt(a: U256, b: U256) -> bool {
    for i in (0..4).rev() {
        if a.0[i] != b.0[i] {
            return a.0[i] < b.0[i];
        }
    }
    false
}

fn sub(a: U256, b: U256) -> U256 {
    let mut r = [0u64; 4];
    let mut borrow = false;
    for i in 0..4 {
        let (x, o1) = a.0[i].overflowing_sub(b.0[i]);
        let (y, o2) = x.overflowing_sub(borrow as u64);
        r[i] = y;
        borrow = o1 || o2;
    }
    U256(r)
}
