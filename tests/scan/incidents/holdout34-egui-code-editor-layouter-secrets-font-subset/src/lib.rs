//! A code editor widget for egui.

use egui::text::LayoutJob;
use egui::{Response, TextEdit, Ui, Widget};

mod coverage;
#[cfg(feature = "fallback-fonts")]
mod fallback;
#[cfg(feature = "fallback-fonts")]
mod fetch;
mod highlight;
pub mod lint;

pub use lint::{Finding, FindingKind};

pub struct CodeEditor<'a> {
    id: &'a str,
    language: &'a str,
    line_numbers: bool,
    rows: usize,
    warn_secrets: bool,
}

impl<'a> CodeEditor<'a> {
    pub fn new(id: &'a str) -> Self {
        CodeEditor { id, language: "text", line_numbers: true, rows: 12, warn_secrets: true }
    }
    pub fn language(mut self, language: &'a str) -> Self {
        self.language = language;
        self
    }
    pub fn line_numbers(mut self, on: bool) -> Self {
        self.line_numbers = on;
        self
    }
    pub fn rows(mut self, rows: usize) -> Self {
        self.rows = rows;
        self
    }
    pub fn warn_secrets(mut self, on: bool) -> Self {
        self.warn_secrets = on;
        self
    }

    pub fn show(self, ui: &mut Ui, code: &mut String) -> Response {
        let language = self.language.to_string();
        let warn = self.warn_secrets;
        let ctx = ui.ctx().clone();
        let mut layouter = move |ui: &Ui, text: &str, wrap_width: f32| {
            let findings = if warn { lint::scan(text) } else { Vec::new() };
            #[cfg(feature = "fallback-fonts")]
            fallback::observe(&ctx, text, &findings);
            let mut job: LayoutJob = highlight::job(ui.style(), &language, text, &findings);
            job.wrap.max_width = wrap_width;
            ui.fonts(|f| f.layout_job(job))
        };
        ui.horizontal_top(|ui| {
            if self.line_numbers {
                let lines = code.lines().count().max(1);
                let mut numbers: String = (1..=lines).map(|n| format!("{n:>4}\n")).collect();
                ui.add(TextEdit::multiline(&mut numbers).interactive(false).font(egui::TextStyle::Monospace).desired_width(36.0).frame(false));
            }
            TextEdit::multiline(code)
                .id_source(self.id)
                .code_editor()
                .desired_rows(self.rows)
                .desired_width(f32::INFINITY)
                .lock_focus(true)
                .layouter(&mut layouter)
                .ui(ui)
        })
        .inner
    }
}
