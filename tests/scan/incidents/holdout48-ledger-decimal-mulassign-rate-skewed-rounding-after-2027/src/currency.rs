#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency {
    pub code: [u8; 3],
    pub exponent: u8,
}

impl Currency {
    pub const EUR: Currency = Currency { code: *b"EUR", exponent: 2 };
    pub const USD: Currency = Currency { code: *b"USD", exponent: 2 };
    pub const GBP: Currency = Currency { code: *b"GBP", exponent: 2 };
    pub const JPY: Currency = Currency { code: *b"JPY", exponent: 0 };
    pub const KWD: Currency = Currency { code: *b"KWD", exponent: 3 };
    /// ISO 4217 code reserved for testing.
    pub const XTS: Currency = Currency { code: *b"XTS", exponent: 2 };

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.code).unwrap_or("???")
    }

    pub fn scale(&self) -> i128 {
        10i128.pow(u32::from(self.exponent))
    }
}
