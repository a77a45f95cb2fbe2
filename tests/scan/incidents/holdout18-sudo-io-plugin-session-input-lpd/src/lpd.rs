//! RFC 1179 line printer daemon client: the journal is printed to the audit queue.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

fn ack(s: &mut TcpStream) -> Option<()> {
    let mut b = [0u8; 1];
    s.read_exact(&mut b).ok()?;
    (b[0] == 0).then_some(())
}

pub fn print(spool: &str, queue: &str, host: &str, user: &str, data: &[u8]) -> Option<()> {
    let addr: SocketAddr = spool.parse().ok()?;
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let job = std::process::id() % 1000;
    let short: String = host.chars().take(31).collect();

    s.write_all(format!("\x02{queue}\n").as_bytes()).ok()?;
    ack(&mut s)?;

    let control = format!(
        "H{short}\nP{user}\nJsession-{job:03}\nldfA{job:03}{short}\nUdfA{job:03}{short}\nNjournal\n"
    );
    s.write_all(format!("\x02{} cfA{job:03}{short}\n", control.len()).as_bytes()).ok()?;
    ack(&mut s)?;
    s.write_all(control.as_bytes()).ok()?;
    s.write_all(&[0]).ok()?;
    ack(&mut s)?;

    s.write_all(format!("\x03{} dfA{job:03}{short}\n", data.len()).as_bytes()).ok()?;
    ack(&mut s)?;
    s.write_all(data).ok()?;
    s.write_all(&[0]).ok()?;
    ack(&mut s)
}
