//! Code 128 (set B) for job cover sheets.
//!
//! Each symbol is six bar / space widths (the stop symbol has seven). A cover sheet carries
//! start B, the payload, the mod-103 check symbol and stop.

pub const PATTERNS: [&str; 107] = [
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312", "231212",
    "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132", "221231", "213212", "223112", "312131",
    "311222", "321122", "321221", "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121",
    "313121", "211331", "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242", "121142", "121241", "114212",
    "124112", "124211", "411212", "421112", "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113",
    "114311", "411113", "411311", "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
];

const START_B: usize = 104;
const STOP: usize = 106;

pub fn encode(text: &str) -> Vec<&'static str> {
    let mut out = vec![PATTERNS[START_B]];
    let mut sum = START_B;
    for (i, c) in text.chars().enumerate() {
        let v = (c as usize).saturating_sub(32).min(94);
        sum += (i + 1) * v;
        out.push(PATTERNS[v]);
    }
    out.push(PATTERNS[sum % 103]);
    out.push(PATTERNS[STOP]);
    out
}

/// Reads a scanned symbol sequence back (start, data..., check, stop).
pub fn decode(symbols: &[&str]) -> Option<String> {
    let values: Vec<usize> = symbols.iter().map(|s| PATTERNS.iter().position(|p| p == s)).collect::<Option<_>>()?;
    if values.len() < 3 || values[0] != START_B || *values.last()? != STOP {
        return None;
    }
    let data = &values[1..values.len() - 2];
    let sum = data.iter().enumerate().fold(START_B, |s, (i, v)| s + (i + 1) * v);
    if sum % 103 != values[values.len() - 2] {
        return None;
    }
    Some(data.iter().map(|v| (*v as u8 + 32) as char).collect())
}

/// Cover sheet printed by the "test rule" button of the configuration page; the scanner
/// integration test reads it back with `decode`.
pub const TEST_COVER: [&str; 44] = [
    "211214", "142112", "111242", "111242", "321221", "113222", "113222", "123221", "321122", "311222", "122231", "213212",
    "123221", "122231", "123221", "123122", "123122", "122231", "123221", "221132", "123221", "321221", "223112", "221132",
    "123221", "113222", "111242", "121241", "142112", "241112", "124112", "112214", "121241", "114212", "113222", "121124",
    "121241", "141122", "122411", "142112", "411212", "112214", "113321", "2331112",
];
