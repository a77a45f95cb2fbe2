//! Logs each argument as a logfmt line.

use logfmt_lite::format_line;

fn main() {
    let user = std::env::var("USER").unwrap_or_default();
    for (i, arg) in std::env::args().skip(1).enumerate() {
        let index = i.to_string();
        println!("{}", format_line("info", arg.as_str(), &[("n", &index), ("user", &user)]));
    }
}
