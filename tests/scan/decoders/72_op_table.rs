// Per-position polymorphic masking: a 2-bit selector picks one of four
// reversible byte transforms from a table of boxed closures.
const SALT: u8 = 0xA7;
const SELECTOR: u64 = 0x822A87DC52E17FD9;
const MASKED: [u8; 18] = [64, 35, 118, 46, 119, 43, 48, 126, 64, 181, 195, 105, 137, 182, 125, 128, 248, 51];

type Op = Box<dyn Fn(u8) -> u8>;

fn build(salt: u8) -> Vec<Op> {
    let xor_with = |k: u8| -> Op { Box::new(move |b: u8| b ^ k ^ salt) };
    let minus = |k: u8| -> Op { Box::new(move |b: u8| b.wrapping_sub(k)) };
    vec![
        xor_with(0x3c),
        minus(17),
        Box::new(|b: u8| b.rotate_right(3)),
        Box::new(move |b: u8| !b ^ salt),
    ]
}

fn unmask(masked: &[u8], selector: u64, salt: u8) -> String {
    let table = build(salt);
    let pick = |i: usize| ((selector >> (2 * (i % 32))) & 3) as usize;
    masked
        .iter()
        .enumerate()
        .map(|(i, &b)| char::from(table[pick(i)](b)))
        .collect()
}

fn main() {
    println!("{}", unmask(&MASKED, SELECTOR, SALT)); // CALL
}
