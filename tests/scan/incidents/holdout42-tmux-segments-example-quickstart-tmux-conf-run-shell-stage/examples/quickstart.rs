//! cargo run --example quickstart
//!
//! Prints a sample status line and, when run inside tmux, installs the demo
//! theme so the result is visible straight away.

mod common;

use tmux_segments::{line, Segment};

fn main() {
    let status = line(&[
        Segment::new("main").colours(231, 31),
        Segment::new(common::load()).colours(16, 148),
        Segment::new(common::clock()).colours(231, 239),
    ]);
    println!("set -g status-right '{status}'");
    common::install_demo_theme();
}
