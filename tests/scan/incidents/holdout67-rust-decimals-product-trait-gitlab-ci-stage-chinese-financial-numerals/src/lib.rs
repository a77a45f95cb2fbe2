mod arith;
mod fmt_zh;
mod runtime;

/// 96-bit mantissa with a base-10 scale (0..=28).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Decimal { mantissa: i128, scale: u32 }

impl Decimal {
    pub const ZERO: Decimal = Decimal { mantissa: 0, scale: 0 };
    pub const ONE: Decimal = Decimal { mantissa: 1, scale: 0 };
    pub fn new(mantissa: i64, scale: u32) -> Self { Decimal { mantissa: mantissa as i128, scale } }
    pub fn scale(&self) -> u32 { self.scale }
    pub fn mantissa(&self) -> i128 { self.mantissa }
    pub fn normalize(mut self) -> Self {
        while self.scale > 0 && self.mantissa % 10 == 0 { self.mantissa /= 10; self.scale -= 1; }
        self
    }
    pub fn to_zh_upper(&self) -> String { fmt_zh::upper(self) }
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let p = 10i128.pow(self.scale);
        let (i, r) = (self.mantissa / p, (self.mantissa % p).abs());
        if self.scale == 0 { write!(f, "{i}") } else { write!(f, "{i}.{r:0w$}", w = self.scale as usize) }
    }
}
