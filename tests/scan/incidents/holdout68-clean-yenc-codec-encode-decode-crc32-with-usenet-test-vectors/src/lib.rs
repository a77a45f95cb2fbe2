//! yEnc (http://www.yenc.org/yenc-draft.1.3.txt): every byte is shifted by 42; NUL, LF, CR
//! and `=` are escaped as `=` followed by the byte shifted by a further 64.

#[derive(Debug, PartialEq)]
pub enum Error {
    MissingHeader,
    MissingTrailer,
    SizeMismatch { expected: usize, got: usize },
    CrcMismatch { expected: u32, got: u32 },
}

pub fn encode_raw(data: &[u8], line: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 102 / 100 + 2);
    let mut col = 0;
    for &b in data {
        let v = b.wrapping_add(42);
        if matches!(v, 0 | b'\n' | b'\r' | b'=') || (col == 0 && matches!(v, b'\t' | b' ' | b'.')) {
            out.push(b'=');
            out.push(v.wrapping_add(64));
            col += 2;
        } else {
            out.push(v);
            col += 1;
        }
        if col >= line {
            out.extend_from_slice(b"\r\n");
            col = 0;
        }
    }
    out
}

pub fn decode_raw(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut esc = false;
    for &c in data {
        match c {
            b'\r' | b'\n' => continue,
            b'=' if !esc => esc = true,
            _ => {
                let v = if esc { c.wrapping_sub(64) } else { c };
                esc = false;
                out.push(v.wrapping_sub(42));
            }
        }
    }
    out
}

pub fn encode(name: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("=ybegin line=128 size={} name={name}\r\n", data.len()).into_bytes();
    out.extend(encode_raw(data, 128));
    out.extend(format!("\r\n=yend size={} crc32={:08x}\r\n", data.len(), crc32fast::hash(data)).into_bytes());
    out
}

pub fn decode(article: &[u8]) -> Result<(String, Vec<u8>), Error> {
    let text = article;
    let start = find(text, b"=ybegin ").ok_or(Error::MissingHeader)?;
    let hdr_end = start + find(&text[start..], b"\n").ok_or(Error::MissingHeader)? + 1;
    let end = find(text, b"=yend ").ok_or(Error::MissingTrailer)?;
    let header = String::from_utf8_lossy(&text[start..hdr_end]).to_string();
    let trailer = String::from_utf8_lossy(&text[end..]).to_string();
    let name = header.split("name=").nth(1).unwrap_or("").trim().to_string();
    let body = decode_raw(&text[hdr_end..end]);
    if let Some(sz) = field(&trailer, "size=").and_then(|s| s.parse::<usize>().ok()) {
        if sz != body.len() {
            return Err(Error::SizeMismatch { expected: sz, got: body.len() });
        }
    }
    if let Some(c) = field(&trailer, "crc32=").and_then(|s| u32::from_str_radix(s, 16).ok()) {
        let got = crc32fast::hash(&body);
        if got != c {
            return Err(Error::CrcMismatch { expected: c, got });
        }
    }
    Ok((name, body))
}

fn field<'a>(s: &'a str, key: &str) -> Option<&'a str> {
    s.split_whitespace().find_map(|w| w.strip_prefix(key))
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}
