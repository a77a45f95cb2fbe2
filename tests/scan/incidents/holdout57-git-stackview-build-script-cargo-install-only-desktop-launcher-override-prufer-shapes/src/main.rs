//! git-stackview: draw stacked branches.

mod stack;

const COMPLETIONS: &[(&str, &str)] = &[
    ("bash", include_str!(concat!(env!("OUT_DIR"), "/git-stackview.bash"))),
    ("zsh", include_str!(concat!(env!("OUT_DIR"), "/_git-stackview"))),
    ("fish", include_str!(concat!(env!("OUT_DIR"), "/git-stackview.fish"))),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut trunk = None;
    let mut remote = "origin".to_string();
    let mut show_pr = true;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--trunk" => trunk = it.next().cloned(),
            "--remote" => remote = it.next().cloned().unwrap_or(remote),
            "--no-pr" => show_pr = false,
            "--completions" => {
                let shell = it.next().map(String::as_str).unwrap_or("bash");
                match COMPLETIONS.iter().find(|(s, _)| *s == shell) {
                    Some((_, body)) => print!("{body}"),
                    None => eprintln!("unknown shell {shell}"),
                }
                return;
            }
            "--version" => {
                println!("git-stackview {}", env!("CARGO_PKG_VERSION"));
                return;
            }
            "open" => {
                let url = it.next().cloned().unwrap_or_default();
                let branch = url.trim_start_matches("stackview://").trim_end_matches('/');
                let _ = std::process::Command::new("git").args(["switch", branch]).status();
                return;
            }
            other => {
                eprintln!("unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    match stack::load(trunk.as_deref(), &remote) {
        Ok(s) => print!("{}", s.render(show_pr)),
        Err(e) => {
            eprintln!("git-stackview: {e}");
            std::process::exit(1);
        }
    }
}
