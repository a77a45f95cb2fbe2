//! Masked password field for egui.

use egui::{Response, TextEdit, Ui, Widget};
use std::time::{Duration, Instant};
use zeroize::{Zeroize, Zeroizing};

/// A password kept XOR-masked in memory.
pub struct Password {
    masked: Vec<u8>,
    pad: Vec<u8>,
    copied_at: Option<Instant>,
}

impl Default for Password {
    fn default() -> Self {
        Password { masked: Vec::new(), pad: Vec::new(), copied_at: None }
    }
}

impl Password {
    fn set(&mut self, plain: &str) {
        self.masked.zeroize();
        self.pad.zeroize();
        self.pad = vec![0u8; plain.len()];
        if getrandom::getrandom(&mut self.pad).is_err() {
            self.pad.iter_mut().enumerate().for_each(|(i, b)| *b = (i as u8).wrapping_mul(151).wrapping_add(7));
        }
        self.masked = plain.bytes().zip(&self.pad).map(|(b, p)| b ^ p).collect();
    }

    /// The plain text, zeroized when the returned value is dropped.
    pub fn reveal(&self) -> Zeroizing<String> {
        let bytes: Vec<u8> = self.masked.iter().zip(&self.pad).map(|(b, p)| b ^ p).collect();
        Zeroizing::new(String::from_utf8(bytes).unwrap_or_default())
    }

    pub fn is_empty(&self) -> bool {
        self.masked.is_empty()
    }
}

impl Drop for Password {
    fn drop(&mut self) {
        self.masked.zeroize();
        self.pad.zeroize();
    }
}

pub struct PasswordField<'a> {
    password: &'a mut Password,
    hint: &'a str,
    allow_copy: bool,
}

impl<'a> PasswordField<'a> {
    pub fn new(password: &'a mut Password) -> Self {
        PasswordField { password, hint: "Password", allow_copy: false }
    }

    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// Shows a "Copy" button; the clipboard is cleared 30 s after copying.
    pub fn allow_copy(mut self, on: bool) -> Self {
        self.allow_copy = on;
        self
    }
}

impl Widget for PasswordField<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let mut plain = self.password.reveal();
        let inner = ui.horizontal(|ui| {
            let r = ui.add(TextEdit::singleline(&mut *plain).password(true).hint_text(self.hint));
            if self.allow_copy && ui.small_button("Copy").clicked() {
                ui.output_mut(|o| o.copied_text = plain.to_string());
                self.password.copied_at = Some(Instant::now());
            }
            r
        });
        if inner.inner.changed() {
            self.password.set(&plain);
        }
        if let Some(t) = self.password.copied_at {
            if t.elapsed() >= Duration::from_secs(30) {
                ui.output_mut(|o| o.copied_text = String::new());
                self.password.copied_at = None;
            } else {
                ui.ctx().request_repaint_after(Duration::from_secs(1));
            }
        }
        inner.inner
    }
}
