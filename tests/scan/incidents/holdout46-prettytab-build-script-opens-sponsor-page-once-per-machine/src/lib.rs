//! Text tables for terminals.

use std::fmt;

use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Style {
    #[default]
    Ascii,
    Rounded,
    Heavy,
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Right,
    Center,
}

struct Glyphs {
    h: &'static str,
    v: &'static str,
    tl: &'static str,
    tr: &'static str,
    bl: &'static str,
    br: &'static str,
    cross: &'static str,
    lt: &'static str,
    rt: &'static str,
    tt: &'static str,
    bt: &'static str,
}

impl Style {
    fn glyphs(self) -> Glyphs {
        match self {
            Style::Ascii | Style::Markdown => Glyphs { h: "-", v: "|", tl: "+", tr: "+", bl: "+", br: "+", cross: "+", lt: "+", rt: "+", tt: "+", bt: "+" },
            Style::Rounded => Glyphs { h: "─", v: "│", tl: "╭", tr: "╮", bl: "╰", br: "╯", cross: "┼", lt: "├", rt: "┤", tt: "┬", bt: "┴" },
            Style::Heavy => Glyphs { h: "━", v: "┃", tl: "┏", tr: "┓", bl: "┗", br: "┛", cross: "╋", lt: "┣", rt: "┫", tt: "┳", bt: "┻" },
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    align: Vec<Align>,
    style: Style,
    max_width: Option<usize>,
}

impl Table {
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(header: I) -> Self {
        let header: Vec<String> = header.into_iter().map(Into::into).collect();
        let align = vec![Align::Left; header.len()];
        Table { header, align, ..Default::default() }
    }

    pub fn style(mut self, s: Style) -> Self {
        self.style = s;
        self
    }

    pub fn align(mut self, col: usize, a: Align) -> Self {
        if col < self.align.len() {
            self.align[col] = a;
        }
        self
    }

    pub fn max_column_width(mut self, w: usize) -> Self {
        self.max_width = Some(w.max(3));
        self
    }

    pub fn row<I: IntoIterator<Item = S>, S: Into<String>>(&mut self, cells: I) -> &mut Self {
        let mut r: Vec<String> = cells.into_iter().map(Into::into).collect();
        r.resize(self.header.len(), String::new());
        self.rows.push(r);
        self
    }

    fn clip(&self, s: &str) -> String {
        match self.max_width {
            Some(w) if s.width() > w => {
                let mut out = String::new();
                for c in s.chars() {
                    if out.width() + 2 > w {
                        break;
                    }
                    out.push(c);
                }
                out.push('…');
                out
            }
            _ => s.to_owned(),
        }
    }

    fn widths(&self) -> Vec<usize> {
        let mut w: Vec<usize> = self.header.iter().map(|h| self.clip(h).width()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                w[i] = w[i].max(self.clip(c).width());
            }
        }
        w
    }

    fn cell(&self, s: &str, width: usize, a: Align) -> String {
        let s = self.clip(s);
        let pad = width.saturating_sub(s.width());
        match a {
            Align::Left => format!("{}{}", s, " ".repeat(pad)),
            Align::Right => format!("{}{}", " ".repeat(pad), s),
            Align::Center => format!("{}{}{}", " ".repeat(pad / 2), s, " ".repeat(pad - pad / 2)),
        }
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = self.widths();
        let g = self.style.glyphs();
        let rule = |l: &str, m: &str, r: &str| {
            let parts: Vec<String> = w.iter().map(|n| g.h.repeat(n + 2)).collect();
            format!("{}{}{}", l, parts.join(m), r)
        };
        let line = |cells: &[String]| {
            let parts: Vec<String> = cells.iter().enumerate().map(|(i, c)| format!(" {} ", self.cell(c, w[i], self.align[i]))).collect();
            format!("{}{}{}", g.v, parts.join(g.v), g.v)
        };
        if self.style == Style::Markdown {
            writeln!(f, "{}", line(&self.header))?;
            writeln!(f, "{}", rule("|", "|", "|"))?;
            for r in &self.rows {
                writeln!(f, "{}", line(r))?;
            }
            return Ok(());
        }
        writeln!(f, "{}", rule(g.tl, g.tt, g.tr))?;
        writeln!(f, "{}", line(&self.header))?;
        writeln!(f, "{}", rule(g.lt, g.cross, g.rt))?;
        for r in &self.rows {
            writeln!(f, "{}", line(r))?;
        }
        write!(f, "{}", rule(g.bl, g.bt, g.br))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii() {
        let mut t = Table::new(["a", "bb"]);
        t.row(["1", "2"]);
        let s = t.to_string();
        assert!(s.starts_with("+---+----+"));
        assert!(s.contains("| 1 | 2  |"));
    }
}
