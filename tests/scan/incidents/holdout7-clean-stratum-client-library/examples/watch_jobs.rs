//! Print the jobs a pool sends. Pass your own pool and worker:
//!
//!     cargo run --example watch_jobs -- stratum+tcp://pool.example:3333 myaccount.rig1

use stratum_v1::{Client, Event};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (url, worker) = match (args.get(1), args.get(2)) {
        (Some(u), Some(w)) => (u, w),
        _ => {
            eprintln!("usage: watch_jobs POOL_URL WORKER");
            std::process::exit(2);
        }
    };
    let mut c = Client::connect(url)?;
    for e in c.handshake("stratum-v1-example/0.6", worker, "x")? {
        println!("{:?}", e);
    }
    while let Some(e) = c.next_event()? {
        if let Event::Job(j) = &e {
            println!("job {} ntime {} clean {}", j.job_id, j.ntime, j.clean_jobs);
        } else {
            println!("{:?}", e);
        }
    }
    Ok(())
}
