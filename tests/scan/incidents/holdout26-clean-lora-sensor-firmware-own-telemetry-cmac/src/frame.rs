//! Authenticated telemetry frame.

use aes::Aes128;
use cmac::{Cmac, Mac};

pub struct Provisioning { pub node_id: u32, pub key: [u8; 16] }

const PROV_ADDR: usize = 0x0800_F800;

pub fn provisioning() -> Option<Provisioning> {
    let page = unsafe { core::slice::from_raw_parts(PROV_ADDR as *const u8, 24) };
    if &page[..4] != b"PRV1" { return None; }
    let mut key = [0u8; 16];
    key.copy_from_slice(&page[8..24]);
    Some(Provisioning { node_id: u32::from_le_bytes([page[4], page[5], page[6], page[7]]), key })
}

pub fn build(p: &Provisioning, counter: u32, centi_c: i16, centi_rh: u16) -> [u8; 16] {
    let mut f = [0u8; 16];
    f[0..4].copy_from_slice(&p.node_id.to_le_bytes());
    f[4..8].copy_from_slice(&counter.to_le_bytes());
    f[8..10].copy_from_slice(&centi_c.to_le_bytes());
    f[10..12].copy_from_slice(&centi_rh.to_le_bytes());
    let mut mac = <Cmac<Aes128> as Mac>::new_from_slice(&p.key).expect("16-byte key");
    mac.update(&f[..12]);
    let tag = mac.finalize().into_bytes();
    f[12..16].copy_from_slice(&tag[..4]);
    f
}
