use clap::Parser;
use std::io::BufRead;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 10)]
    k: usize,
    #[arg(long)]
    seed: Option<u64>,
    #[arg(long)]
    json: bool,
}

fn main() {
    let args = Args::parse();
    let mut rng: Box<dyn rand::RngCore> = match args.seed {
        Some(s) => Box::new(<rand::rngs::SmallRng as rand::SeedableRng>::seed_from_u64(s)),
        None => Box::new(rand::thread_rng()),
    };
    let lines = std::io::stdin().lock().lines().map_while(Result::ok);
    let picked = reservoir::sample(lines, args.k, &mut rng);
    if args.json {
        println!("{}", serde_json::to_string(&picked).unwrap());
    } else {
        for l in picked {
            println!("{l}");
        }
    }
}
