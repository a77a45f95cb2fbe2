use clap::Parser;
use hdrhistogram::Histogram;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Sends GET requests to TARGET for DURATION seconds with CONCURRENCY workers, capped at RATE
/// requests per second overall, then prints latency percentiles.
#[derive(Parser)]
struct Args {
    target: String,
    #[arg(short, long, default_value_t = 10)]
    duration: u64,
    #[arg(short, long, default_value_t = 8)]
    concurrency: usize,
    #[arg(short, long, default_value_t = 100)]
    rate: u64,
}

#[tokio::main]
async fn main() {
    let a = Args::parse();
    let client = reqwest::Client::builder()
        .user_agent(concat!("hammerhead/", env!("CARGO_PKG_VERSION")))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let hist = Arc::new(Mutex::new(Histogram::<u64>::new(3).unwrap()));
    let errors = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let until = Instant::now() + Duration::from_secs(a.duration);
    let per_worker = Duration::from_micros(1_000_000 * a.concurrency as u64 / a.rate.max(1));
    let mut tasks = Vec::new();
    for _ in 0..a.concurrency.clamp(1, 256) {
        let (c, t, h, e) = (client.clone(), a.target.clone(), hist.clone(), errors.clone());
        tasks.push(tokio::spawn(async move {
            let mut tick = tokio::time::interval(per_worker);
            while Instant::now() < until {
                tick.tick().await;
                let start = Instant::now();
                match c.get(&t).send().await {
                    Ok(_) => h.lock().unwrap().record(start.elapsed().as_micros() as u64).ok(),
                    Err(_) => Some(e.fetch_add(1, std::sync::atomic::Ordering::Relaxed)).map(|_| ()),
                };
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    let h = hist.lock().unwrap();
    println!("requests: {}  errors: {}", h.len(), errors.load(std::sync::atomic::Ordering::Relaxed));
    for q in [50.0, 90.0, 99.0, 99.9] {
        println!("p{q:<5} {:>8} us", h.value_at_percentile(q));
    }
}
