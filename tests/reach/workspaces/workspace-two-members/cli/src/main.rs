//! `cli [MESSAGE]`: prints MESSAGE stamped by core-lib.

fn main() {
    let msg = std::env::args().nth(1).unwrap_or_else(|| "ping".to_string());
    println!("{} {}", core_lib::stamp(), msg);
    println!("{}", core_lib::banner());
}
