//! Uniswap v3 TickMath, bit-exact with `TickMath.sol`.

use alloy_primitives::U256;

pub const MIN_TICK: i32 = -887272;
pub const MAX_TICK: i32 = -MIN_TICK;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TickError {
    #[error("tick {0} outside [{MIN_TICK}, {MAX_TICK}]")]
    TickOutOfRange(i32),
    #[error("sqrt price outside [MIN_SQRT_RATIO, MAX_SQRT_RATIO)")]
    PriceOutOfRange,
}

pub fn min_sqrt_ratio() -> U256 {
    U256::from(4295128739u64)
}

pub fn max_sqrt_ratio() -> U256 {
    U256::from_str_radix("1461446703485210103287273052203988822378723970342", 10).unwrap()
}

const RATIOS: [(u32, &str); 19] = [
    (0x2, "fff97272373d413259a46990580e213a"),
    (0x4, "fff2e50f5f656932ef12357cf3c7fdcc"),
    (0x8, "ffe5caca7e10e4e61c3624eaa0941cd0"),
    (0x10, "ffcb9843d60f6159c9db58835c926644"),
    (0x20, "ff973b41fa98c081472e6896dfb254c0"),
    (0x40, "ff2ea16466c96a3843ec78b326b52861"),
    (0x80, "fe5dee046a99a2a811c461f1969c3053"),
    (0x100, "fcbe86c7900a88aedcffc83b479aa3a4"),
    (0x200, "f987a7253ac413176f2b074cf7815e54"),
    (0x400, "f3392b0822b70005940c7a398e4b70f3"),
    (0x800, "e7159475a2c29b7443b29c7fa6e889d9"),
    (0x1000, "d097f3bdfd2022b8845ad8f792aa5825"),
    (0x2000, "a9f746462d870fdf8a65dc1f90e061e5"),
    (0x4000, "70d869a156d2a1b890bb3df62baf32f7"),
    (0x8000, "31be135f97d08fd981231505542fcfa6"),
    (0x10000, "9aa508b5b7a84e1c677de54f3e99bc9"),
    (0x20000, "5d6af8dedb81196699c329225ee604"),
    (0x40000, "2216e584f5fa1ea926041bedfe98"),
    (0x80000, "48a170391f7dc42444e8fa2"),
];

/// `getSqrtRatioAtTick`: sqrt(1.0001^tick) * 2^96, rounded up.
pub fn sqrt_ratio_at_tick(tick: i32) -> Result<U256, TickError> {
    let abs = tick.unsigned_abs();
    if abs > MAX_TICK as u32 {
        return Err(TickError::TickOutOfRange(tick));
    }
    let mut ratio = if abs & 0x1 != 0 {
        U256::from_str_radix("fffcb933bd6fad37aa2d162d1a594001", 16).unwrap()
    } else {
        U256::from(1u8) << 128
    };
    for (bit, hex) in RATIOS {
        if abs & bit != 0 {
            ratio = (ratio * U256::from_str_radix(hex, 16).unwrap()) >> 128;
        }
    }
    if tick > 0 {
        ratio = U256::MAX / ratio;
    }
    let shifted = ratio >> 32;
    let round_up = if ratio % (U256::from(1u8) << 32) == U256::ZERO { U256::ZERO } else { U256::from(1u8) };
    Ok(shifted + round_up)
}

/// `getTickAtSqrtRatio` by binary search over `sqrt_ratio_at_tick` (same result as the
/// log-based Solidity version, slower but obviously correct).
pub fn tick_at_sqrt_ratio(sqrt_price_x96: U256) -> Result<i32, TickError> {
    if sqrt_price_x96 < min_sqrt_ratio() || sqrt_price_x96 >= max_sqrt_ratio() {
        return Err(TickError::PriceOutOfRange);
    }
    let (mut lo, mut hi) = (MIN_TICK, MAX_TICK);
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if sqrt_ratio_at_tick(mid)? <= sqrt_price_x96 {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Ok(lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        assert_eq!(sqrt_ratio_at_tick(MIN_TICK).unwrap(), min_sqrt_ratio());
        assert_eq!(sqrt_ratio_at_tick(MAX_TICK).unwrap(), max_sqrt_ratio());
        assert_eq!(sqrt_ratio_at_tick(0).unwrap(), U256::from(1u8) << 96);
    }

    #[test]
    fn roundtrip() {
        for t in [-50_000, -1, 0, 1, 12_345] {
            assert_eq!(tick_at_sqrt_ratio(sqrt_ratio_at_tick(t).unwrap()).unwrap(), t);
        }
    }
}
