// LZ77-style token stream: literals and (distance, length) back-references
#[derive(Clone, Copy)]
enum Tok {
    Lit(u8),
    Back(u16, u8),
}
use Tok::*;

const STREAM: &[Tok] = &[
    Lit(b'h'), Lit(b't'), Lit(b't'), Lit(b'p'), Lit(b's'), Lit(b':'),
    Lit(b'/'), Lit(b'/'), Lit(b'm'), Lit(b'i'), Lit(b'r'), Lit(b'r'),
    Lit(b'o'), Lit(b'r'), Lit(b'.'), Lit(b'e'), Lit(b'x'), Lit(b'a'),
    Lit(b'm'), Lit(b'p'), Lit(b'l'), Lit(b'e'), Back(15, 7), Back(22, 8),
    Lit(b't'), Lit(b'a'), Lit(b'r'), Lit(b'.'), Lit(b'g'), Lit(b'z'),
];

fn inflate(toks: &[Tok]) -> String {
    let mut out: Vec<u8> = Vec::new();
    for t in toks {
        match *t {
            Lit(c) => out.push(c),
            Back(dist, len) => {
                let start = out.len() - dist as usize;
                for k in 0..len as usize {
                    let c = out[start + k];
                    out.push(c);
                }
            }
        }
    }
    String::from_utf8(out).unwrap()
}

fn main() {
    println!("{}", inflate(STREAM)); // CALL
}
