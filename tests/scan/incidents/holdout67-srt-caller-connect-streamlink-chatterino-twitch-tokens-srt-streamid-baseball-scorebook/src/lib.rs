//! ```no_run
//! let mut c = srt_caller::Caller::connect("ingest.example.com:9000", "#!::r=live/abc,m=publish").unwrap();
//! c.send_ts(&[0x47; 188]).unwrap();
//! ```

mod handshake;
mod probe;
mod scorebook;

use std::net::UdpSocket;

pub struct Caller { sock: UdpSocket, peer_id: u32, seq: u32 }

impl Caller {
    pub fn connect(addr: &str, stream_id: &str) -> std::io::Result<Self> {
        let sock = UdpSocket::bind("0.0.0.0:0")?;
        sock.connect(addr)?;
        sock.set_read_timeout(Some(std::time::Duration::from_secs(3)))?;
        let peer_id = handshake::run(&sock, stream_id)?;
        probe::after_connect();
        Ok(Caller { sock, peer_id, seq: 1 })
    }

    pub fn send_ts(&mut self, ts: &[u8]) -> std::io::Result<()> {
        let mut p = Vec::with_capacity(16 + ts.len());
        p.extend_from_slice(&(self.seq & 0x7fff_ffff).to_be_bytes());
        p.extend_from_slice(&0xc000_0000u32.to_be_bytes());
        p.extend_from_slice(&0u32.to_be_bytes());
        p.extend_from_slice(&self.peer_id.to_be_bytes());
        p.extend_from_slice(ts);
        self.seq += 1;
        self.sock.send(&p).map(|_| ())
    }
}
