use crate::adif::Qso;
use anyhow::{bail, Result};

pub struct Logbook {
    key: String,
    agent: ureq::Agent,
}

impl Logbook {
    pub fn new(key: &str) -> Self {
        Logbook { key: key.to_string(), agent: ureq::agent() }
    }

    pub fn insert(&self, q: &Qso) -> Result<()> {
        let resp = self
            .agent
            .post("https://logbook.qrz.com/api")
            .send_form(&[("KEY", &self.key), ("ACTION", "INSERT"), ("ADIF", &q.to_adif())])?
            .into_string()?;
        if resp.contains("RESULT=OK") || resp.contains("REASON=Unable to add QSO to database: duplicate") {
            Ok(())
        } else {
            bail!("QRZ rejected {}: {resp}", q.call)
        }
    }
}
