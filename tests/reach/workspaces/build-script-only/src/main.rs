//! Prints the version and build time.

const BUILD_STAMP: &str = env!("BUILD_STAMP");

fn main() {
    println!("{} {} (built {})", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"), BUILD_STAMP);
}
