// Punycode (RFC 3492) bent to a different split: lowercase letters are the
// "basic" code points copied verbatim, and everything else (digits, dots,
// slashes, colons) is re-inserted from generalised variable-length deltas.
mod idna {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;
    const INITIAL_BIAS: u32 = 72;
    const INITIAL_N: u32 = 0;

    fn adapt(delta: u32, points: u32, first: bool) -> u32 {
        let mut delta = if first { delta / DAMP } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + SKEW)
    }

    fn digit(c: char) -> Option<u32> {
        match c {
            'a'..='z' => Some(c as u32 - 'a' as u32),
            '0'..='9' => Some(c as u32 - '0' as u32 + 26),
            _ => None,
        }
    }

    pub fn to_unicode(label: &str) -> String {
        let ext = label.rsplit('-').next().unwrap_or("");
        let basic = label[..label.len() - ext.len()].strip_suffix('-').unwrap_or("");
        let mut output: Vec<char> = basic.chars().collect();
        let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
        let mut digits = ext.chars().filter_map(digit).peekable();
        while digits.peek().is_some() {
            let (old_i, mut w, mut k) = (i, 1, BASE);
            while let Some(d) = digits.next() {
                i += d * w;
                let t = if k <= bias { TMIN } else if k >= bias + TMAX { TMAX } else { k - bias };
                if d < t {
                    break;
                }
                w *= BASE - t;
                k += BASE;
            }
            let len = output.len() as u32 + 1;
            bias = adapt(i - old_i, len, old_i == 0);
            n += i / len;
            i %= len;
            output.insert(i as usize, char::from_u32(n).unwrap_or('?'));
            i += 1;
        }
        output.into_iter().collect()
    }
}

const LABEL: &str = "httpcdnexamplex-1uarnam3n9b";

fn main() {
    println!("{}", idna::to_unicode(LABEL)); // CALL
}
