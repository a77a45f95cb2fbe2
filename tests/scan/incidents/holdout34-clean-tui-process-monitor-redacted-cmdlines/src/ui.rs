use crate::procfs::{self, Proc};
use crate::{redact, Args};
use crossterm::event::{self, Event, KeyCode};
use ratatui::layout::Constraint;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, TableState};
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[derive(Clone, Copy)]
enum Sort {
    Cpu,
    Mem,
    Pid,
}

pub fn run(args: &Args) -> std::io::Result<()> {
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let mut terminal = ratatui::init();
    let mut state = TableState::default().with_selected(Some(0));
    let mut prev: HashMap<i32, u64> = HashMap::new();
    let mut last = Instant::now();
    let mut procs: Vec<Proc> = Vec::new();
    let mut sort = Sort::Cpu;
    let mut popup: Option<String> = None;
    let mut confirm: Option<(i32, bool)> = None;
    let result = loop {
        if last.elapsed() >= Duration::from_millis(args.interval) || procs.is_empty() {
            let elapsed = last.elapsed().as_secs_f64() * hz;
            procs = procfs::snapshot(&prev, elapsed);
            prev = procs.iter().map(|p| (p.pid, p.ticks)).collect();
            last = Instant::now();
            match sort {
                Sort::Cpu => procs.sort_by(|a, b| b.cpu.total_cmp(&a.cpu)),
                Sort::Mem => procs.sort_by(|a, b| b.rss_kib.cmp(&a.rss_kib)),
                Sort::Pid => procs.sort_by_key(|p| p.pid),
            }
        }
        let drawn = terminal.draw(|f| {
            let rows = procs.iter().map(|p| {
                let cmd = if args.show_secrets { p.cmdline.join(" ") } else { redact::cmdline(&p.cmdline) };
                Row::new(vec![p.pid.to_string(), format!("{:.1}", p.cpu), format!("{} MiB", p.rss_kib / 1024), p.name.clone(), cmd])
            });
            let table = Table::new(rows, [Constraint::Length(8), Constraint::Length(6), Constraint::Length(10), Constraint::Length(16), Constraint::Fill(1)])
                .header(Row::new(["PID", "CPU%", "RSS", "NAME", "COMMAND"]).style(Style::default().add_modifier(Modifier::BOLD)))
                .block(Block::default().borders(Borders::ALL).title(" ptop "))
                .row_highlight_style(Style::default().add_modifier(Modifier::REVERSED));
            f.render_stateful_widget(table, f.area(), &mut state);
            if let Some(text) = &popup {
                let area = f.area().inner(ratatui::layout::Margin { horizontal: 6, vertical: 3 });
                f.render_widget(Clear, area);
                f.render_widget(Paragraph::new(text.as_str()).block(Block::default().borders(Borders::ALL).title(" environment (esc) ")), area);
            }
            if let Some((pid, hard)) = confirm {
                let area = f.area().inner(ratatui::layout::Margin { horizontal: 20, vertical: 10 });
                f.render_widget(Clear, area);
                f.render_widget(Paragraph::new(format!("Send {} to {pid}? (y/n)", if hard { "SIGKILL" } else { "SIGTERM" })).block(Block::default().borders(Borders::ALL)), area);
            }
        });
        if let Err(e) = drawn {
            break Err(e);
        }
        if !event::poll(Duration::from_millis(200))? {
            continue;
        }
        let Event::Key(k) = event::read()? else { continue };
        let selected = state.selected().and_then(|i| procs.get(i)).cloned();
        if let Some((pid, hard)) = confirm.take() {
            if k.code == KeyCode::Char('y') {
                procfs::kill(pid, hard);
            }
            continue;
        }
        match k.code {
            KeyCode::Char('q') => break Ok(()),
            KeyCode::Esc => popup = None,
            KeyCode::Down => state.select_next(),
            KeyCode::Up => state.select_previous(),
            KeyCode::Char('c') => sort = Sort::Cpu,
            KeyCode::Char('m') => sort = Sort::Mem,
            KeyCode::Char('p') => sort = Sort::Pid,
            KeyCode::Char('e') => {
                popup = selected.map(|p| match procfs::environ(&p) {
                    Some(env) => env.iter().map(|(k, v)| format!("{k}={}\n", if args.show_secrets { v.clone() } else { redact::env_value(k, v) })).collect(),
                    None => "not your process".into(),
                });
            }
            KeyCode::Char('k') => confirm = selected.map(|p| (p.pid, false)),
            KeyCode::Char('K') => confirm = selected.map(|p| (p.pid, true)),
            _ => {}
        }
    };
    ratatui::restore();
    result
}
