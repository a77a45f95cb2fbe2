//! Per-user setup, run by Active Setup at logon (`--first-run`) and by the app for folder sync.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--first-run") => inkpad::sync::first_run(),
        Some("--sync") => inkpad::sync::sync_folder(args.get(1).map(String::as_str)),
        _ => eprintln!("usage: inkpad-sync --first-run | --sync [DIR]"),
    }
}
