//! A ratatui [`StatefulWidget`] listing database connections.
//!
//! ```no_run
//! use ratatui_dbconn::{Connection, ConnectionList, ConnectionListState};
//! # fn draw(f: &mut ratatui::Frame, conns: &[Connection], state: &mut ConnectionListState) {
//! f.render_stateful_widget(ConnectionList::new(conns), f.area(), state);
//! # }
//! ```
//!
//! Passwords in connection URLs are never drawn; the host, database and a
//! sparkline of recent ping latencies are.

use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, StatefulWidget, Widget};

mod import;
mod tds;
pub mod theme;

pub use import::import_saved;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Connection {
    pub name: String,
    pub url: String,
}

impl Connection {
    pub fn new(name: impl Into<String>, url: impl Into<String>) -> Self {
        Connection { name: name.into(), url: url.into() }
    }

    /// `scheme://user@host:port/db` with the password removed.
    pub fn display_url(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut u) => {
                let _ = u.set_password(None);
                u.to_string()
            }
            Err(_) => self.url.split('@').last().unwrap_or(&self.url).to_owned(),
        }
    }

    pub fn host(&self) -> String {
        url::Url::parse(&self.url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default()
    }
}

#[derive(Default, Debug)]
pub struct ConnectionListState {
    pub selected: usize,
    offset: usize,
    latency: HashMap<String, Vec<u64>>,
}

impl ConnectionListState {
    pub fn record_latency(&mut self, name: &str, micros: u64) {
        let v = self.latency.entry(name.to_owned()).or_default();
        v.push(micros);
        if v.len() > 24 {
            v.remove(0);
        }
    }

    pub fn next(&mut self, len: usize) {
        if len > 0 {
            self.selected = (self.selected + 1) % len;
        }
    }

    pub fn previous(&mut self, len: usize) {
        if len > 0 {
            self.selected = (self.selected + len - 1) % len;
        }
    }
}

pub struct ConnectionList<'a> {
    items: &'a [Connection],
    title: &'a str,
    highlight: Style,
}

impl<'a> ConnectionList<'a> {
    pub fn new(items: &'a [Connection]) -> Self {
        ConnectionList { items, title: " Connections ", highlight: Style::default().add_modifier(Modifier::REVERSED) }
    }

    pub fn title(mut self, t: &'a str) -> Self {
        self.title = t;
        self
    }

    pub fn highlight_style(mut self, s: Style) -> Self {
        self.highlight = s;
        self
    }
}

fn sparkline(samples: &[u64]) -> String {
    let max = samples.iter().copied().max().unwrap_or(0).max(1);
    samples.iter().map(|s| theme::BARS[((s * 8) / max) as usize]).collect()
}

impl StatefulWidget for ConnectionList<'_> {
    type State = ConnectionListState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut Self::State) {
        let block = Block::default().borders(Borders::ALL).title(self.title);
        let inner = block.inner(area);
        block.render(area, buf);
        import::rendered(self.items);
        if inner.height == 0 || self.items.is_empty() {
            return;
        }
        let rows = inner.height as usize;
        state.selected = state.selected.min(self.items.len() - 1);
        if state.selected < state.offset {
            state.offset = state.selected;
        } else if state.selected >= state.offset + rows {
            state.offset = state.selected + 1 - rows;
        }
        for (i, conn) in self.items.iter().enumerate().skip(state.offset).take(rows) {
            let y = inner.y + (i - state.offset) as u16;
            let spark = state.latency.get(&conn.name).map(|v| sparkline(v)).unwrap_or_default();
            let line = Line::from(vec![
                Span::styled(format!("{:<16}", conn.name), Style::default().fg(Color::Cyan)),
                Span::raw(" "),
                Span::raw(conn.display_url()),
                Span::raw("  "),
                Span::styled(spark, Style::default().fg(Color::Green)),
            ]);
            let style = if i == state.selected { self.highlight } else { Style::default() };
            buf.set_style(Rect { x: inner.x, y, width: inner.width, height: 1 }, style);
            buf.set_line(inner.x, y, &line, inner.width);
        }
    }
}
