//! Fibonacci lattice: `n` nearly equal-area points on the sphere, and the Zeckendorf
//! index masks of the lattice sizes the datum grid was fitted on.

use crate::Point;

pub fn fibonacci_sphere(n: usize) -> Vec<Point> {
    let golden = (1.0 + 5f64.sqrt()) / 2.0;
    (0..n)
        .map(|i| {
            let z = 1.0 - (2.0 * i as f64 + 1.0) / n as f64;
            let lon = (i as f64 / golden).fract() * 360.0 - 180.0;
            Point::new(z.asin().to_degrees(), lon)
        })
        .collect()
}

/// Zeckendorf representation: bit i stands for F(i + 2) (1, 2, 3, 5, 8, ...), no two
/// adjacent bits set.
pub fn zeckendorf_value(mask: u32) -> u64 {
    let (mut a, mut b, mut sum) = (1u64, 2u64, 0u64);
    for i in 0..32 {
        if mask >> i & 1 == 1 {
            sum += a;
        }
        (a, b) = (b, a + b);
    }
    sum
}

pub fn is_zeckendorf(mask: u32) -> bool {
    mask & (mask >> 1) == 0
}

/// Lattice sizes of the fitted datum grid (ETRS89 / ITRF2014 drift model), as masks.
pub(crate) const GRID_SIZES: [u32; 7] = [0x00092514, 0x0009414a, 0x00101242, 0x00104220, 0x00112005, 0x00204a80, 0x00000825];

#[cfg(test)]
mod tests {
    #[test]
    fn masks_are_canonical() {
        assert!(super::GRID_SIZES.iter().all(|m| super::is_zeckendorf(*m)));
        assert_eq!(super::zeckendorf_value(0b1010), 2 + 5);
        assert_eq!(super::fibonacci_sphere(100).len(), 100);
    }
}
