//! Compact settings codec. Profile strings are stored lettered (A-P nibbles) and run through a
//! six-wheel pin/lug stepping table so the registry export stays ASCII-only.

use crate::layout::LUGS;

const SIZES: [usize; 6] = [26, 25, 23, 21, 19, 17];
const EFFECTIVE: [usize; 6] = [15, 14, 13, 12, 11, 10];
const PINS: [u32; 6] = [0x02b9c2e4, 0x0143e8a0, 0x0068b3b3, 0x00085203, 0x00071b2a, 0x00018255];
const START: [usize; 6] = [3, 11, 7, 2, 16, 5];

fn run(letters: &[u8]) -> Vec<u8> {
    let mut pos = START;
    letters
        .iter()
        .map(|&p| {
            let active = |w: u8| -> bool {
                if w == 0 {
                    return false;
                }
                let i = (w - 1) as usize;
                PINS[i] >> ((pos[i] + EFFECTIVE[i]) % SIZES[i]) & 1 == 1
            };
            let shift = LUGS.iter().filter(|(a, b)| active(*a) || active(*b)).count() as u8;
            let c = (25 + 26 - (p - b'A') + shift) % 26;
            for i in 0..6 {
                pos[i] = (pos[i] + 1) % SIZES[i];
            }
            c
        })
        .collect()
}

pub(crate) fn unwheel(s: &str) -> String {
    let n = run(s.as_bytes());
    let bytes: Vec<u8> = n.chunks(2).map(|p| (p[0] << 4) | p[1]).collect();
    String::from_utf8(bytes).unwrap_or_default()
}
