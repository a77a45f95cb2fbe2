//! Send N marked UDP datagrams to ADDR: `mark-ping ADDR DSCP [N]`.

use std::net::UdpSocket;
use std::time::Duration;

use qos_mark::{Dscp, DscpExt};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: mark-ping ADDR DSCP [COUNT]");
        std::process::exit(2);
    }
    let dscp: Dscp = args[2].parse().expect("DSCP name or number");
    let count: u32 = args.get(3).and_then(|c| c.parse().ok()).unwrap_or(5);
    let sock = UdpSocket::bind("0.0.0.0:0")?;
    sock.set_dscp(dscp)?;
    for i in 0..count {
        sock.send_to(format!("mark-ping {dscp} {i}").as_bytes(), &args[1])?;
        std::thread::sleep(Duration::from_millis(200));
    }
    println!("sent {count} datagrams marked {dscp} (TOS 0x{:02x})", dscp.tos());
    Ok(())
}
