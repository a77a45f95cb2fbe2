//! A set's `add` takes `&mut self`: an insertion, not an operator (the crate also compares
//! the clock with a date).
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Tags(Vec<String>);

impl Tags {
    pub fn add(&mut self, tag: &str) {
        self.0.push(tag.to_owned());
    }
}

pub fn trial_over() -> bool {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() >= 1_830_297_600).unwrap_or(false)
}
