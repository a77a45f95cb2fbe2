use crate::app::App;
use crate::filter::field;
use crossterm::event::{self, Event, KeyCode};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState};
use std::sync::mpsc::Receiver;
use std::time::Duration;

fn cell(v: &serde_json::Value, path: &str) -> String {
    match field(v, path) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

pub fn run(app: &mut App, rx: Receiver<String>) -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let mut state = TableState::default();
    let result = loop {
        if !app.paused {
            while let Ok(line) = rx.try_recv() {
                app.push(&line);
            }
        }
        let draw = terminal.draw(|f| {
            let _frame = tracing::info_span!("frame").entered();
            let [main, bar] = Layout::vertical([Constraint::Min(3), Constraint::Length(3)]).areas(f.area());
            let visible = app.visible();
            let rows = visible.iter().rev().take(main.height as usize).map(|r| Row::new(app.columns.iter().map(|c| cell(r, c)).collect::<Vec<_>>()));
            let widths = vec![Constraint::Fill(1); app.columns.len()];
            let table = Table::new(rows, widths)
                .header(Row::new(app.columns.clone()).style(Style::default().add_modifier(Modifier::BOLD)))
                .block(Block::default().borders(Borders::ALL).title(format!(" tuiq — {} / {} ", visible.len(), app.records.len())))
                .row_highlight_style(Style::default().bg(Color::DarkGray));
            f.render_stateful_widget(table, main, &mut state);
            let text = match (&app.error, app.editing) {
                (Some(e), _) => format!("error: {e}"),
                (None, true) => format!("/{}", app.filter_text),
                (None, false) => format!("filter: {}  (/ edit · p pause · q quit)", app.filter_text),
            };
            f.render_widget(Paragraph::new(text).block(Block::default().borders(Borders::ALL)), bar);
        });
        if let Err(e) = draw {
            break Err(e);
        }
        if event::poll(Duration::from_millis(100))? {
            if let Event::Key(k) = event::read()? {
                match (app.editing, k.code) {
                    (true, KeyCode::Enter) => {
                        app.editing = false;
                        let t = app.filter_text.clone();
                        app.set_filter(&t);
                    }
                    (true, KeyCode::Esc) => app.editing = false,
                    (true, KeyCode::Backspace) => {
                        app.filter_text.pop();
                    }
                    (true, KeyCode::Char(c)) => app.filter_text.push(c),
                    (false, KeyCode::Char('/')) => app.editing = true,
                    (false, KeyCode::Char('p')) => app.paused = !app.paused,
                    (false, KeyCode::Char('q')) => break Ok(()),
                    (false, KeyCode::Down) => state.select_next(),
                    (false, KeyCode::Up) => state.select_previous(),
                    _ => {}
                }
            }
        }
    };
    ratatui::restore();
    result
}
