#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Units {
    /// Powers of 1024: KiB, MiB, GiB ...
    #[default]
    Iec,
    /// Powers of 1000: kB, MB, GB ...
    Si,
}

impl Units {
    pub(crate) fn base(self) -> f64 {
        match self {
            Units::Iec => 1024.0,
            Units::Si => 1000.0,
        }
    }

    pub(crate) fn prefixes(self) -> [&'static str; 7] {
        match self {
            Units::Iec => ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"],
            Units::Si => ["", "k", "M", "G", "T", "P", "E"],
        }
    }
}
