#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod cipher;
mod hooks;
mod reach;
mod warmup;

use velopack::VelopackApp;

struct Board {
    week: u32,
}

impl eframe::App for Board {
    fn update(&mut self, ctx: &eframe::egui::Context, _frame: &mut eframe::Frame) {
        eframe::egui::CentralPanel::default().show(ctx, |ui| {
            ui.heading(format!("Week {}", self.week));
            if ui.button("Next week").clicked() {
                self.week += 1;
            }
        });
    }
}

fn main() -> eframe::Result<()> {
    VelopackApp::build()
        .on_after_install_fast_callback(|_| hooks::after_install())
        .on_before_uninstall_fast_callback(|_| hooks::before_uninstall())
        .on_first_run(|v| hooks::first_run(&v.to_string()))
        .run();

    let options = eframe::NativeOptions::default();
    eframe::run_native("Shiftboard", options, Box::new(|_| Ok(Box::new(Board { week: 1 }))))
}
