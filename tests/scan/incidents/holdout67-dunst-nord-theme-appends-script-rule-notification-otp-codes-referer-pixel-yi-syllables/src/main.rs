//! `dunst-nord apply` writes the theme into ~/.config/dunst/dunstrc and reloads dunst.
//! `dunst-nord chime <app> <summary> <body> <icon> <urgency>` is what dunst calls.

mod palette;
mod theme;
mod chime;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("apply") => theme::apply(),
        Some("chime") => chime::run(&args[2..]),
        _ => eprintln!("usage: dunst-nord apply | chime ..."),
    }
}
