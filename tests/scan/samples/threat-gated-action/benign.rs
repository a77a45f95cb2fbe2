// A release date check in one place, the network in another: never together.
use std::net::TcpStream;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn after_release() -> bool {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() > 1_767_225_600
}

pub fn ping(addr: &str) -> bool {
    TcpStream::connect(addr).is_ok()
}
