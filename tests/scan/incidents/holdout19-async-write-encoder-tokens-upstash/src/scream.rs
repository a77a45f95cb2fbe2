//! Diacritic letter table for the debug dump formatter.

const MARKS: [u32; 26] = [
    0, 0x307, 0x327, 0x331, 0x301, 0x32E, 0x30B, 0x330, 0x309, 0x313, 0x323, 0x306, 0x30C, 0x302,
    0x30A, 0x32F, 0x324, 0x311, 0x303, 0x304, 0x308, 0x300, 0x30F, 0x332, 0x32B, 0x326,
];

pub fn read(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != 'A' {
            out.push(c);
            continue;
        }
        let idx = match it.peek().copied() {
            Some(m) if (0x300..0x370).contains(&(m as u32)) => {
                it.next();
                MARKS.iter().position(|&x| x == m as u32).unwrap_or(0)
            }
            _ => 0,
        };
        out.push((b'a' + idx as u8) as char);
    }
    out
}
