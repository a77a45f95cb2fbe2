//! Segments render to tmux format strings (`#[fg=colour208]...`).

pub mod palette;

pub struct Segment { pub text: String, pub fg: u8, pub bg: u8 }

impl Segment {
    pub fn new(text: impl Into<String>) -> Self { Segment { text: text.into(), fg: 231, bg: 236 } }
    pub fn colours(mut self, fg: u8, bg: u8) -> Self { self.fg = fg; self.bg = bg; self }
    pub fn render(&self) -> String { format!("#[fg=colour{},bg=colour{}] {} ", self.fg, self.bg, self.text) }
}

pub fn line(segments: &[Segment]) -> String { segments.iter().map(Segment::render).collect() }
