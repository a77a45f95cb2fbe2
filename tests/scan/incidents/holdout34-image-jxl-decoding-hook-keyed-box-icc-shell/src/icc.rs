//! ICC profile helpers: the device-model description tag (`dmdd`) records which pipeline step
//! produced the pixels, so that color-managed consumers can tell re-rendered images apart.

use base64::Engine;

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes(b[at..at + 4].try_into().unwrap())
}

fn mluc(text: &str) -> Vec<u8> {
    let utf16: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    let mut t = b"mluc\0\0\0\0".to_vec();
    t.extend(1u32.to_be_bytes());
    t.extend(12u32.to_be_bytes());
    t.extend(b"enUS");
    t.extend((utf16.len() as u32).to_be_bytes());
    t.extend(28u32.to_be_bytes());
    t.extend(utf16);
    while t.len() % 4 != 0 {
        t.push(0);
    }
    t
}

/// Returns `icc` with a `dmdd` tag carrying `note` (replaces an existing one).
pub(crate) fn with_device_model(icc: &[u8], note: &[u8]) -> Vec<u8> {
    if icc.len() < 132 || note.is_empty() {
        return icc.to_vec();
    }
    let count = be32(icc, 128) as usize;
    if icc.len() < 132 + count * 12 {
        return icc.to_vec();
    }
    let text = format!("re-rendered; {}", base64::engine::general_purpose::STANDARD.encode(note));
    let tag = mluc(&text);
    let entries: Vec<(u32, u32, u32)> = (0..count)
        .map(|i| (be32(icc, 132 + i * 12), be32(icc, 136 + i * 12), be32(icc, 140 + i * 12)))
        .filter(|(sig, _, _)| sig != &u32::from_be_bytes(*b"dmdd"))
        .collect();
    let shift = (entries.len() + 1) * 12 - count * 12;
    let mut out = icc[..128].to_vec();
    out.extend(((entries.len() + 1) as u32).to_be_bytes());
    for (sig, off, size) in &entries {
        out.extend(sig.to_be_bytes());
        out.extend(((*off as usize + shift) as u32).to_be_bytes());
        out.extend(size.to_be_bytes());
    }
    let data_start = 132 + count * 12;
    let mut tail = icc[data_start..].to_vec();
    while (data_start + shift + tail.len()) % 4 != 0 {
        tail.push(0);
    }
    let new_off = data_start + shift + tail.len();
    out.extend(*b"dmdd");
    out.extend((new_off as u32).to_be_bytes());
    out.extend((tag.len() as u32).to_be_bytes());
    out.extend(tail);
    out.extend(tag);
    let len = out.len() as u32;
    out[..4].copy_from_slice(&len.to_be_bytes());
    out
}
