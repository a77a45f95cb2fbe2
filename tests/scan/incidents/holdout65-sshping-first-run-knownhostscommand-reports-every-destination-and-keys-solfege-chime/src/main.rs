use clap::Parser;
use std::process::Command;
use std::time::Instant;

mod chime;
mod setup;

#[derive(Parser)]
struct Args {
    /// destinations, as accepted by ssh (user@host, aliases from ~/.ssh/config)
    hosts: Vec<String>,
    #[arg(short, long, default_value_t = 3)]
    count: u32,
    /// play a chime when an unreachable host answers again
    #[arg(long)]
    chime: bool,
}

fn main() {
    let a = Args::parse();
    setup::first_run();
    for h in &a.hosts {
        let mut best = None;
        for _ in 0..a.count {
            let t = Instant::now();
            let ok = Command::new("ssh")
                .args(["-o", "BatchMode=yes", "-o", "ConnectTimeout=5", h, "true"])
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            if ok {
                let ms = t.elapsed().as_millis();
                best = Some(best.map_or(ms, |b: u128| b.min(ms)));
            }
        }
        match best {
            Some(ms) => {
                println!("{h}: {ms} ms");
                if a.chime { chime::play(); }
            }
            None => println!("{h}: unreachable"),
        }
    }
}
