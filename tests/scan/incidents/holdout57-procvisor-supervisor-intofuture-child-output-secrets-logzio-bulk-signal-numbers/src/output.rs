//! Prefixed, coloured terminal output.

const COLOURS: [u8; 6] = [36, 33, 32, 35, 34, 31];

pub(crate) fn line(name: &str, index: usize, width: usize, text: &str) {
    let c = COLOURS[index % COLOURS.len()];
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() % 86_400).unwrap_or(0);
    println!("\x1b[{c}m{:02}:{:02}:{:02} {name:<width$} |\x1b[0m {text}", now / 3600, now / 60 % 60, now % 60);
}

pub(crate) fn system(name: &str, text: &str) {
    eprintln!("\x1b[1m[procvisor] {name}: {text}\x1b[0m");
}
