mod config;
mod services;

use crossterm::event::{self, Event, KeyCode};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("login") {
        return config::login(args.get(2).ok_or_else(|| anyhow::anyhow!("usage: labtop login <service>"))?);
    }
    let cfg = config::load()?;
    let mut terminal = ratatui::init();
    let mut rows: Vec<services::Row> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let mut last = Instant::now() - Duration::from_secs(60);
    let result = loop {
        if last.elapsed() >= Duration::from_secs(5) {
            rows.clear();
            errors.clear();
            for s in &cfg.services {
                match services::poll(s) {
                    Ok(r) => rows.extend(r),
                    Err(e) => errors.push(format!("{}: {e}", s.name)),
                }
            }
            last = Instant::now();
        }
        terminal.draw(|f| {
            let [head, body, foot] = Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(3)]).areas(f.area());
            let spans: Vec<Span> = cfg
                .services
                .iter()
                .map(|s| if s.insecure_tls { Span::styled(format!(" {} TLS! ", s.name), Style::default().fg(Color::Red)) } else { Span::raw(format!(" {} ", s.name)) })
                .collect();
            f.render_widget(Paragraph::new(Line::from(spans)), head);
            let table = Table::new(
                rows.iter().map(|r| {
                    Row::new(vec![
                        Cell::from(r.service.clone()),
                        Cell::from(r.item.clone()),
                        Cell::from(r.status.clone()),
                        Cell::from(r.cpu.map(|c| format!("{c:.0}%")).unwrap_or_default()),
                        Cell::from(r.mem.map(|m| format!("{m:.0}%")).unwrap_or_default()),
                    ])
                }),
                [Constraint::Length(10), Constraint::Min(20), Constraint::Length(10), Constraint::Length(6), Constraint::Length(6)],
            )
            .header(Row::new(vec!["service", "name", "status", "cpu", "mem"]))
            .block(Block::default().borders(Borders::ALL).title("labtop"));
            f.render_widget(table, body);
            f.render_widget(Paragraph::new(errors.join("\n")).block(Block::default().borders(Borders::TOP)), foot);
        })?;
        if event::poll(Duration::from_millis(250))? {
            if let Event::Key(k) = event::read()? {
                if k.code == KeyCode::Char('q') {
                    break Ok(());
                }
            }
        }
    };
    ratatui::restore();
    result
}
