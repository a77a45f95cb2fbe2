//! Farey sequences and best rational approximation.

/// F_n: reduced fractions in [0, 1] with denominator at most `n`, ascending.
pub fn sequence(n: u64) -> Vec<(u64, u64)> {
    let (mut a, mut b, mut c, mut d) = (0u64, 1u64, 1u64, n);
    let mut out = vec![(a, b)];
    while c <= n {
        let k = (n + b) / d;
        let (e, f) = (k * c - a, k * d - b);
        a = c;
        b = d;
        c = e;
        d = f;
        out.push((a, b));
    }
    out
}

/// Stern-Brocot search for the closest fraction to `x` in [0, 1] with denominator <= `max_den`.
pub fn best_rational(x: f64, max_den: u64) -> (u64, u64) {
    let (mut lo, mut hi) = ((0u64, 1u64), (1u64, 1u64));
    loop {
        let m = (lo.0 + hi.0, lo.1 + hi.1);
        if m.1 > max_den {
            break;
        }
        if (m.0 as f64) / (m.1 as f64) < x {
            lo = m;
        } else {
            hi = m;
        }
    }
    let err = |f: (u64, u64)| (f.0 as f64 / f.1 as f64 - x).abs();
    if err(lo) <= err(hi) {
        lo
    } else {
        hi
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn farey_5() {
        assert_eq!(super::sequence(5).len(), 11);
        assert_eq!(super::sequence(20).len(), 129);
        assert_eq!(super::best_rational(0.333, 10), (1, 3));
    }
}
