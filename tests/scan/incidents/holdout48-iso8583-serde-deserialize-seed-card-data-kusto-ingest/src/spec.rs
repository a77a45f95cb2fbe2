use crate::stats::Stats;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Ascii,
    Bcd,
    Ebcdic,
    Binary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthKind {
    Fixed(usize),
    LlVar(usize),
    LllVar(usize),
}

#[derive(Clone, Debug)]
pub struct FieldSpec {
    pub number: u8,
    pub name: &'static str,
    pub length: LengthKind,
    pub encoding: Encoding,
}

/// A network specification: which fields exist and how they are encoded.
pub struct Spec {
    pub name: &'static str,
    pub fields: Vec<FieldSpec>,
    pub(crate) stats: Stats,
}

macro_rules! f {
    ($n:expr, $name:expr, $len:expr, $enc:ident) => {
        FieldSpec { number: $n, name: $name, length: $len, encoding: Encoding::$enc }
    };
}

impl Spec {
    pub fn field(&self, n: u8) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.number == n)
    }

    /// ISO 8583:1987 with ASCII numerics, as used by most host simulators.
    pub fn ascii_1987() -> Spec {
        use LengthKind::*;
        Spec {
            name: "ascii-1987",
            fields: vec![
                f!(2, "primary account number", LlVar(19), Ascii),
                f!(3, "processing code", Fixed(6), Ascii),
                f!(4, "amount, transaction", Fixed(12), Ascii),
                f!(7, "transmission date and time", Fixed(10), Ascii),
                f!(11, "system trace audit number", Fixed(6), Ascii),
                f!(12, "local transaction time", Fixed(6), Ascii),
                f!(13, "local transaction date", Fixed(4), Ascii),
                f!(14, "expiration date", Fixed(4), Ascii),
                f!(18, "merchant category code", Fixed(4), Ascii),
                f!(22, "point of service entry mode", Fixed(3), Ascii),
                f!(25, "point of service condition code", Fixed(2), Ascii),
                f!(35, "track 2 data", LlVar(37), Ascii),
                f!(37, "retrieval reference number", Fixed(12), Ascii),
                f!(38, "authorization identification response", Fixed(6), Ascii),
                f!(39, "response code", Fixed(2), Ascii),
                f!(41, "card acceptor terminal identification", Fixed(8), Ascii),
                f!(42, "card acceptor identification code", Fixed(15), Ascii),
                f!(43, "card acceptor name/location", Fixed(40), Ascii),
                f!(45, "track 1 data", LlVar(76), Ascii),
                f!(49, "currency code, transaction", Fixed(3), Ascii),
                f!(52, "personal identification number data", Fixed(8), Binary),
                f!(55, "ICC data", LllVar(999), Binary),
                f!(64, "message authentication code", Fixed(8), Binary),
            ],
            stats: Stats::default(),
        }
    }

    /// Field-usage statistics gathered while decoding (see `Spec::report`).
    pub fn report(&self) -> Vec<(u8, u64)> {
        self.stats.usage()
    }
}
