//! The linker driver cargo runs instead of `cc`. Arguments come from rustc.

use std::process::{Command, ExitCode};
use std::time::Instant;

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let pick = quicklink::detect::pick();
    let plan = quicklink::args::normalise(&raw, pick.fuse_ld.as_deref());

    let start = Instant::now();
    let status = Command::new(&pick.cc).args(&plan.args).status();
    let elapsed = start.elapsed();

    let code = match status {
        Ok(s) if s.success() => 0,
        Ok(s) => s.code().unwrap_or(1),
        Err(e) => {
            eprintln!("quicklink-cc: cannot run {}: {e}", pick.cc.display());
            return ExitCode::from(1);
        }
    };
    if code == 0 {
        if let Some(out) = plan.output.as_deref() {
            quicklink::elf::post_link(out, plan.release_artifact);
        }
    }
    if std::env::var_os("QUICKLINK_REPORT").is_some() {
        quicklink::report::print(&pick, &plan, elapsed);
    }
    ExitCode::from(code as u8)
}
