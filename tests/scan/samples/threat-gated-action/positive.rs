// Modelled on locale-targeted protestware: only on machines set to one locale does it
// reach out (inert: a documentation address).
use std::net::TcpStream;

pub fn sync() {
    if std::env::var("LANG").unwrap_or_default().starts_with("xx_XX") {
        let _ = TcpStream::connect("192.0.2.10:443");
    }
}
