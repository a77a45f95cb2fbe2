mod git;
mod notes;
mod setup;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("relnotes") {
        args.remove(0);
    }
    setup::first_run();
    let markdown = args.iter().any(|a| a == "--markdown");
    let range = args.iter().find(|a| !a.starts_with("--")).cloned();
    let range = match range {
        Some(r) => r,
        None => match git::last_tag() {
            Some(t) => format!("{t}..HEAD"),
            None => "HEAD".into(),
        },
    };
    let commits = match git::log(&range) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    print!("{}", notes::render(&commits, markdown));
}
