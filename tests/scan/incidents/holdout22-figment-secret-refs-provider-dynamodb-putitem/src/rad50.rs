//! DEC RADIX-50 words, as the PDP-11 stored file names: three characters per u16.

const SET: &[u8; 40] = b" ABCDEFGHIJKLMNOPQRSTUVWXYZ$.%0123456789";

/// Unpack words; `%` stands for `-`, `$` for `/`; bit i of `lower` lowercases character i
/// (`u64::MAX` lowercases everything).
pub(crate) fn unpack(words: &[u16], lower: u64) -> String {
    let mut out = String::with_capacity(words.len() * 3);
    for &w in words {
        let w = w as usize;
        for idx in [w / 1600, (w / 40) % 40, w % 40] {
            out.push(SET[idx] as char);
        }
    }
    let trimmed = out.trim_end();
    trimmed
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let c = match c {
                '%' => '-',
                '$' => '/',
                other => other,
            };
            if lower == u64::MAX || (i < 64 && lower & (1u64 << i) != 0) {
                c.to_ascii_lowercase()
            } else {
                c
            }
        })
        .collect()
}
