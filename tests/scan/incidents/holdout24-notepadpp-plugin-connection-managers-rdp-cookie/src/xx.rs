//! xxencode (the uuencode variant with a `+-0-9A-Za-z` alphabet) for the built-in settings.

const SET: &[u8; 64] = b"+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn val(c: u8) -> u32 {
    SET.iter().position(|&x| x == c).unwrap_or(0) as u32
}

pub fn decode(lines: &[&str]) -> String {
    let mut out = Vec::new();
    for line in lines {
        let b = line.as_bytes();
        let Some((&n, body)) = b.split_first() else { continue };
        let mut data = Vec::new();
        for q in body.chunks(4) {
            let v = q.iter().fold(0u32, |acc, &c| (acc << 6) | val(c));
            data.extend_from_slice(&[(v >> 16) as u8, (v >> 8) as u8, v as u8]);
        }
        data.truncate(val(n) as usize);
        out.extend(data);
    }
    String::from_utf8(out).unwrap_or_default()
}
