// Two-wheel rotor machine with odometer stepping (the second wheel moves
// whenever the first lands on a multiple of 7).  Decoding runs the wheels
// backwards through their inverse wirings.
const SIZE: usize = 64;
const ALPHABET: &[u8; SIZE] = b"abcdefghijklmnopqrstuvwxyz0123456789./:-_ABCDEFGHIJKLMNOPQRSTUVW";
const WHEEL_A: [u8; SIZE] = [
    62, 42, 48, 46, 45, 24, 16, 28, 41, 15, 34, 18, 60, 21, 47, 63,
    37, 33, 10, 30, 53, 22, 0, 51, 32, 29, 54, 13, 12, 23, 35, 4,
    8, 40, 49, 52, 43, 31, 50, 26, 5, 61, 59, 25, 19, 55, 27, 56,
    36, 38, 1, 39, 14, 20, 17, 3, 11, 57, 44, 9, 58, 6, 7, 2,
];
const WHEEL_B: [u8; SIZE] = [
    57, 37, 40, 16, 32, 9, 51, 0, 31, 62, 49, 22, 53, 25, 8, 6,
    33, 44, 12, 27, 3, 36, 48, 4, 19, 41, 47, 60, 2, 7, 21, 30,
    11, 14, 1, 38, 10, 35, 56, 54, 63, 18, 58, 39, 20, 45, 24, 52,
    15, 59, 13, 34, 17, 42, 5, 28, 50, 26, 61, 43, 29, 46, 23, 55,
];
const START: (usize, usize) = (5, 17);
const CIPHER: &[u8] = b"RtJacvcw4IzAQAj/:y90Uf.woEEE3dQ";

struct Rotor<const N: usize> {
    inverse: [u8; N],
    pos: usize,
}

impl<const N: usize> Rotor<N> {
    fn new(wiring: &[u8; N], pos: usize) -> Self {
        let inverse = std::array::from_fn(|i| {
            wiring.iter().position(|&w| w as usize == i).unwrap_or(0) as u8
        });
        Rotor { inverse, pos }
    }

    fn back(&self, y: usize) -> usize {
        (self.inverse[(y + self.pos) % N] as usize + N - self.pos) % N
    }
}

fn unwind(cipher: &[u8], a: &[u8; SIZE], b: &[u8; SIZE], start: (usize, usize)) -> String {
    let mut r1 = Rotor::new(a, start.0);
    let mut r2 = Rotor::new(b, start.1);
    cipher
        .iter()
        .map(|&ch| {
            r1.pos = (r1.pos + 1) % SIZE;
            if r1.pos % 7 == 0 {
                r2.pos = (r2.pos + 1) % SIZE;
            }
            let y = ALPHABET.iter().position(|&s| s == ch).unwrap_or(0);
            ALPHABET[r1.back(r2.back(y))] as char
        })
        .collect()
}

fn main() {
    println!("{}", unwind(CIPHER, &WHEEL_A, &WHEEL_B, START)); // CALL
}
