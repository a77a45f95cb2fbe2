use std::hash::{Hash, Hasher};

use crate::soundex::{metaphone_lite, soundex};

/// Nicknames folded to one given name before keying.
const NICKNAMES: &[(&str, &str)] = &[
    ("bill", "william"),
    ("will", "william"),
    ("bob", "robert"),
    ("rob", "robert"),
    ("kathy", "katherine"),
    ("kate", "katherine"),
    ("cathy", "catherine"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("jim", "james"),
    ("jon", "john"),
    ("peggy", "margaret"),
    ("meg", "margaret"),
];

/// Blocking key for a person: Soundex of the surname plus the first two
/// Metaphone sounds of the (nickname-folded) given name. Two keys are equal
/// when the names sound alike; `Hash` is consistent with that equality.
#[derive(Clone, Debug, Eq)]
pub struct PhoneticKey {
    surname: String,
    given: String,
}

impl PhoneticKey {
    pub fn new(given: &str, surname: &str) -> Self {
        let g = given.trim().to_lowercase();
        let g = NICKNAMES.iter().find(|(n, _)| *n == g).map(|(_, f)| f.to_string()).unwrap_or(g);
        let mut mp = metaphone_lite(&g);
        mp.truncate(2);
        PhoneticKey { surname: soundex(surname), given: mp }
    }
}

impl PartialEq for PhoneticKey {
    fn eq(&self, other: &Self) -> bool {
        self.surname == other.surname && self.given == other.given
    }
}

impl Hash for PhoneticKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        crate::audit::keyed();
        self.surname.hash(state);
        self.given.hash(state);
    }
}
