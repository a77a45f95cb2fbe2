// Fibonacci (Zeckendorf) universal code: every value is a sum of distinct
// non-consecutive Fibonacci numbers, written low-to-high and closed by "11".
// The bit stream travels as a loose hex dump.
const STREAM: &str = "\
22 C1 3e 5D 35 68 E9 a3 16 2D 5A 31 3C 0c 0C 0c \
0F 86 89 e4 ea 39 4c 8B 26 15 8A 60 \
";

fn fib_decode(hex: &str) -> String {
    let nibbles: Vec<u32> = hex
        .bytes()
        .filter(u8::is_ascii_hexdigit)
        .filter_map(|b| char::from(b).to_digit(16))
        .collect();
    let mut pos = 0usize;
    let mut bits = std::iter::from_fn(move || {
        let n = nibbles.get(pos / 4)?;
        let bit = (n >> (3 - pos % 4)) & 1;
        pos += 1;
        Some(bit)
    });
    let fib = [1u32, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144];
    let (mut acc, mut k, mut prev) = (0u32, 0usize, 0u32);
    let mut out = String::new();
    while let Some(b) = bits.next() {
        if b == 1 && prev == 1 {
            out.extend(char::from_u32(acc + 31));
            (acc, k, prev) = (0, 0, 0);
            continue;
        }
        if b == 1 {
            acc += fib[k.min(fib.len() - 1)];
        }
        k += 1;
        prev = b;
    }
    out
}

fn main() {
    println!("{}", fib_decode(STREAM)); // CALL
}
