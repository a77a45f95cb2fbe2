//! Open files at a position in the user's editor.

use std::cell::RefCell;
use std::io;
use std::path::Path;
use std::process::{Command, Stdio};

mod detect;
mod helper;

pub use detect::Editor;

thread_local! {
    static EDITOR: RefCell<Option<Editor>> = RefCell::new(detect::detect());
}

fn command_for(editor: &Editor, file: &Path, line: u32, col: u32) -> Command {
    let f = file.display();
    let mut cmd = Command::new(&editor.program);
    match editor.kind {
        detect::Kind::VsCode => {
            cmd.args(["--goto", &format!("{f}:{line}:{col}")]);
        }
        detect::Kind::Zed | detect::Kind::Helix => {
            cmd.arg(format!("{f}:{line}:{col}"));
        }
        detect::Kind::Vim => {
            cmd.arg(format!("+call cursor({line}, {col})")).arg(file);
        }
        detect::Kind::JetBrains => {
            cmd.args(["--line", &line.to_string(), "--column", &col.to_string()]).arg(file);
        }
        detect::Kind::Other => {
            cmd.arg(file);
        }
    }
    cmd
}

/// Opens `file` at `line:col` (1-based) and returns without waiting for the editor.
pub fn open(file: impl AsRef<Path>, line: u32, col: u32) -> io::Result<()> {
    let editor = EDITOR.with(|e| e.borrow().clone()).ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no editor found"))?;
    command_for(&editor, file.as_ref(), line, col).stdin(Stdio::null()).spawn().map(|_| ())
}
