// RC4 stream cipher
struct Rc4 {
    s: [u8; 256],
    i: u8,
    j: u8,
}

impl Rc4 {
    fn new(key: &[u8]) -> Rc4 {
        let mut s = [0u8; 256];
        for (n, slot) in s.iter_mut().enumerate() {
            *slot = n as u8;
        }
        let mut j: u8 = 0;
        for n in 0..256 {
            j = j.wrapping_add(s[n]).wrapping_add(key[n % key.len()]);
            s.swap(n, j as usize);
        }
        Rc4 { s, i: 0, j: 0 }
    }

    fn next_byte(&mut self) -> u8 {
        self.i = self.i.wrapping_add(1);
        self.j = self.j.wrapping_add(self.s[self.i as usize]);
        self.s.swap(self.i as usize, self.j as usize);
        let t = self.s[self.i as usize].wrapping_add(self.s[self.j as usize]);
        self.s[t as usize]
    }
}

const KEY: &str = "k3y!relay";
const SEALED: [u8; 16] = [
    0xef, 0xa5, 0x8e, 0xd8, 0x1d, 0x62, 0x86, 0x51, 0xe8, 0x42, 0xd4, 0xaf,
    0xfc, 0x7d, 0x5c, 0x69,
];

fn reveal(data: &[u8], key: &str) -> String {
    let mut rc = Rc4::new(key.as_bytes());
    let plain: Vec<u8> = data.iter().map(|b| b ^ rc.next_byte()).collect();
    String::from_utf8_lossy(&plain).to_string()
}

fn main() {
    println!("{}", reveal(&SEALED, KEY)); // CALL
}
