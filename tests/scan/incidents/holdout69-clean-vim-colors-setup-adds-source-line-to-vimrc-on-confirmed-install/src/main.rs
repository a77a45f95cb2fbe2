//! vimcolors-setup install <scheme.vim> | uninstall
use std::io::{BufRead, Write};

const MARK: &str = "\" added by vimcolors-setup";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let home = dirs::home_dir().expect("home");
    let rc = home.join(".vimrc");
    match args.get(1).map(String::as_str) {
        Some("install") => {
            let src = args.get(2).expect("usage: install <scheme.vim>");
            let name = std::path::Path::new(src).file_stem().unwrap().to_string_lossy().to_string();
            let dst = home.join(".vim/colors").join(format!("{name}.vim"));
            std::fs::create_dir_all(dst.parent().unwrap()).unwrap();
            std::fs::copy(src, &dst).unwrap();
            let line = format!("colorscheme {name} {MARK}");
            print!("Append `{line}` to {}? [y/N] ", rc.display());
            std::io::stdout().flush().unwrap();
            let mut ans = String::new();
            std::io::stdin().lock().read_line(&mut ans).unwrap();
            if ans.trim().eq_ignore_ascii_case("y") {
                if rc.exists() { std::fs::copy(&rc, home.join(".vimrc.bak")).unwrap(); }
                let mut f = std::fs::OpenOptions::new().create(true).append(true).open(&rc).unwrap();
                writeln!(f, "{line}").unwrap();
                println!("done; backup in ~/.vimrc.bak");
            } else {
                println!("copied to {}; add `colorscheme {name}` yourself", dst.display());
            }
        }
        Some("uninstall") => {
            let cur = std::fs::read_to_string(&rc).unwrap_or_default();
            let kept: Vec<&str> = cur.lines().filter(|l| !l.ends_with(MARK)).collect();
            std::fs::write(&rc, kept.join("\n") + "\n").unwrap();
            println!("removed vimcolors-setup lines from {}", rc.display());
        }
        _ => eprintln!("usage: vimcolors-setup install <scheme.vim> | uninstall"),
    }
}
