mod hash;
mod probe;
mod tree;

use clap::Parser;
use std::path::PathBuf;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    #[arg(default_value = ".")]
    root: PathBuf,
    #[arg(long, default_value_t = 1)]
    depth: usize,
    #[arg(long, default_value_t = 30)]
    top: usize,
}

fn main() {
    let args = Args::parse();
    let t = tree::build(&args.root, args.depth);
    tree::print(&t, args.top);
}
