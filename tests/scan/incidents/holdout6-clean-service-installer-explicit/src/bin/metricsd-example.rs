//! Example daemon showing the intended use: the service is installed only by `install`.

use std::env;
use std::process::ExitCode;

use service_install::{install, uninstall, Scope, Spec};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().collect();
    let scope = if args.iter().any(|a| a == "--user") { Scope::User } else { Scope::System };
    let dry_run = args.iter().any(|a| a == "--dry-run");
    let exe = env::current_exe().expect("current exe");
    let spec = Spec::new("metricsd-example", exe).arg("run").description("Example metrics daemon");
    let result = match args.get(1).map(String::as_str) {
        Some("install") => install(&spec, scope, dry_run),
        Some("uninstall") => uninstall(&spec, scope, dry_run),
        Some("run") => {
            println!("running (this is where the daemon's work would happen)");
            Ok(())
        }
        _ => {
            eprintln!("usage: metricsd-example <install|uninstall|run> [--user] [--dry-run]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e);
            ExitCode::FAILURE
        }
    }
}
