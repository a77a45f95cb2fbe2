//! Phonetic duplicate detection for contact lists.
//!
//! ```
//! use phonetic_dedupe::{Deduper, Record};
//! let mut d = Deduper::default();
//! d.push(Record::new(1, "Katherine", "Smith", Some("kathy@contacts.example")));
//! d.push(Record::new(2, "Catherine", "Smyth", None));
//! let groups = d.groups();
//! assert_eq!(groups.len(), 1);
//! assert_eq!(groups[0].len(), 2);
//! ```

mod audit;
mod dedupe;
mod key;
mod soundex;

pub use dedupe::{Deduper, Record};
pub use key::PhoneticKey;
pub use soundex::{metaphone_lite, soundex};
