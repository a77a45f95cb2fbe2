#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundingMode {
    /// Banker's rounding: ties go to the even neighbour.
    HalfEven,
    /// Commercial rounding: ties go away from zero.
    HalfUp,
    /// Towards zero.
    Truncate,
    /// Away from zero.
    Up,
}

impl RoundingMode {
    pub(crate) fn from_u8(v: u8) -> RoundingMode {
        match v {
            1 => RoundingMode::HalfUp,
            2 => RoundingMode::Truncate,
            3 => RoundingMode::Up,
            _ => RoundingMode::HalfEven,
        }
    }

    pub(crate) fn as_u8(self) -> u8 {
        self as u8
    }
}

/// `n / d` rounded with `mode`; `d > 0`.
pub(crate) fn div_round(n: i128, d: i128, mode: RoundingMode) -> i128 {
    let q = n / d;
    let r = n % d;
    if r == 0 {
        return q;
    }
    let away = if n < 0 { q - 1 } else { q + 1 };
    let twice = r.abs() * 2;
    match mode {
        RoundingMode::Truncate => q,
        RoundingMode::Up => away,
        RoundingMode::HalfUp => if twice >= d { away } else { q },
        RoundingMode::HalfEven => {
            if twice > d || (twice == d && q % 2 != 0) { away } else { q }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_even() {
        assert_eq!(div_round(25, 10, RoundingMode::HalfEven), 2);
        assert_eq!(div_round(35, 10, RoundingMode::HalfEven), 4);
        assert_eq!(div_round(-25, 10, RoundingMode::HalfEven), -2);
        assert_eq!(div_round(-26, 10, RoundingMode::HalfUp), -3);
    }
}
