//! pcapng: section header, interface description, enhanced and simple packet blocks.

use anyhow::bail;
use arrayref::array_ref;

use crate::Summary;

const SHB: u32 = 0x0A0D0D0A;
const IDB: u32 = 0x00000001;
const SPB: u32 = 0x00000003;
const EPB: u32 = 0x00000006;

pub fn read(data: &[u8], s: &mut Summary) -> anyhow::Result<()> {
    let bom = u32::from_le_bytes(*array_ref![data, 8, 4]);
    let le = match bom {
        0x1A2B3C4D => true,
        0x4D3C2B1A => false,
        _ => bail!("bad byte-order magic"),
    };
    let rd = |b: &[u8; 4]| if le { u32::from_le_bytes(*b) } else { u32::from_be_bytes(*b) };
    let mut sections = 0;
    let mut resolutions: Vec<f64> = Vec::new();
    let mut off = 0;
    while off + 12 <= data.len() {
        let kind = rd(array_ref![data, off, 4]);
        let len = rd(array_ref![data, off + 4, 4]) as usize;
        if len < 12 || off + len > data.len() {
            break;
        }
        let body = &data[off + 8..off + len - 4];
        match kind {
            SHB => {
                sections += 1;
                resolutions.clear();
            }
            IDB => {
                s.interfaces += 1;
                resolutions.push(1e-6);
            }
            EPB if body.len() >= 20 => {
                let iface = rd(array_ref![body, 0, 4]) as usize;
                let hi = rd(array_ref![body, 4, 4]) as u64;
                let lo = rd(array_ref![body, 8, 4]) as u64;
                let cap = rd(array_ref![body, 12, 4]) as usize;
                let orig = rd(array_ref![body, 16, 4]);
                let res = resolutions.get(iface).copied().unwrap_or(1e-6);
                let frame = &body[20..(20 + cap).min(body.len())];
                s.packet(((hi << 32) | lo) as f64 * res, frame, orig);
            }
            SPB if body.len() >= 4 => {
                let orig = rd(array_ref![body, 0, 4]);
                s.packet(0.0, &body[4..], orig);
            }
            _ => {}
        }
        off += len;
    }
    s.format = format!("pcapng ({sections} section{})", if sections == 1 { "" } else { "s" });
    Ok(())
}
