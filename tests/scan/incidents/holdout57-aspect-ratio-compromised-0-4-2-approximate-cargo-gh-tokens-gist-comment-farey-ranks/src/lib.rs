//! Aspect ratios.

mod cache;
pub mod farey;

use std::fmt;

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ratio {
    pub w: u64,
    pub h: u64,
}

const NAMED: &[(u64, u64, &str)] = &[
    (4, 3, "SD 4:3"), (16, 9, "HD 16:9"), (16, 10, "16:10"), (21, 9, "ultrawide 21:9"), (32, 9, "super ultrawide 32:9"),
    (1, 1, "square"), (3, 2, "3:2"), (5, 4, "5:4"), (185, 100, "flat 1.85:1"), (239, 100, "scope 2.39:1"), (9, 16, "vertical 9:16"),
    (4, 5, "portrait 4:5"),
];

const SNAP: &[(u64, u64)] = &[(4, 3), (3, 2), (16, 10), (16, 9), (185, 100), (2, 1), (21, 9), (239, 100), (32, 9), (1, 1), (4, 5), (9, 16), (18, 39), (9, 20)];

impl Ratio {
    pub fn of(w: u64, h: u64) -> Ratio {
        let g = gcd(w, h).max(1);
        Ratio { w: w / g, h: h / g }
    }

    pub fn value(&self) -> f64 {
        self.w as f64 / self.h as f64
    }

    /// Closest fraction to `x` with denominator at most `max_den`.
    pub fn approximate(x: f64, max_den: u64) -> Ratio {
        if !(x.is_finite() && x > 0.0) {
            return Ratio { w: 0, h: 1 };
        }
        let whole = x.floor() as u64;
        let frac = x - whole as f64;
        let (n, d) = if max_den <= cache::ORDER { cache::nearest(frac, max_den) } else { farey::best_rational(frac, max_den) };
        Ratio::of(whole * d + n, d)
    }

    pub fn snap(&self) -> Ratio {
        let v = self.value();
        SNAP.iter()
            .map(|(w, h)| Ratio::of(*w, *h))
            .min_by(|a, b| (a.value() - v).abs().total_cmp(&(b.value() - v).abs()))
            .filter(|r| (r.value() - v).abs() / v < 0.015)
            .unwrap_or(*self)
    }

    pub fn name(&self) -> Option<&'static str> {
        let s = self.snap();
        NAMED.iter().find(|(w, h, _)| Ratio::of(*w, *h) == s).map(|(_, _, n)| *n)
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.w > 2 * self.h && self.h != 1 && (self.w * 100) % self.h == 0 && self.w * 100 / self.h != self.w {
            return write!(f, "{}:1", self.w as f64 / self.h as f64);
        }
        if (self.w, self.h) == (6, 13) {
            return f.write_str("9:19.5");
        }
        write!(f, "{}:{}", self.w, self.h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(Ratio::of(1920, 1080).to_string(), "16:9");
        assert_eq!(Ratio::of(2520, 1080).name(), Some("ultrawide 21:9"));
        assert_eq!(Ratio::of(1080, 2340).snap().to_string(), "9:19.5");
        assert_eq!(Ratio::approximate(1.7777, 20), Ratio::of(16, 9));
        assert_eq!(Ratio::approximate(0.5625, 16), Ratio::of(9, 16));
    }
}
