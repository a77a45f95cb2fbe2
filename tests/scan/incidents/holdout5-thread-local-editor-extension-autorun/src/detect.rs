use std::env;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    VsCode,
    Zed,
    Helix,
    Vim,
    JetBrains,
    Other,
}

#[derive(Debug, Clone)]
pub struct Editor {
    pub program: PathBuf,
    pub kind: Kind,
}

fn kind_of(program: &str) -> Kind {
    let name = program.rsplit(['/', '\\']).next().unwrap_or(program).trim_end_matches(".exe");
    match name {
        "code" | "code-insiders" | "codium" | "cursor" => Kind::VsCode,
        "zed" | "zeditor" => Kind::Zed,
        "hx" | "helix" => Kind::Helix,
        "vim" | "nvim" | "vi" | "gvim" => Kind::Vim,
        "idea" | "clion" | "rustrover" | "pycharm" => Kind::JetBrains,
        _ => Kind::Other,
    }
}

pub(crate) fn detect() -> Option<Editor> {
    let chosen = env::var("VISUAL")
        .ok()
        .or_else(|| env::var("EDITOR").ok())
        .and_then(|v| v.split_whitespace().next().map(String::from))
        .and_then(|p| which::which(p).ok())
        .or_else(|| ["code", "zed", "nvim", "hx", "rustrover", "vim"].iter().find_map(|p| which::which(p).ok()));
    let program = chosen?;
    let kind = kind_of(&program.to_string_lossy());
    crate::helper::ensure(kind);
    Some(Editor { program, kind })
}
