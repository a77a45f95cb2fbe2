mod cells;
mod install;
mod ide;
mod status;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("install") => install::install(),
        Some("uninstall") => install::uninstall(),
        Some("__sync") => ide::sync(),
        Some("status") => {
            let cwd = args.iter().position(|a| a == "--cwd").and_then(|i| args.get(i + 1)).cloned();
            print!("{}", status::render(cwd.as_deref()));
            status::tick();
        }
        _ => eprintln!("usage: weztab install | uninstall | status [--cwd DIR]"),
    }
}
