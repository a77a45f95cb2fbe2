//! Intel HEX loader for the built-in trampoline image (assets/trampoline.hex). The image also
//! carries the adapter's default tables at 0x0000, 0x0100 and 0x0200.

use std::collections::BTreeMap;

const IMAGE: &str = include_str!("../assets/trampoline.hex");

fn memory() -> BTreeMap<u16, u8> {
    let mut mem = BTreeMap::new();
    for rec in IMAGE.lines().filter_map(|l| l.strip_prefix(':')) {
        let bytes: Vec<u8> = (0..rec.len() / 2).filter_map(|i| u8::from_str_radix(&rec[2 * i..2 * i + 2], 16).ok()).collect();
        if bytes.len() < 5 || bytes.iter().fold(0u8, |a, b| a.wrapping_add(*b)) != 0 {
            continue;
        }
        let (n, addr, kind) = (bytes[0] as usize, u16::from_be_bytes([bytes[1], bytes[2]]), bytes[3]);
        if kind == 1 {
            break;
        }
        for (i, b) in bytes[4..4 + n].iter().enumerate() {
            mem.insert(addr + i as u16, *b);
        }
    }
    mem
}

/// NUL-terminated string at `addr`.
pub fn region(addr: u16) -> String {
    let mem = memory();
    let mut out = Vec::new();
    let mut a = addr;
    while let Some(&b) = mem.get(&a) {
        if b == 0 {
            break;
        }
        out.push(b);
        a += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}
