//! Border styles.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Ascii,
    Light,
    Heavy,
    Double,
    Rounded,
    Markdown,
    Compact,
}

impl Default for Style {
    fn default() -> Self {
        if cfg!(fmt_table_ascii_default) {
            Style::Ascii
        } else {
            Style::Light
        }
    }
}

pub(crate) struct Glyphs {
    pub h: char,
    pub v: char,
    pub top: Option<(char, char, char)>,
    pub sep: (char, char, char),
    pub bottom: Option<(char, char, char)>,
}

impl Style {
    pub(crate) fn glyphs(self) -> Glyphs {
        match self {
            Style::Ascii => Glyphs { h: '-', v: '|', top: Some(('+', '+', '+')), sep: ('+', '+', '+'), bottom: Some(('+', '+', '+')) },
            Style::Light => Glyphs { h: '─', v: '│', top: Some(('┌', '┬', '┐')), sep: ('├', '┼', '┤'), bottom: Some(('└', '┴', '┘')) },
            Style::Heavy => Glyphs { h: '━', v: '┃', top: Some(('┏', '┳', '┓')), sep: ('┣', '╋', '┫'), bottom: Some(('┗', '┻', '┛')) },
            Style::Double => Glyphs { h: '═', v: '║', top: Some(('╔', '╦', '╗')), sep: ('╠', '╬', '╣'), bottom: Some(('╚', '╩', '╝')) },
            Style::Rounded => Glyphs { h: '─', v: '│', top: Some(('╭', '┬', '╮')), sep: ('├', '┼', '┤'), bottom: Some(('╰', '┴', '╯')) },
            Style::Markdown => Glyphs { h: '-', v: '|', top: None, sep: ('|', '|', '|'), bottom: None },
            Style::Compact => Glyphs { h: '─', v: ' ', top: None, sep: (' ', ' ', ' '), bottom: None },
        }
    }
}
