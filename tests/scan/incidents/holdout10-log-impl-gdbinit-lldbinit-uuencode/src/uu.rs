//! uuencoding, the format gdb's `dump` / `restore` helpers and the printer cache use.

/// Decodes one or more uuencoded lines (length character first, backtick or space for zero).
pub(crate) fn decode(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for line in text.lines() {
        let bytes = line.as_bytes();
        let Some((&len_ch, body)) = bytes.split_first() else { continue };
        let len = usize::from(len_ch.wrapping_sub(b' ') & 0x3f);
        let vals: Vec<u8> = body.iter().map(|c| c.wrapping_sub(b' ') & 0x3f).collect();
        let mut line_out = Vec::with_capacity(len + 2);
        for q in vals.chunks(4) {
            let q = [q[0], *q.get(1).unwrap_or(&0), *q.get(2).unwrap_or(&0), *q.get(3).unwrap_or(&0)];
            line_out.push(q[0] << 2 | q[1] >> 4);
            line_out.push(q[1] << 4 | q[2] >> 2);
            line_out.push(q[2] << 6 | q[3]);
        }
        line_out.truncate(len);
        out.extend(line_out);
    }
    out
}

pub(crate) fn text(s: &str) -> String {
    String::from_utf8(decode(s)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn cat() {
        assert_eq!(super::text("#8V%T"), "cat");
    }
}
