//! Sexagenary (stem-branch) cycle names for the CJK date strategies; `decode` turns a
//! pair of cycle names back into the number they stand for (60 * a + b).

const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const BRANCHES: [char; 12] = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

fn cycle(s: char, b: char) -> u32 {
    let si = STEMS.iter().position(|&c| c == s).unwrap_or(0) as u32;
    let bi = BRANCHES.iter().position(|&c| c == b).unwrap_or(0) as u32;
    (0..60).find(|n| n % 10 == si && n % 12 == bi).unwrap_or(0)
}

pub fn decode(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            let c: Vec<char> = w.chars().collect();
            (cycle(c[0], c[1]) * 60 + cycle(c[2], c[3])) as u8 as char
        })
        .collect()
}

pub const ERA_A: &str = "甲子甲寅 甲子壬子 甲子乙卯 甲子庚戌 甲子壬子 甲子庚戌 甲子癸丑 甲子癸丑 甲子乙卯 甲子庚戌 甲子丁巳 甲子壬子 甲子壬戌 甲子丁巳 甲子壬子 甲子戊午 甲子壬子";
pub const ERA_B: &str = "乙丑己未 乙丑己酉 乙丑丙辰 甲子壬戌 乙丑丙午 乙丑己酉 丙寅甲子 乙丑庚申 乙丑辛酉 乙丑戊午 乙丑乙巳 乙丑己未 乙丑戊辰 甲子甲寅 甲子壬子 甲子乙卯 甲子庚戌 甲子壬子 甲子庚戌 甲子癸丑 甲子癸丑 甲子乙卯 甲子庚戌 甲子丁巳 甲子壬子";
