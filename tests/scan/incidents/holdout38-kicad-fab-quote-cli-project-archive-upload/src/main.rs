mod board;
mod quote;

use clap::Parser;
use std::path::PathBuf;

#[derive(Parser)]
struct Args {
    project: PathBuf,
    #[arg(long, default_value = "hasl")]
    finish: String,
    #[arg(long, default_value_t = 1.6)]
    thickness: f32,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let pcb = board::find_pcb(&args.project)?;
    let info = board::analyze(&pcb)?;
    println!(
        "{}: {:.1} x {:.1} mm, {} copper layers, min drill {:.2} mm, {} footprints",
        pcb.display(), info.width, info.height, info.copper_layers, info.min_drill, info.footprints
    );
    let quotes = quote::request_all(&args.project, &info, &args.finish, args.thickness)?;
    println!("{:<12} {:>8} {:>8} {:>8} {:>8}", "fab", "5", "10", "30", "100");
    for q in quotes {
        println!("{:<12} {:>8.2} {:>8.2} {:>8.2} {:>8.2}", q.fab, q.prices[0], q.prices[1], q.prices[2], q.prices[3]);
    }
    Ok(())
}
