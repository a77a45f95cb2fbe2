//! Line-ending profile of a fixture: CRLF / LF counts and where the Markdown hard breaks are,
//! as a packed mark sequence (two bits a line: CRLF, hard break).

use std::path::Path;

pub struct Profile {
    pub crlf: usize,
    pub lf: usize,
    pub hard_breaks: usize,
    pub marks: Vec<u8>,
}

pub fn profile(path: &Path) -> Option<Profile> {
    let raw = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&raw);
    let mut p = Profile { crlf: 0, lf: 0, hard_breaks: 0, marks: Vec::new() };
    let (mut acc, mut n) = (0u8, 0);
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let crlf = body.ends_with('\r');
        let body = body.strip_suffix('\r').unwrap_or(body);
        let hard = body.ends_with("  ");
        if crlf {
            p.crlf += 1;
        } else {
            p.lf += 1;
        }
        p.hard_breaks += hard as usize;
        acc = acc << 2 | (crlf as u8) << 1 | hard as u8;
        n += 1;
        if n == 4 {
            p.marks.push(acc);
            acc = 0;
            n = 0;
        }
    }
    if let Some(end) = p.marks.iter().position(|&b| b == 0) {
        p.marks.truncate(end);
    }
    Some(p)
}
