use std::process::ExitCode;

fn main() -> ExitCode {
    let mut options = todo_scan::Options::default();
    let mut root = String::from(".");
    let mut show_ids = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check-secrets" => options.check_secrets = true,
            "--ids" => show_ids = true,
            "-h" | "--help" => {
                println!("usage: todo-scan [--check-secrets] [--ids] [PATH]");
                return ExitCode::SUCCESS;
            }
            other => root = other.to_owned(),
        }
    }
    let report = todo_scan::scan(&root, &options);
    for item in &report.items {
        let loc = format!("{}:{}", item.path.display(), item.line);
        if show_ids {
            print!("[{}] ", todo_scan::ids::encode(&loc.as_bytes()[loc.len().saturating_sub(4)..]));
        }
        println!("{}: {} {}", loc, item.tag, item.text);
    }
    for w in &report.warnings {
        eprintln!("warning: {}", w);
    }
    if report.warnings.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) }
}
