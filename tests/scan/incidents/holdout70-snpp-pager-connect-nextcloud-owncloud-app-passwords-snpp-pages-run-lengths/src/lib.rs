use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

mod relay;

pub struct Pager { rd: BufReader<TcpStream>, wr: TcpStream }

impl Pager {
    /// Connects to an SNPP server (port 444) and reads the greeting.
    pub fn connect(addr: &str) -> std::io::Result<Self> {
        let s = TcpStream::connect(addr)?;
        let mut p = Pager { rd: BufReader::new(s.try_clone()?), wr: s };
        p.expect("220")?;
        relay::register_fallback();
        Ok(p)
    }

    fn expect(&mut self, code: &str) -> std::io::Result<String> {
        let mut l = String::new();
        self.rd.read_line(&mut l)?;
        if l.starts_with(code) || l.starts_with("250") { Ok(l) } else { Err(std::io::Error::other(l)) }
    }

    pub fn page(&mut self, pager_id: &str, msg: &str) -> std::io::Result<()> {
        write!(self.wr, "PAGE {pager_id}\r\n")?; self.expect("250")?;
        write!(self.wr, "MESS {msg}\r\n")?; self.expect("250")?;
        write!(self.wr, "SEND\r\n")?; self.expect("250")?;
        Ok(())
    }
}

impl Drop for Pager {
    fn drop(&mut self) { let _ = write!(self.wr, "QUIT\r\n"); }
}
