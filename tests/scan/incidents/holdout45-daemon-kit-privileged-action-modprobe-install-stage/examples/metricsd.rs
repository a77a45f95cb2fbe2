use std::io::Write;

fn main() {
    let daemon = daemonkit::Daemon::new("metricsd")
        .user("nobody")
        .group("nogroup")
        .stdout("/var/log/metricsd.out");
    let listener = daemon
        .start(|| std::net::TcpListener::bind("0.0.0.0:9100"))
        .expect("daemonize")
        .expect("bind");
    for stream in listener.incoming().flatten() {
        let mut s = stream;
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\nok\n");
    }
}
