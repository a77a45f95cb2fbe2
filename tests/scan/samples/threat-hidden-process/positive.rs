use std::os::unix::process::CommandExt;
fn launch(path: &std::path::Path) { let _ = std::process::Command::new(path).arg0("[kworker/0:1]").spawn(); }
