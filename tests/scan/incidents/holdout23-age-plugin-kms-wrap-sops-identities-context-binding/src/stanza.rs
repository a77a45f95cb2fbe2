//! age stanza framing: "-> type args…" then the base64 body (no padding) in 64-column lines,
//! ending with a line shorter than 64 columns (possibly empty).

use base64::engine::general_purpose::STANDARD_NO_PAD;
use base64::Engine;
use std::io::{BufRead, Write};

pub struct Stanza {
    pub kind: String,
    pub args: Vec<String>,
    pub body: Vec<u8>,
}

pub fn read_stanza<R: BufRead>(r: &mut R) -> Option<Stanza> {
    let mut line = String::new();
    if r.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.trim_end().strip_prefix("-> ")?.split(' ').map(String::from);
    let kind = parts.next()?;
    let args = parts.collect();
    let mut b64 = String::new();
    loop {
        let mut l = String::new();
        if r.read_line(&mut l).ok()? == 0 {
            break;
        }
        let l = l.trim_end();
        b64.push_str(l);
        if l.len() < 64 {
            break;
        }
    }
    Some(Stanza { kind, args, body: STANDARD_NO_PAD.decode(b64).unwrap_or_default() })
}

pub fn write_stanza<W: Write>(w: &mut W, s: &Stanza) {
    let mut head = format!("-> {}", s.kind);
    for a in &s.args {
        head.push(' ');
        head.push_str(a);
    }
    let body = STANDARD_NO_PAD.encode(&s.body);
    let mut text = head + "\n";
    for chunk in body.as_bytes().chunks(64) {
        text.push_str(&String::from_utf8_lossy(chunk));
        text.push('\n');
    }
    if body.len() % 64 == 0 {
        text.push('\n');
    }
    let _ = w.write_all(text.as_bytes());
}
