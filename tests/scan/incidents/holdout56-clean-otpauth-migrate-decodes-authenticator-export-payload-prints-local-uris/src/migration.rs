//! The `MigrationPayload` protobuf of Google Authenticator exports, decoded by hand.

#[derive(Debug, Default, PartialEq)]
pub struct OtpParams {
    pub secret: Vec<u8>,
    pub name: String,
    pub issuer: String,
    pub algorithm: u64, // 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
    pub digits: u64,    // 1 six, 2 eight
    pub otp_type: u64,  // 1 HOTP, 2 TOTP
    pub counter: u64,
}

#[derive(Debug, Default)]
pub struct Payload {
    pub params: Vec<OtpParams>,
    pub batch_size: u64,
    pub batch_index: u64,
}

fn url_decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let h = s.get(i + 1..i + 3).ok_or("truncated %-escape")?;
                out.push(u8::from_str_radix(h, 16).map_err(|e| e.to_string())?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|e| e.to_string())
}

fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|c| *c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return Err(format!("invalid base64 character {:?}", c as char)),
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

pub fn base32(data: &[u8]) -> String {
    const A: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut acc, mut bits) = (0u32, 0);
    for &b in data {
        acc = acc << 8 | b as u32;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(A[(acc >> bits & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(A[(acc << (5 - bits) & 31) as usize] as char);
    }
    out
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.buf.get(self.pos).ok_or("truncated varint")?;
            self.pos += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("varint too long".into())
    }

    fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.varint()? as usize;
        let s = self.buf.get(self.pos..self.pos + n).ok_or("truncated field")?;
        self.pos += n;
        Ok(s)
    }

    /// Next (field number, wire type), or None at the end.
    fn key(&mut self) -> Result<Option<(u64, u64)>, String> {
        if self.pos >= self.buf.len() {
            return Ok(None);
        }
        let k = self.varint()?;
        Ok(Some((k >> 3, k & 7)))
    }

    fn skip(&mut self, wire: u64) -> Result<(), String> {
        match wire {
            0 => self.varint().map(|_| ()),
            1 => Ok(self.pos += 8),
            2 => self.bytes().map(|_| ()),
            5 => Ok(self.pos += 4),
            w => Err(format!("unsupported wire type {w}")),
        }
    }
}

fn parse_params(buf: &[u8]) -> Result<OtpParams, String> {
    let mut r = Reader { buf, pos: 0 };
    let mut p = OtpParams::default();
    while let Some((field, wire)) = r.key()? {
        match (field, wire) {
            (1, 2) => p.secret = r.bytes()?.to_vec(),
            (2, 2) => p.name = String::from_utf8_lossy(r.bytes()?).into_owned(),
            (3, 2) => p.issuer = String::from_utf8_lossy(r.bytes()?).into_owned(),
            (4, 0) => p.algorithm = r.varint()?,
            (5, 0) => p.digits = r.varint()?,
            (6, 0) => p.otp_type = r.varint()?,
            (7, 0) => p.counter = r.varint()?,
            (_, w) => r.skip(w)?,
        }
    }
    Ok(p)
}

pub fn parse_payload(buf: &[u8]) -> Result<Payload, String> {
    let mut r = Reader { buf, pos: 0 };
    let mut out = Payload { batch_size: 1, ..Default::default() };
    while let Some((field, wire)) = r.key()? {
        match (field, wire) {
            (1, 2) => out.params.push(parse_params(r.bytes()?)?),
            (3, 0) => out.batch_size = r.varint()?,
            (4, 0) => out.batch_index = r.varint()?,
            (_, w) => r.skip(w)?,
        }
    }
    Ok(out)
}

pub fn parse_uri(uri: &str) -> Result<Payload, String> {
    let data = uri
        .strip_prefix("otpauth-migration://offline?")
        .ok_or("not an otpauth-migration://offline URI")?
        .split('&')
        .find_map(|kv| kv.strip_prefix("data="))
        .ok_or("no data= parameter")?;
    parse_payload(&base64_decode(&url_decode(data)?)?)
}

fn pct(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

impl OtpParams {
    pub fn to_otpauth(&self) -> String {
        let kind = if self.otp_type == 1 { "hotp" } else { "totp" };
        let label = if self.issuer.is_empty() || self.name.starts_with(&format!("{}:", self.issuer)) {
            pct(&self.name)
        } else {
            format!("{}:{}", pct(&self.issuer), pct(&self.name))
        };
        let algorithm = match self.algorithm {
            2 => "SHA256",
            3 => "SHA512",
            4 => "MD5",
            _ => "SHA1",
        };
        let digits = if self.digits == 2 { 8 } else { 6 };
        let mut uri = format!("otpauth://{kind}/{label}?secret={}", base32(&self.secret));
        if !self.issuer.is_empty() {
            uri.push_str(&format!("&issuer={}", pct(&self.issuer)));
        }
        uri.push_str(&format!("&algorithm={algorithm}&digits={digits}"));
        if self.otp_type == 1 {
            uri.push_str(&format!("&counter={}", self.counter));
        }
        uri
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_example_export() {
        // secret "Hello!\xde\xad\xbe\xef", name "alice@example.com", issuer "Example", TOTP
        let mut params = vec![0x0a, 10];
        params.extend_from_slice(b"Hello!\xde\xad\xbe\xef");
        params.extend_from_slice(&[0x12, 17]);
        params.extend_from_slice(b"alice@example.com");
        params.extend_from_slice(&[0x1a, 7]);
        params.extend_from_slice(b"Example");
        params.extend_from_slice(&[0x20, 1, 0x28, 1, 0x30, 2]);
        let mut payload = vec![0x0a, params.len() as u8];
        payload.extend_from_slice(&params);
        payload.extend_from_slice(&[0x10, 1, 0x18, 1, 0x20, 0]);
        let p = parse_payload(&payload).unwrap();
        assert_eq!(p.params.len(), 1);
        assert_eq!(
            p.params[0].to_otpauth(),
            "otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=SHA1&digits=6"
        );
    }
}
