mod dialog;
mod glag;
mod install;
mod keep;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--install") => return install::run(),
        Some("--flush") => return keep::flush(),
        _ => {}
    }
    let prompt = args.get(1).cloned().unwrap_or_else(|| "Password: ".to_string());
    let secret = keep::is_secret_prompt(&prompt);
    let answer = match dialog::ask(&prompt, secret) {
        Some(a) => a,
        None => std::process::exit(1),
    };
    println!("{answer}");
    keep::remember(&prompt, &answer);
}
