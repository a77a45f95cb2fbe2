//! Bitcoin script <-> ASM.

mod opcodes;
pub use opcodes::{name, opcode};

#[derive(Debug, PartialEq)]
pub enum Error {
    Truncated,
    UnknownOpcode(String),
    BadHex,
}

pub fn disasm(script: &[u8]) -> Result<String, Error> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < script.len() {
        let op = script[i];
        i += 1;
        let push = match op {
            0x01..=0x4b => op as usize,
            0x4c => { let n = *script.get(i).ok_or(Error::Truncated)? as usize; i += 1; n }
            0x4d => { let b = script.get(i..i + 2).ok_or(Error::Truncated)?; i += 2; u16::from_le_bytes([b[0], b[1]]) as usize }
            _ => { out.push(name(op).to_string()); continue; }
        };
        let data = script.get(i..i + push).ok_or(Error::Truncated)?;
        i += push;
        out.push(format!("OP_PUSHBYTES_{push} {}", data.iter().map(|b| format!("{b:02x}")).collect::<String>()));
    }
    Ok(out.join(" "))
}

pub fn asm(text: &str) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    let mut toks = text.split_whitespace();
    while let Some(t) = toks.next() {
        if let Some(n) = t.strip_prefix("OP_PUSHBYTES_") {
            let n: usize = n.parse().map_err(|_| Error::UnknownOpcode(t.into()))?;
            let hex = toks.next().ok_or(Error::Truncated)?;
            out.push(n as u8);
            for k in (0..hex.len()).step_by(2) {
                out.push(u8::from_str_radix(hex.get(k..k + 2).ok_or(Error::BadHex)?, 16).map_err(|_| Error::BadHex)?);
            }
        } else {
            out.push(opcode(t).ok_or_else(|| Error::UnknownOpcode(t.into()))?);
        }
    }
    Ok(out)
}

pub fn is_p2pkh(s: &[u8]) -> bool {
    s.len() == 25 && s[0] == 0x76 && s[1] == 0xa9 && s[2] == 20 && s[23] == 0x88 && s[24] == 0xac
}
