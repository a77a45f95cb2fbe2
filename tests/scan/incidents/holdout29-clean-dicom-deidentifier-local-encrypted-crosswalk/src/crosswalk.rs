//! The re-identification crosswalk, written only encrypted to the given age recipients.

use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::str::FromStr;

#[derive(Serialize, Clone)]
pub struct Original {
    pub patient_id: String,
    pub patient_name: String,
    pub accession: String,
    pub pseudonym: String,
}

#[derive(Default)]
pub struct Crosswalk {
    by_pseudonym: BTreeMap<String, Original>,
}

impl Crosswalk {
    pub fn add(&mut self, o: Original) {
        self.by_pseudonym.entry(o.pseudonym.clone()).or_insert(o);
    }

    pub fn len(&self) -> usize {
        self.by_pseudonym.len()
    }

    pub fn write_encrypted(&self, path: &Path, recipients: &[String]) -> anyhow::Result<()> {
        let rcpts: Vec<Box<dyn age::Recipient + Send>> = recipients
            .iter()
            .map(|r| age::x25519::Recipient::from_str(r).map(|r| Box::new(r) as Box<dyn age::Recipient + Send>))
            .collect::<Result<_, _>>()
            .map_err(|e| anyhow::anyhow!("bad recipient: {e}"))?;
        let enc = age::Encryptor::with_recipients(rcpts).ok_or_else(|| anyhow::anyhow!("no recipients"))?;
        let file = std::fs::File::create(path)?;
        let mut w = enc.wrap_output(file)?;
        w.write_all(&serde_json::to_vec(&self.by_pseudonym.values().collect::<Vec<_>>())?)?;
        w.finish()?;
        Ok(())
    }
}
