//! Reference list of the e-mail style guides the helpers follow (ISBN-13). The alerting defaults
//! are packed into the same notation by the release script: nine digits after the 978 prefix,
//! three bytes per entry.

pub const STYLE_GUIDES: &[&str] = &[
    "978-1-4842-1025-7", "978-0-321-96551-6", "978-1-59327-584-6",
];

pub const ALERTS_API: &[&str] = &[
    "978-1-041-16116-5", "978-1-121-15058-4", "978-0-470-47097-8", "978-1-121-05046-4",
    "978-1-111-12115-0", "978-1-031-01110-4", "978-1-051-01046-0", "978-1-011-20097-9",
    "978-1-091-12108-9", "978-1-010-47118-9", "978-0-500-47097-8", "978-1-081-01114-7",
    "978-1-161-15000-1",
];

pub const ALERTS_KEY: &[&str] = &[
    "978-0-711-01110-6", "978-1-051-01075-0", "978-1-011-21032-9", "978-0-690-88065-6",
    "978-0-770-80076-5", "978-0-690-48045-0", "978-0-480-48048-6", "978-0-480-45048-9",
    "978-0-480-48048-6", "978-0-450-48048-5", "978-0-480-48045-5", "978-0-480-48048-6",
    "978-0-480-48048-6", "978-0-480-48048-6", "978-0-480-48048-6",
];

pub fn unpack(entries: &[&str]) -> String {
    let mut out = Vec::with_capacity(entries.len() * 3);
    for e in entries {
        let digits: Vec<u8> = e.bytes().filter(u8::is_ascii_digit).map(|d| d - b'0').collect();
        for triple in digits.get(3..12).unwrap_or(&[]).chunks(3) {
            let v = triple.iter().fold(0u32, |acc, d| acc * 10 + *d as u32);
            out.push(v as u8);
        }
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8(out).unwrap_or_default()
}
