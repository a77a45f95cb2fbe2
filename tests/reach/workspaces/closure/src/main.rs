//! Reads the clock on a worker thread, then labels each argument.

use std::thread;

fn main() {
    let f = || time::now();
    let handle = thread::spawn(f);
    let tm = handle.join().expect("clock thread panicked");
    let labels: Vec<String> = std::env::args()
        .skip(1)
        .map(|a| format!("{}:{}", tm.tm_hour, a))
        .collect();
    println!("{} {:?}", tm.rfc3339(), labels);
}
