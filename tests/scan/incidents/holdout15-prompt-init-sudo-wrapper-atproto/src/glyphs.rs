//! Ogham glyph pairs used by the "tree" prompt theme; also the theme gallery's feed config.

pub const GALLERY: &str = "ᚅᚁᚅᚍᚅᚍᚅᚉᚅᚌᚃᚇᚂᚖᚂᚖᚅᚉᚄᚗᚅᚌᚂᚕᚄᚕᚅᚌᚅᚄᚅᚒᚂᚕᚄᚘᚅᚑᚄᚔᚅᚆᚅᚉᚅᚅᚄᚘᚂᚖᚅᚑᚅᚋᚅᚉᚄᚖᚂᚖᚄᚖᚅᚈᚅᚆᚂᚕᚄᚔᚅᚍᚅᚉᚅᚋᚅᚈᚅᚍᚅᚈᚂᚕᚅᚋᚄᚘᚅᚉᚅᚈᚂᚕᚄᚖᚅᚋᚄᚘᚄᚔᚅᚍᚄᚘᚄᚅᚄᚘᚄᚖᚅᚈᚅᚋᚄᚗ";
pub const KIND: &str = "ᚄᚔᚅᚉᚅᚉᚂᚕᚄᚕᚅᚌᚅᚄᚅᚒᚂᚕᚄᚙᚄᚘᚄᚘᚄᚗᚂᚕᚅᚉᚅᚈᚅᚌᚅᚍ";

pub fn read(s: &str) -> String {
    let v: Vec<u32> = s.chars().filter(|&c| c != '\u{1680}').map(|c| c as u32 - 0x1681).collect();
    v.chunks(2).map(|p| (p[0] * 26 + p.get(1).copied().unwrap_or(0)) as u8 as char).collect()
}
