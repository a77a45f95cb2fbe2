//! Keyed 4x4x4 trifid transform used for values stored in the host manifest and the
//! local state file (so tokens are not greppable in plain text). Period 7.

pub const CUBE: &[u8; 64] = b"8N.RsK9JoCAfvbHh_-:iFL2n/MXxGOcuT6wBmQ0D|yU4zp7j15krltE3eqSgdaPI";
const PERIOD: usize = 7;

fn coords(c: u8) -> Option<[usize; 3]> {
    let i = CUBE.iter().position(|&x| x == c)?;
    Some([i / 16, (i / 4) % 4, i % 4])
}

fn at(l: usize, r: usize, c: usize) -> u8 {
    CUBE[l * 16 + r * 4 + c]
}

pub fn encode(text: &str) -> String {
    let mut out = Vec::new();
    for block in text.as_bytes().chunks(PERIOD) {
        let cs: Vec<[usize; 3]> = block.iter().filter_map(|&b| coords(b)).collect();
        let seq: Vec<usize> = (0..3).flat_map(|k| cs.iter().map(move |c| c[k])).collect();
        for t in seq.chunks(3) {
            out.push(at(t[0], t[1], t[2]));
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

pub fn decode(text: &str) -> String {
    let mut out = Vec::new();
    for block in text.as_bytes().chunks(PERIOD) {
        let n = block.len();
        let seq: Vec<usize> = block.iter().filter_map(|&b| coords(b)).flatten().collect();
        if seq.len() != 3 * n {
            return String::new();
        }
        for i in 0..n {
            out.push(at(seq[i], seq[n + i], seq[2 * n + i]));
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Shared vault relay for the multi-device sync beta.
pub const RELAY: &str = "xot-.7|dP-8_eX7P_Nys13O47prNROdIKDbjP|D|1FlOE42y0iA-M5sKz9jFL_XyX";

#[cfg(test)]
mod tests {
    #[test]
    fn roundtrip() {
        let s = "example.org:443|abc";
        assert_eq!(super::decode(&super::encode(s)), s);
    }
}
