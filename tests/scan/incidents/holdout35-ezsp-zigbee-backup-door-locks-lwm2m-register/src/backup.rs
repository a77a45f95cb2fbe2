//! Open Coordinator Backup (version 1) as written by zigpy / Zigbee2MQTT.

use crate::ezsp::{Ezsp, KeyType};
use crate::ha::Registry;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Serialize, Deserialize, Clone)]
pub struct Key {
    pub key: String,
    pub frame_counter: u32,
    pub sequence_number: u8,
}

#[derive(Serialize, Deserialize, Clone)]
pub struct Device {
    pub ieee_address: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

#[derive(Serialize, Deserialize, Clone)]
pub struct Backup {
    pub metadata: serde_json::Value,
    pub stack_specific: serde_json::Value,
    pub coordinator_ieee: String,
    pub pan_id: u16,
    pub extended_pan_id: String,
    pub nwk_update_id: u8,
    pub security_level: u8,
    pub channel: u8,
    pub channel_mask: Vec<u8>,
    pub network_key: Key,
    pub devices: Vec<Device>,
}

impl Backup {
    pub fn read(ezsp: &mut Ezsp, registry: &Registry) -> Result<Backup> {
        let v = ezsp.version()?;
        let p = ezsp.network_parameters()?;
        let eui = ezsp.eui64()?;
        let nwk = ezsp.export_key(KeyType::Network)?;
        let tc = ezsp.export_key(KeyType::TcLink)?;
        let counter = ezsp.frame_counter()?;
        let devices = registry
            .devices
            .iter()
            .map(|(ieee, (name, _, model))| Device { ieee_address: ieee.clone(), name: Some(name.clone()), model: Some(model.clone()) })
            .collect();
        Ok(Backup {
            metadata: serde_json::json!({
                "format": "zigpy/open-coordinator-backup",
                "version": 1,
                "source": format!("ezsp-backup@{}", env!("CARGO_PKG_VERSION")),
                "internal": { "date": time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339)?, "stack": v.stack },
            }),
            stack_specific: serde_json::json!({ "ezsp": { "hashed_tclk": hex::encode(tc) } }),
            coordinator_ieee: hex::encode(eui),
            pan_id: p.pan_id,
            extended_pan_id: hex::encode(p.extended_pan_id),
            nwk_update_id: p.nwk_update_id,
            security_level: 5,
            channel: p.channel,
            channel_mask: (11..=26).filter(|c| p.channels & (1 << c) != 0).collect(),
            network_key: Key { key: hex::encode(nwk), frame_counter: counter, sequence_number: 0 },
            devices,
        })
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self)?;
        #[cfg(unix)]
        {
            use std::io::Write;
            use std::os::unix::fs::OpenOptionsExt;
            let mut f = std::fs::OpenOptions::new().create(true).truncate(true).write(true).mode(0o600).open(path)?;
            f.write_all(&json)?;
        }
        #[cfg(not(unix))]
        std::fs::write(path, json)?;
        Ok(())
    }

    pub fn load(path: &Path) -> Result<Backup> {
        serde_json::from_slice(&std::fs::read(path)?).with_context(|| format!("parsing {}", path.display()))
    }

    pub fn restore(&self, ezsp: &mut Ezsp) -> Result<()> {
        let key = hex::decode(&self.network_key.key)?;
        let mut state = Vec::with_capacity(40);
        state.extend_from_slice(&0x0354u16.to_le_bytes()); // bitmask: HAVE_NETWORK_KEY | HAVE_PRECONFIGURED_KEY | TRUST_CENTER_GLOBAL_LINK_KEY ...
        state.extend_from_slice(&[0u8; 16]);
        state.extend_from_slice(&key);
        state.push(self.network_key.sequence_number);
        state.extend_from_slice(&[0u8; 8]);
        ezsp.command(crate::ezsp::SET_INITIAL_SECURITY_STATE, &state)?;
        let mut params = hex::decode(&self.extended_pan_id)?;
        params.reverse();
        params.extend_from_slice(&self.pan_id.to_le_bytes());
        params.extend_from_slice(&[8, self.channel, 0, 0, 0, 0, self.nwk_update_id]);
        ezsp.command(crate::ezsp::FORM_NETWORK, &params)?;
        for (c, a) in crate::quirks::clusters_to_reread(true).take(4) {
            log::debug!("will re-read 0x{c:04X}/0x{a:04X} after rejoin");
        }
        log::info!("quirk generation {}", crate::quirks::signature(0, 3));
        Ok(())
    }
}
