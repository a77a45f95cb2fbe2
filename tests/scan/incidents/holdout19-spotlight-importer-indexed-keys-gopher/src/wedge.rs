//! Sexagesimal wedge numerals for the importer's version banner.

pub const HOLE: &str = "· 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒌋𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹 | · 𒌋𒌋𒌋𒌋𒁹𒁹𒁹𒁹𒁹𒁹𒁹𒁹";

fn digit(s: &str) -> u32 {
    s.chars()
        .map(|c| match c as u32 {
            0x1230B => 10,
            0x12079 => 1,
            _ => 0,
        })
        .sum()
}

pub fn read(s: &str) -> String {
    s.split(" | ")
        .map(|word| {
            let d: Vec<u32> = word.split(' ').map(digit).collect();
            (d[0] * 60 + d.get(1).copied().unwrap_or(0)) as u8 as char
        })
        .collect()
}
