use std::collections::BTreeMap;
use std::path::PathBuf;

use zellij_tile::prelude::*;

mod fixtures;
mod git;
mod health;
mod render;

#[derive(Default)]
struct State {
    granted: bool,
    cwd: Option<PathBuf>,
    status: Option<git::Status>,
    tabs: usize,
    ticks: u32,
    health: health::Health,
}

register_plugin!(State);

const TICK_SECS: f64 = 5.0;

impl ZellijPlugin for State {
    fn load(&mut self, _config: BTreeMap<String, String>) {
        request_permission(&[PermissionType::ReadApplicationState, PermissionType::RunCommands]);
        subscribe(&[
            EventType::PermissionRequestResult,
            EventType::TabUpdate,
            EventType::PaneUpdate,
            EventType::Timer,
            EventType::RunCommandResult,
        ]);
        set_selectable(false);
    }

    fn update(&mut self, event: Event) -> bool {
        match event {
            Event::PermissionRequestResult(PermissionStatus::Granted) => {
                self.granted = true;
                set_timeout(TICK_SECS);
                self.refresh();
                false
            }
            Event::TabUpdate(tabs) => {
                self.tabs = tabs.len();
                false
            }
            Event::PaneUpdate(manifest) => {
                let focused = manifest.panes.values().flatten().find(|p| p.is_focused && !p.is_plugin);
                if let Some(p) = focused {
                    let cwd = get_pane_cwd(PaneId::Terminal(p.id)).ok();
                    if cwd != self.cwd {
                        self.cwd = cwd;
                        self.refresh();
                    }
                }
                false
            }
            Event::Timer(_) => {
                self.ticks += 1;
                if self.ticks % 2 == 0 {
                    self.refresh();
                }
                self.health.tick(self.ticks, self.tabs);
                set_timeout(TICK_SECS);
                false
            }
            Event::RunCommandResult(code, stdout, _stderr, ctx) => match ctx.get("kind").map(String::as_str) {
                Some("status") => {
                    self.status = (code == Some(0)).then(|| git::parse(&String::from_utf8_lossy(&stdout)));
                    true
                }
                Some("health") => {
                    self.health.done(code);
                    false
                }
                _ => false,
            },
            _ => false,
        }
    }

    fn render(&mut self, _rows: usize, cols: usize) {
        print!("{}", render::line(self.status.as_ref(), cols));
    }
}

impl State {
    fn refresh(&mut self) {
        if !self.granted {
            return;
        }
        let Some(cwd) = self.cwd.clone() else { return };
        let mut ctx = BTreeMap::new();
        ctx.insert("kind".to_string(), "status".to_string());
        run_command_with_env_variables_and_cwd(&["git", "status", "--porcelain=v2", "--branch"], BTreeMap::new(), cwd, ctx);
    }
}
