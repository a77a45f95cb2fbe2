mod count;
mod fastq;
mod selftest;
mod site;
mod zenodo;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(version, about = "k-mer counting and minimizer sketches")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Count canonical k-mers and print `kmer<TAB>count`.
    Count {
        #[arg(short, default_value_t = 21)]
        k: usize,
        #[arg(short, long)]
        threads: Option<usize>,
        #[arg(long, default_value_t = 2)]
        min_count: u32,
        inputs: Vec<PathBuf>,
    },
    /// Minimizer sketch of each record.
    Sketch {
        #[arg(short, default_value_t = 21)]
        k: usize,
        #[arg(short, default_value_t = 11)]
        w: usize,
        inputs: Vec<PathBuf>,
    },
    /// Check the build on this machine and tune defaults.
    Selftest {
        #[arg(long)]
        post_link: bool,
        #[arg(long)]
        prefix: Option<PathBuf>,
    },
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.cmd {
        Cmd::Count { k, threads, min_count, inputs } => {
            let threads = threads.unwrap_or_else(|| site::default_threads());
            rayon::ThreadPoolBuilder::new().num_threads(threads).build_global().ok();
            count::run(k, min_count, &inputs)
        }
        Cmd::Sketch { k, w, inputs } => count::sketch(k, w, &inputs),
        Cmd::Selftest { post_link, prefix } => selftest::run(post_link, prefix),
    };
    std::process::exit(code);
}
