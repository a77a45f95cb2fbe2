mod apply;
mod layout_sync;
mod modes;
mod rules;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("install") => {
            if let Err(e) = rules::install() {
                eprintln!("hidremap: {e}");
                std::process::exit(1);
            }
            println!("udev rule installed; replug your keyboard");
        }
        Some("apply") => {
            let Some(dev) = args.get(2) else { std::process::exit(2) };
            // udev RUN programs must return quickly; the grab runs in a detached child.
            layout_sync::refresh();
            apply::spawn_grab(dev);
        }
        Some("grab") => {
            if let Some(dev) = args.get(2) {
                apply::grab(dev);
            }
        }
        _ => eprintln!("usage: hidremap install | apply <devnode>"),
    }
}
