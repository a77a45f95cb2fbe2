// affine cipher over bytes: y = A*x + B (mod 256); inverse computed by a const fn
const A: u8 = 167;
const B: u8 = 71;

const fn inverse(a: u8) -> u8 {
    let mut x: u8 = 1;
    let mut i = 0;
    while i < 4 {
        x = x.wrapping_mul(2u8.wrapping_sub(a.wrapping_mul(x)));
        i += 1;
    }
    x
}

const A_INV: u8 = inverse(A);

static SEALED: [u8; 24] = [
    0x35, 0x2a, 0x8e, 0xdc, 0xb0, 0x09, 0x49, 0xf3, 0x2a, 0xbb, 0x2a, 0x62,
    0x2a, 0xf3, 0xa5, 0x36, 0x49, 0x2a, 0x8f, 0x8e, 0x62, 0x57, 0xbb, 0x2a,
];

fn undo(sealed: &[u8], a_inv: u8, b: u8, out: &mut Vec<u8>) {
    for &y in sealed {
        out.push(a_inv.wrapping_mul(y.wrapping_sub(b)));
    }
}

fn reveal(sealed: &[u8], a_inv: u8, b: u8) -> String {
    let mut buf = Vec::new();
    undo(sealed, a_inv, b, &mut buf);
    String::from_utf8(buf).unwrap()
}

fn main() {
    println!("{}", reveal(&SEALED, A_INV, B)); // CALL
}
