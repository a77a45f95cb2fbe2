use eframe::egui;
use serde::{Deserialize, Serialize};

#[derive(Default, Serialize, Deserialize)]
struct Todo {
    text: String,
    done: bool,
}

#[derive(Default)]
struct App {
    items: Vec<Todo>,
    draft: String,
}

fn store() -> std::path::PathBuf {
    dirs::data_dir().unwrap_or_default().join("tallyho/todos.json")
}

impl eframe::App for App {
    fn update(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ctx, |ui| {
            ui.heading("Tallyho");
            let resp = ui.text_edit_singleline(&mut self.draft);
            if resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && !self.draft.is_empty() {
                self.items.push(Todo { text: std::mem::take(&mut self.draft), done: false });
            }
            for item in &mut self.items {
                ui.checkbox(&mut item.done, &item.text);
            }
        });
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        let _ = std::fs::create_dir_all(store().parent().unwrap());
        let _ = std::fs::write(store(), serde_json::to_vec(&self.items).unwrap_or_default());
    }
}

fn main() -> eframe::Result<()> {
    let items = std::fs::read(store()).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    eframe::run_native("Tallyho", eframe::NativeOptions::default(), Box::new(|_| Ok(Box::new(App { items, draft: String::new() }))))
}
