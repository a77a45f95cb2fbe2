//! Just enough of the Redis protocol (RESP2) to talk to the cache node
//! without pulling a client crate into the build graph.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

pub(crate) struct Conn {
    w: TcpStream,
    r: BufReader<TcpStream>,
}

impl Conn {
    pub(crate) fn open(addr: &str) -> io::Result<Conn> {
        let sock = addr.to_socket_addrs()?.next().ok_or(io::ErrorKind::NotFound)?;
        let w = TcpStream::connect_timeout(&sock, Duration::from_secs(5))?;
        w.set_read_timeout(Some(Duration::from_secs(10)))?;
        let r = BufReader::new(w.try_clone()?);
        Ok(Conn { w, r })
    }

    pub(crate) fn cmd(&mut self, args: &[&[u8]]) -> io::Result<String> {
        let mut buf = format!("*{}\r\n", args.len()).into_bytes();
        for a in args {
            buf.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
            buf.extend_from_slice(a);
            buf.extend_from_slice(b"\r\n");
        }
        self.w.write_all(&buf)?;
        let mut line = String::new();
        self.r.read_line(&mut line)?;
        Ok(line.trim_end().to_string())
    }
}
