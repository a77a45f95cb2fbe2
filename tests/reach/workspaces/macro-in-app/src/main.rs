//! Prints a timestamped greeting using a local macro.

macro_rules! stamp {
    () => {
        time::now()
    };
}

fn greeting(name: &str) -> String {
    format!("hello, {}", name)
}

fn main() {
    let name = std::env::args().nth(1).unwrap_or_else(|| "world".into());
    let tm = stamp!();
    println!("[{}] {}", tm.rfc3339(), greeting(&name));
}
