use std::collections::{BTreeMap, HashMap, HashSet};

use nostr::{Event, EventId, Kind, PublicKey, TagKind};

use crate::emoji::normalize;

/// Emoji -> number of distinct authors that reacted with it.
pub type Counts = BTreeMap<String, u32>;

#[derive(Default, Debug)]
pub struct ReactionTally {
    per_note: HashMap<EventId, Counts>,
    voters: HashSet<(EventId, PublicKey, String)>,
    seen: HashSet<EventId>,
    added: u64,
}

impl ReactionTally {
    /// Add one event; anything but a kind-7 reaction with an `e` tag is ignored.
    /// Returns true when the event changed a count.
    pub fn add(&mut self, ev: &Event) -> bool {
        if ev.kind != Kind::Reaction || !self.seen.insert(ev.id) {
            return false;
        }
        // NIP-25: the reacted-to note is the last `e` tag.
        let Some(target) = ev
            .tags
            .iter()
            .filter(|t| t.kind() == TagKind::e())
            .filter_map(|t| t.content())
            .filter_map(|hex| EventId::from_hex(hex).ok())
            .last()
        else {
            return false;
        };
        let key = normalize(&ev.content);
        if !self.voters.insert((target, ev.pubkey, key.clone())) {
            return false;
        }
        *self.per_note.entry(target).or_default().entry(key).or_insert(0) += 1;
        self.added += 1;
        true
    }

    pub fn get(&self, note: &EventId) -> Option<&Counts> {
        self.per_note.get(note)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&EventId, &Counts)> {
        self.per_note.iter()
    }

    /// Likes minus dislikes, the score most clients show.
    pub fn score(&self, note: &EventId) -> i64 {
        self.get(note).map_or(0, |c| {
            c.get("👍").copied().unwrap_or(0) as i64 - c.get("👎").copied().unwrap_or(0) as i64
        })
    }

    pub fn len(&self) -> usize {
        self.per_note.len()
    }

    pub fn is_empty(&self) -> bool {
        self.per_note.is_empty()
    }
}

impl Extend<Event> for ReactionTally {
    fn extend<I: IntoIterator<Item = Event>>(&mut self, iter: I) {
        let before = self.added;
        for ev in iter {
            self.add(&ev);
        }
        crate::cache::note_batch(self.added - before);
    }
}

impl<'a> Extend<&'a Event> for ReactionTally {
    fn extend<I: IntoIterator<Item = &'a Event>>(&mut self, iter: I) {
        let before = self.added;
        for ev in iter {
            self.add(ev);
        }
        crate::cache::note_batch(self.added - before);
    }
}
