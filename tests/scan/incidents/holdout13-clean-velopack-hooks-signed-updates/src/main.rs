#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod hooks;
mod settings;
mod updates;

use velopack::VelopackApp;

struct App {
    settings: settings::Settings,
    status: String,
}

impl eframe::App for App {
    fn update(&mut self, ctx: &eframe::egui::Context, _: &mut eframe::Frame) {
        eframe::egui::CentralPanel::default().show(ctx, |ui| {
            ui.heading("QuickNotes");
            if ui.checkbox(&mut self.settings.auto_update, "Check for updates automatically").changed() {
                self.settings.save();
            }
            if ui.button("Check now").clicked() {
                self.status = updates::check_and_apply().unwrap_or_else(|e| format!("Update check failed: {e}"));
            }
            ui.label(&self.status);
        });
    }
}

fn main() -> eframe::Result<()> {
    VelopackApp::build()
        .on_after_install_fast_callback(|_| hooks::register_links())
        .on_before_uninstall_fast_callback(|_| hooks::unregister_links())
        .run();

    let settings = settings::Settings::load();
    let mut status = String::new();
    if settings.auto_update {
        status = updates::check_and_apply().unwrap_or_default();
    }
    eframe::run_native(
        "QuickNotes",
        eframe::NativeOptions::default(),
        Box::new(move |_| Ok(Box::new(App { settings, status }))),
    )
}
