//! Factory data sets as produced by the Matter factory data generators: one directory per serial
//! with `factory_data.json` (certificates, keys, onboarding codes) and `factory_data.hex` (the
//! partition image built from it).

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Deserialize)]
pub struct Identity {
    pub sn: String,
    pub vendor_id: u16,
    pub product_id: u16,
    #[serde(default)]
    pub hw_ver: u16,
}

#[derive(Clone, Debug)]
pub struct Unit {
    pub serial: String,
    pub dir: PathBuf,
    pub identity: Identity,
    pub partition_hex: PathBuf,
}

impl Unit {
    pub fn factory_json(&self) -> serde_json::Value {
        std::fs::read_to_string(self.dir.join("factory_data.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(serde_json::Value::Null)
    }

    /// Matter reserves VIDs 0xFFF1-0xFFF4 for test devices.
    pub fn test_vendor(&self) -> bool {
        (0xFFF1..=0xFFF4).contains(&self.identity.vendor_id)
    }
}

pub struct Pool {
    units: Vec<Unit>,
}

impl Pool {
    pub fn open(root: &Path) -> anyhow::Result<Pool> {
        let mut units = Vec::new();
        for entry in std::fs::read_dir(root)? {
            let dir = entry?.path();
            let json = dir.join("factory_data.json");
            let hex = dir.join("factory_data.hex");
            if !json.exists() || !hex.exists() {
                continue;
            }
            let identity: Identity = serde_json::from_str(&std::fs::read_to_string(&json)?)?;
            units.push(Unit { serial: identity.sn.clone(), dir, identity, partition_hex: hex });
        }
        units.sort_by(|a, b| a.serial.cmp(&b.serial));
        Ok(Pool { units })
    }

    pub fn next_unused(&mut self, ledger: &crate::ledger::Ledger) -> Option<Unit> {
        self.units.iter().find(|u| !ledger.contains(&u.serial)).cloned()
    }

    pub fn remaining(&self, ledger: &crate::ledger::Ledger) -> usize {
        self.units.iter().filter(|u| !ledger.contains(&u.serial)).count()
    }
}
