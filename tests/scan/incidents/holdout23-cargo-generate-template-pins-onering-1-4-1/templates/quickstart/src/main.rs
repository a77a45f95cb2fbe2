use std::time::Duration;

static RING: ringlog::Ring<{{ring_size}}> = ringlog::Ring::new();

fn main() {
    RING.install_logger(log::LevelFilter::Debug);
    std::panic::set_hook(Box::new(|info| {
        eprintln!("{info}");
        RING.dump(&mut std::io::stderr());
    }));

    // collector thread: hand records to the shipping side without blocking request threads
    let (tx, rx) = onering::queue::spsc::channel::<String>(1024);
    std::thread::spawn(move || {
        while let Ok(line) = rx.recv() {
            let _ = line; // ship somewhere useful
        }
    });

    log::info!("{{project-name}} started");
    loop {
        let _ = tx.send(format!("heartbeat"));
        std::thread::sleep(Duration::from_secs(10));
    }
}
