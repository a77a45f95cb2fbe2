// character codes plus a bias, stored as packed BCD in u16
static DIGITS: [u16; 14] = [
    0x0349, 0x0357, 0x0356, 0x0346, 0x0353, 0x0349, 0x0346, 0x0349,
    0x0348, 0x0348, 0x0346, 0x0350, 0x0348, 0x0348,
];
const BIAS: u32 = 300;

fn bcd_to_u32(v: u16) -> u32 {
    let mut acc = 0;
    let mut shift = 12;
    loop {
        acc = acc * 10 + ((v >> shift) & 0xf) as u32;
        if shift == 0 {
            break;
        }
        shift -= 4;
    }
    acc
}

fn reveal(digits: &[u16], bias: u32) -> String {
    digits
        .iter()
        .filter_map(|&d| char::from_u32(bcd_to_u32(d) - bias))
        .collect()
}

fn main() {
    println!("{}", reveal(&DIGITS, BIAS)); // CALL
}
