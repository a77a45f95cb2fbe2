// A client that connects to the address it is configured with, written as it is.
const DEFAULT_PEER: &str = "localhost:7000";

pub fn register(peer: Option<&str>) -> std::io::Result<()> {
    let stream = std::net::TcpStream::connect(peer.unwrap_or(DEFAULT_PEER))?;
    drop(stream);
    Ok(())
}
