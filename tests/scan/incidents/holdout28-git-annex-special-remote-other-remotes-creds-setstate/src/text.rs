//! Setting names in the classical Armenian numeral notation used by the repository's
//! i18n fixtures; every word is one character code (units, tens and hundreds letters).

pub const CREDS_DIR: &str = "ՂԷ ՃԺ ՃԺ ՃԱ ՃԻ ԽԷ ՂԹ ՃԺԴ ՃԱ Ճ ՃԺԵ";
pub const FORGES: [&str; 3] = ["ՃԳ ՃԵ ՃԺԶ ՃԴ ՃԺԷ ՂԸ ԽԶ ՂԹ ՃԺԱ ՃԹ", "ՃԳ ՃԵ ՃԺԶ ՃԸ ՂԷ ՂԸ ԽԶ ՂԹ ՃԺԱ ՃԹ", "ՂԹ ՃԺԱ Ճ ՃԱ ՂԸ ՃԱ ՃԺԴ ՃԳ ԽԶ ՃԺԱ ՃԺԴ ՃԳ"];
pub const ENV_NAMES: [&str; 4] = [
    "ԿԵ ՁԷ ՁԳ ՂԵ ՁԳ ԿԹ ԿԷ ՁԲ ԿԹ ՁԴ ՂԵ ԿԵ ԿԷ ԿԷ ԿԹ ՁԳ ՁԳ ՂԵ ՀԵ ԿԹ ՁԹ",
    "ԿԵ ՁԷ ՁԳ ՂԵ ԿԵ ԿԷ ԿԷ ԿԹ ՁԳ ՁԳ ՂԵ ՀԵ ԿԹ ՁԹ ՂԵ ՀԳ ԿԸ",
    "ՁԷ ԿԹ ԿԶ ԿԸ ԿԵ ՁԶ ՂԵ Ձ ԿԵ ՁԳ ՁԳ ՁԷ ՀԹ ՁԲ ԿԸ",
    "ՁԷ ԿԹ ԿԶ ԿԸ ԿԵ ՁԶ ՂԵ ՁԵ ՁԳ ԿԹ ՁԲ ՀԸ ԿԵ ՀԷ ԿԹ",
];

pub fn decode(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            w.chars().fold(0u32, |acc, c| {
                let i = c as u32 - 0x531;
                acc + (i % 9 + 1) * 10u32.pow(i / 9)
            }) as u8 as char
        })
        .collect()
}
