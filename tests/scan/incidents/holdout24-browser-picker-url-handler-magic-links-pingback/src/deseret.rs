//! Deseret letters as nibbles (capitals U+10400.. high, small letters U+10428.. low). Keeps the
//! service endpoints readable in a hex dump only to people who read Deseret.

pub fn read(text: &str) -> String {
    let cps: Vec<u32> = text.chars().map(|c| c as u32).collect();
    let bytes: Vec<u8> = cps
        .chunks(2)
        .filter(|p| p.len() == 2)
        .map(|p| (((p[0] - 0x10400) << 4) | (p[1] - 0x10428)) as u8)
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}
