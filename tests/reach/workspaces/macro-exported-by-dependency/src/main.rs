//! Prints a boot marker with the time from a dependency's macro.

fn main() {
    let host = std::env::var("HOSTNAME").unwrap_or_default();
    println!("{} boot {}", clockmacros::now_string!(), host);
    println!("epoch {}", clockmacros::epoch_secs!());
}
