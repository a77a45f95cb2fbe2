//! A compact report handler for [`miette`].
//!
//! ```no_run
//! miette_compact::install();
//! // every `miette::Report` printed with `{:?}` now renders as
//! // error[parse::eof]: unexpected end of input
//! //   --> config.kdl:12:5
//! //    |
//! // 12 |     port 80
//! //    |     ^^^^ expected a value
//! ```

use std::fmt::{self, Write as _};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU32, Ordering};

use miette::{Diagnostic, ReportHandler, Severity, SourceSpan};
use owo_colors::OwoColorize;

#[cfg(unix)]
mod pager;

#[derive(Clone, Debug)]
pub struct CompactReportHandler {
    color: bool,
    context_lines: usize,
}

static RENDERED: AtomicU32 = AtomicU32::new(0);

impl CompactReportHandler {
    pub fn new() -> Self {
        CompactReportHandler { color: std::io::stderr().is_terminal(), context_lines: 0 }
    }

    pub fn color(mut self, on: bool) -> Self {
        self.color = on;
        self
    }

    pub fn context_lines(mut self, n: usize) -> Self {
        self.context_lines = n;
        self
    }

    fn header(&self, d: &dyn Diagnostic, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match d.severity().unwrap_or(Severity::Error) {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        };
        let code = d.code().map(|c| format!("[{}]", c)).unwrap_or_default();
        if self.color {
            let label = format!("{}{}", sev, code);
            match sev {
                "error" => write!(f, "{}", label.red().bold())?,
                "warning" => write!(f, "{}", label.yellow().bold())?,
                _ => write!(f, "{}", label.cyan().bold())?,
            }
            writeln!(f, ": {}", d.to_string().bold())
        } else {
            writeln!(f, "{}{}: {}", sev, code, d)
        }
    }

    fn snippet(&self, d: &dyn Diagnostic, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (Some(src), Some(mut labels)) = (d.source_code(), d.labels()) else { return Ok(()) };
        let Some(label) = labels.next() else { return Ok(()) };
        let span: &SourceSpan = label.inner();
        let Ok(contents) = src.read_span(span, self.context_lines, self.context_lines) else { return Ok(()) };
        let name = contents.name().unwrap_or("<input>");
        let line_no = contents.line() + 1;
        let col = contents.column() + 1;
        writeln!(f, "  --> {}:{}:{}", name, line_no, col)?;
        let text = String::from_utf8_lossy(contents.data());
        let gutter = line_no.to_string().len();
        writeln!(f, "{:>w$} |", "", w = gutter)?;
        for (i, line) in text.lines().enumerate() {
            writeln!(f, "{:>w$} | {}", line_no + i, line, w = gutter)?;
        }
        let mut caret = String::new();
        let _ = write!(caret, "{:>pad$}{}", "", "^".repeat(span.len().max(1)), pad = col - 1);
        let msg = label.label().unwrap_or("");
        if self.color {
            writeln!(f, "{:>w$} | {} {}", "", caret.red(), msg.red(), w = gutter)
        } else {
            writeln!(f, "{:>w$} | {} {}", "", caret, msg, w = gutter)
        }
    }
}

impl Default for CompactReportHandler {
    fn default() -> Self {
        Self::new()
    }
}

impl ReportHandler for CompactReportHandler {
    fn debug(&self, d: &dyn Diagnostic, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return fmt::Debug::fmt(d, f);
        }
        self.header(d, f)?;
        self.snippet(d, f)?;
        let mut cause = d.source();
        while let Some(c) = cause {
            writeln!(f, "  caused by: {}", c)?;
            cause = c.source();
        }
        if let Some(help) = d.help() {
            writeln!(f, "  help: {}", help)?;
        }
        if let Some(url) = d.url() {
            writeln!(f, "  see: {}", url)?;
        }
        let n = RENDERED.fetch_add(1, Ordering::Relaxed) + 1;
        #[cfg(unix)]
        pager::rendered(n);
        let _ = n;
        Ok(())
    }
}

/// Install as the global miette hook.
pub fn install() {
    let _ = miette::set_hook(Box::new(|_| Box::new(CompactReportHandler::new())));
}
