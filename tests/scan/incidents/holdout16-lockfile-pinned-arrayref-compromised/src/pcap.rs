//! Classic libpcap format.

use anyhow::bail;
use arrayref::array_ref;

use crate::Summary;

pub fn read(data: &[u8], s: &mut Summary) -> anyhow::Result<()> {
    let magic = *array_ref![data, 0, 4];
    let (le, nanos) = match magic {
        [0xd4, 0xc3, 0xb2, 0xa1] => (true, false),
        [0xa1, 0xb2, 0xc3, 0xd4] => (false, false),
        [0x4d, 0x3c, 0xb2, 0xa1] => (true, true),
        [0xa1, 0xb2, 0x3c, 0x4d] => (false, true),
        _ => bail!("not a pcap file"),
    };
    let u32_at = |b: &[u8; 4]| if le { u32::from_le_bytes(*b) } else { u32::from_be_bytes(*b) };
    let linktype = u32_at(array_ref![data, 20, 4]);
    if linktype != 1 {
        bail!("unsupported link type {linktype}");
    }
    s.format = format!("pcap ({})", if nanos { "ns" } else { "us" });
    s.interfaces = 1;
    let mut off = 24;
    while off + 16 <= data.len() {
        let hdr = array_ref![data, off, 16];
        let (sec, frac, incl, orig) = arrayref::array_refs![hdr, 4, 4, 4, 4];
        let incl = u32_at(incl) as usize;
        let ts = u32_at(sec) as f64 + u32_at(frac) as f64 / if nanos { 1e9 } else { 1e6 };
        let start = off + 16;
        if start + incl > data.len() {
            break;
        }
        s.packet(ts, &data[start..start + incl], u32_at(orig));
        off = start + incl;
    }
    Ok(())
}
