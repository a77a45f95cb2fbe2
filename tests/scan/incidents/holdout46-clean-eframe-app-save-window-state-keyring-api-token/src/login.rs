//! Token entry dialog.

use eframe::egui;
use zeroize::Zeroize;

#[derive(Default)]
pub(crate) struct LoginDialog {
    input: String,
    pub(crate) error: Option<String>,
}

impl LoginDialog {
    /// Returns the pasted token once the user confirms it.
    pub(crate) fn show(&mut self, ctx: &egui::Context) -> Option<String> {
        let mut submitted = None;
        egui::CentralPanel::default().show(ctx, |ui| {
            ui.heading("Sign in");
            ui.label("Paste an API token from your account settings.");
            let field = ui.add(egui::TextEdit::singleline(&mut self.input).password(true).hint_text("token"));
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Save").clicked() || enter) && !self.input.trim().is_empty() {
                submitted = Some(self.input.trim().to_owned());
                self.input.zeroize();
            }
            if let Some(e) = &self.error {
                ui.colored_label(egui::Color32::RED, e);
            }
        });
        submitted
    }
}
