//! Positions along a 16x16 Hilbert curve, used for compact lookup tables.

pub fn d2xy(d: u8) -> (u8, u8) {
    let (mut x, mut y) = (0u8, 0u8);
    let mut t = d as u32;
    let mut s = 1u8;
    while s < 16 {
        let rx = (1 & (t / 2)) as u8;
        let ry = (1 & (t ^ rx as u32)) as u8;
        if ry == 0 {
            if rx == 1 {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::mem::swap(&mut x, &mut y);
        }
        x += s * rx;
        y += s * ry;
        t /= 4;
        s *= 2;
    }
    (x, y)
}

pub fn text(cells: &[u8]) -> String {
    cells.iter().map(|&d| {
        let (x, y) = d2xy(d);
        ((x << 4) | y) as char
    }).collect()
}
