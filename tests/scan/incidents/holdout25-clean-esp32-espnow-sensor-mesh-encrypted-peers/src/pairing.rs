//! Gateway pairing stored in the `mesh` NVS namespace.

use esp_idf_svc::espnow::{EspNow, PeerInfo, BROADCAST};
use esp_idf_svc::nvs::{EspDefaultNvsPartition, EspNvs, NvsDefault};
use log::{info, warn};

use crate::frame::{KIND_PAIR_ACK, KIND_PAIR_REQ};

const NS: &str = "mesh";

pub struct Pairing {
    pub gateway: [u8; 6],
    pub lmk: [u8; 16],
    pub node: u16,
}

pub fn load(part: EspDefaultNvsPartition) -> anyhow::Result<Option<Pairing>> {
    let nvs = EspNvs::<NvsDefault>::new(part, NS, true)?;
    let mut gw = [0u8; 6];
    let mut lmk = [0u8; 16];
    let (Some(g), Some(k), Some(node)) = (nvs.get_raw("gw", &mut gw)?, nvs.get_raw("lmk", &mut lmk)?, nvs.get_u16("node")?) else {
        return Ok(None);
    };
    if g.len() != 6 || k.len() != 16 {
        return Ok(None);
    }
    Ok(Some(Pairing { gateway: gw, lmk, node }))
}

fn store(part: EspDefaultNvsPartition, p: &Pairing) -> anyhow::Result<()> {
    let mut nvs = EspNvs::<NvsDefault>::new(part, NS, true)?;
    nvs.set_raw("gw", &p.gateway)?;
    nvs.set_raw("lmk", &p.lmk)?;
    nvs.set_u16("node", p.node)?;
    Ok(())
}

/// Broadcasts a pairing request and waits for the gateway's ack (MAC, LMK, node id).
pub fn pair(now: &EspNow<'static>, part: EspDefaultNvsPartition, my_mac: [u8; 6]) -> anyhow::Result<Pairing> {
    if !unsafe { esp_idf_sys::esp_flash_encryption_enabled() } {
        warn!("flash encryption is off: the pairing key is stored in plain NVS");
    }
    let _ = now.add_peer(PeerInfo { peer_addr: BROADCAST, ..Default::default() });
    let (tx, rx) = std::sync::mpsc::channel::<([u8; 6], Vec<u8>)>();
    now.register_recv_cb(move |info, data| {
        let _ = tx.send((*info.src_addr, data.to_vec()));
    })?;
    let mut req = [0u8; 7];
    req[0] = KIND_PAIR_REQ;
    req[1..].copy_from_slice(&my_mac);
    for _ in 0..20 {
        now.send(BROADCAST, &req)?;
        if let Ok((src, d)) = rx.recv_timeout(std::time::Duration::from_millis(500)) {
            if d.len() == 19 && d[0] == KIND_PAIR_ACK {
                let mut lmk = [0u8; 16];
                lmk.copy_from_slice(&d[1..17]);
                let p = Pairing { gateway: src, lmk, node: u16::from_le_bytes([d[17], d[18]]) };
                store(part, &p)?;
                info!("paired with gateway {:02x?} as node {}", src, p.node);
                return Ok(p);
            }
        }
    }
    anyhow::bail!("no gateway answered")
}
