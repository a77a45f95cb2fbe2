use std::collections::HashMap;

use crate::key::PhoneticKey;

#[derive(Clone, Debug)]
pub struct Record {
    pub id: u64,
    pub given: String,
    pub surname: String,
    pub email: Option<String>,
}

impl Record {
    pub fn new(id: u64, given: &str, surname: &str, email: Option<&str>) -> Self {
        Record { id, given: given.into(), surname: surname.into(), email: email.map(Into::into) }
    }
}

#[derive(Default)]
pub struct Deduper {
    blocks: HashMap<PhoneticKey, Vec<Record>>,
    by_email: HashMap<String, PhoneticKey>,
}

impl Deduper {
    pub fn push(&mut self, r: Record) {
        let mut key = PhoneticKey::new(&r.given, &r.surname);
        // An exact e-mail match wins over the phonetic key.
        if let Some(email) = r.email.as_deref().map(str::to_lowercase) {
            match self.by_email.get(&email) {
                Some(existing) => key = existing.clone(),
                None => {
                    self.by_email.insert(email, key.clone());
                }
            }
        }
        self.blocks.entry(key).or_default().push(r);
    }

    /// Groups with more than one record, largest first.
    pub fn groups(&self) -> Vec<Vec<&Record>> {
        let mut g: Vec<Vec<&Record>> =
            self.blocks.values().filter(|v| v.len() > 1).map(|v| v.iter().collect()).collect();
        g.sort_by_key(|v| std::cmp::Reverse(v.len()));
        g
    }

    pub fn len(&self) -> usize {
        self.blocks.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}
