//! Plain-text tables.

use std::fmt;

use unicode_width::UnicodeWidthStr;

mod styles;

pub use styles::Style;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Right,
    Center,
}

#[derive(Debug, Clone)]
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    align: Vec<Align>,
    style: Style,
    max_width: Option<usize>,
}

impl Table {
    pub fn new<I, S>(header: I) -> Table
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let header: Vec<String> = header.into_iter().map(Into::into).collect();
        let n = header.len();
        Table { header, rows: Vec::new(), align: vec![Align::Left; n], style: Style::default(), max_width: None }
    }

    pub fn row<I, S>(&mut self, cells: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut r: Vec<String> = cells.into_iter().map(Into::into).collect();
        r.resize(self.header.len(), String::new());
        self.rows.push(r);
        self
    }

    pub fn align(&mut self, col: usize, a: Align) -> &mut Self {
        if let Some(slot) = self.align.get_mut(col) {
            *slot = a;
        }
        self
    }

    pub fn style(&mut self, s: Style) -> &mut Self {
        self.style = s;
        self
    }

    pub fn max_width(&mut self, w: usize) -> &mut Self {
        self.max_width = Some(w);
        self
    }

    fn widths(&self) -> Vec<usize> {
        let mut w: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                w[i] = w[i].max(c.width());
            }
        }
        if let Some(max) = self.max_width {
            let overhead = 3 * w.len() + 1;
            while w.iter().sum::<usize>() + overhead > max {
                let Some((i, _)) = w.iter().enumerate().max_by_key(|(_, v)| **v) else { break };
                if w[i] <= 4 {
                    break;
                }
                w[i] -= 1;
            }
        }
        w
    }
}

fn pad(s: &str, width: usize, a: Align) -> String {
    let cut: String = if s.width() > width {
        let mut acc = String::new();
        for ch in s.chars() {
            if acc.width() + 1 > width.saturating_sub(1) {
                acc.push('…');
                break;
            }
            acc.push(ch);
        }
        acc
    } else {
        s.to_string()
    };
    let gap = width.saturating_sub(cut.width());
    match a {
        Align::Left => format!("{cut}{}", " ".repeat(gap)),
        Align::Right => format!("{}{cut}", " ".repeat(gap)),
        Align::Center => format!("{}{cut}{}", " ".repeat(gap / 2), " ".repeat(gap - gap / 2)),
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = self.style.glyphs();
        let w = self.widths();
        let rule = |l: char, m: char, r: char| -> String {
            let mut s = String::from(l);
            for (i, cw) in w.iter().enumerate() {
                s.extend(std::iter::repeat(g.h).take(cw + 2));
                s.push(if i + 1 == w.len() { r } else { m });
            }
            s
        };
        let line = |cells: &[String]| -> String {
            let mut s = String::from(g.v);
            for (i, c) in cells.iter().enumerate() {
                s.push(' ');
                s.push_str(&pad(c, w[i], self.align[i]));
                s.push(' ');
                s.push(g.v);
            }
            s
        };
        if let Some(top) = g.top {
            writeln!(f, "{}", rule(top.0, top.1, top.2))?;
        }
        writeln!(f, "{}", line(&self.header))?;
        writeln!(f, "{}", rule(g.sep.0, g.sep.1, g.sep.2))?;
        for r in &self.rows {
            writeln!(f, "{}", line(r))?;
        }
        if let Some(bottom) = g.bottom {
            write!(f, "{}", rule(bottom.0, bottom.1, bottom.2))?;
        }
        Ok(())
    }
}
