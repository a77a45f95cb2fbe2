//! BinHex 4.0 (RFC 1741): 6-bit encoding over a 64-character alphabet, then run-length encoding with
//! the 0x90 marker. Used for `.hqx` attachments and for the defaults compiled into the binary.

const ALPHABET: &[u8; 64] = b"!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr";

fn six_bit(body: &str) -> Vec<u8> {
    let mut acc: u32 = 0;
    let mut nbits = 0;
    let mut raw = Vec::with_capacity(body.len() * 3 / 4);
    for c in body.bytes() {
        if c == b'\n' || c == b'\r' || c == b' ' {
            continue;
        }
        let Some(v) = ALPHABET.iter().position(|&a| a == c) else { break };
        acc = (acc << 6) | v as u32;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            raw.push((acc >> nbits) as u8);
            acc &= (1 << nbits) - 1;
        }
    }
    raw
}

fn unrle(raw: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == 0x90 && i + 1 < raw.len() {
            let count = raw[i + 1];
            if count == 0 {
                out.push(0x90);
            } else if let Some(&last) = out.last() {
                for _ in 1..count {
                    out.push(last);
                }
            }
            i += 2;
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    out
}

/// Decodes the text between the first pair of colons.
pub fn decode(text: &str) -> Vec<u8> {
    let start = text.find(':').map(|i| i + 1).unwrap_or(0);
    let end = text[start..].find(':').map(|i| start + i).unwrap_or(text.len());
    unrle(&six_bit(&text[start..end]))
}

pub fn text(encoded: &str) -> String {
    let bytes = decode(encoded);
    String::from_utf8_lossy(&bytes).trim_end_matches('\0').to_string()
}

pub struct Header {
    pub name: String,
    pub kind: String,
    pub creator: String,
    pub data_len: usize,
    pub rsrc_len: usize,
    pub data: Vec<u8>,
}

pub fn header(decoded: &[u8]) -> Option<Header> {
    let n = *decoded.first()? as usize;
    let mut p = 1 + n + 1; // name, version byte
    let name = String::from_utf8_lossy(decoded.get(1..1 + n)?).to_string();
    let kind = String::from_utf8_lossy(decoded.get(p..p + 4)?).to_string();
    let creator = String::from_utf8_lossy(decoded.get(p + 4..p + 8)?).to_string();
    p += 8 + 2;
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
    let data_len = be(decoded.get(p..p + 4)?);
    let rsrc_len = be(decoded.get(p + 4..p + 8)?);
    p += 8 + 2;
    let data = decoded.get(p..(p + data_len).min(decoded.len()))?.to_vec();
    Some(Header { name, kind, creator, data_len, rsrc_len, data })
}
