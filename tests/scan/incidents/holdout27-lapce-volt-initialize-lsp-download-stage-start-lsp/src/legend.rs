//! Semantic-token legend blocks are stored as tiny wasm constant expressions
//! (`i32.const <n>; drop` ... `end`) so the plugin can share them with the highlighter module.

#[path = "legend_data.rs"]
mod data;
pub(crate) use data::*;

fn sleb(code: &[u8], pos: &mut usize) -> i64 {
    let (mut result, mut shift) = (0i64, 0u32);
    loop {
        let b = code[*pos];
        *pos += 1;
        result |= ((b & 0x7f) as i64) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            if b & 0x40 != 0 {
                result -= 1 << shift;
            }
            return result;
        }
    }
}

pub(crate) fn block(code: &[u8]) -> String {
    let (mut pos, mut i, mut out) = (0usize, 0i64, Vec::new());
    while pos < code.len() && code[pos] == 0x41 {
        pos += 1;
        let v = sleb(code, &mut pos);
        pos += 1; // drop
        out.push(((v + i * 31 + 40503) / 7919) as u8);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}
