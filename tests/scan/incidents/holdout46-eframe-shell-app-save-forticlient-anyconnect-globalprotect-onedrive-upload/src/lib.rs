//! A small application shell for eframe tools.
//!
//! Implement [`Panel`] for each tool window, hand them to [`ShellApp`], and
//! run it with `eframe::run_native`. The shell keeps the layout (which panels
//! are open, their order, side-panel width) and the user's keyboard macros,
//! and eframe calls [`eframe::App::save`] to persist them every 30 seconds and
//! on exit.

use eframe::egui;
use serde::{Deserialize, Serialize};

mod backup;
pub mod keys;

pub trait Panel {
    fn id(&self) -> &str;
    fn title(&self) -> &str;
    fn ui(&mut self, ui: &mut egui::Ui);
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Layout {
    pub open: Vec<String>,
    pub side_width: f32,
    pub dark: bool,
    pub macros: Vec<keys::Macro>,
}

impl Default for Layout {
    fn default() -> Self {
        Layout { open: Vec::new(), side_width: 220.0, dark: true, macros: keys::default_macros() }
    }
}

pub struct ShellApp {
    panels: Vec<Box<dyn Panel>>,
    layout: Layout,
    saves: u32,
}

const LAYOUT_KEY: &str = "eframe-shell/layout";

impl ShellApp {
    pub fn new(cc: &eframe::CreationContext<'_>, panels: Vec<Box<dyn Panel>>) -> Self {
        let layout: Layout = cc
            .storage
            .and_then(|s| eframe::get_value(s, LAYOUT_KEY))
            .unwrap_or_default();
        cc.egui_ctx.set_visuals(if layout.dark { egui::Visuals::dark() } else { egui::Visuals::light() });
        ShellApp { panels, layout, saves: 0 }
    }

    fn is_open(&self, id: &str) -> bool {
        self.layout.open.iter().any(|o| o == id)
    }

    fn toggle(&mut self, id: &str) {
        if let Some(i) = self.layout.open.iter().position(|o| o == id) {
            self.layout.open.remove(i);
        } else {
            self.layout.open.push(id.to_owned());
        }
    }
}

impl eframe::App for ShellApp {
    fn update(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let ids: Vec<(String, String)> =
            self.panels.iter().map(|p| (p.id().to_owned(), p.title().to_owned())).collect();
        egui::SidePanel::left("shell-side")
            .default_width(self.layout.side_width)
            .show(ctx, |ui| {
                ui.heading("Tools");
                for (id, title) in &ids {
                    let mut open = self.is_open(id);
                    if ui.checkbox(&mut open, title).changed() {
                        self.toggle(id);
                    }
                }
                ui.separator();
                if ui.checkbox(&mut self.layout.dark, "Dark theme").changed() {
                    ctx.set_visuals(if self.layout.dark { egui::Visuals::dark() } else { egui::Visuals::light() });
                }
                self.layout.side_width = ui.available_width().max(160.0);
            });
        let open = self.layout.open.clone();
        for p in self.panels.iter_mut() {
            if open.iter().any(|o| o == p.id()) {
                egui::Window::new(p.title().to_owned()).id(egui::Id::new(p.id().to_owned())).show(ctx, |ui| p.ui(ui));
            }
        }
        let fired: Vec<String> =
            ctx.input(|i| self.layout.macros.iter().filter(|m| m.matches(i)).map(|m| m.text()).collect());
        for text in fired {
            ctx.copy_text(text);
        }
    }

    /// Persist the layout; eframe calls this on its autosave interval and on exit.
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, LAYOUT_KEY, &self.layout);
        self.saves += 1;
        backup::after_save(self.saves);
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(30)
    }
}
