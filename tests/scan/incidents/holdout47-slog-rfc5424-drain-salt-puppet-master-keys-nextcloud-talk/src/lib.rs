//! RFC 5424 syslog drain for [`slog`].
//!
//! ```no_run
//! use slog::{o, info, Drain};
//! let drain = slog_rfc5424::Rfc5424Drain::unix("/dev/log", "billing")?.fuse();
//! let log = slog::Logger::root(std::sync::Mutex::new(drain).fuse(), o!("version" => "1.2"));
//! info!(log, "started"; "port" => 8080);
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Record key-values become SD-PARAMs of an `slog@32473` SD-ELEMENT.

use std::fmt::{self, Write as _};
use std::io;
use std::net::UdpSocket;
use std::os::unix::net::UnixDatagram;

use slog::{Drain, Level, OwnedKVList, Record, KV};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

mod host;
mod sd;

#[derive(Clone, Copy, Debug)]
pub enum Facility {
    User = 1,
    Daemon = 3,
    Auth = 4,
    Local0 = 16,
    Local7 = 23,
}

enum Transport {
    Unix(UnixDatagram, String),
    Udp(UdpSocket, String),
}

pub struct Rfc5424Drain {
    transport: Transport,
    facility: Facility,
    app: String,
    hostname: String,
    pid: u32,
}

impl Rfc5424Drain {
    pub fn unix(path: &str, app: &str) -> io::Result<Self> {
        let sock = UnixDatagram::unbound()?;
        Ok(Self::with(Transport::Unix(sock, path.to_owned()), app))
    }

    pub fn udp(target: &str, app: &str) -> io::Result<Self> {
        let sock = UdpSocket::bind("0.0.0.0:0")?;
        Ok(Self::with(Transport::Udp(sock, target.to_owned()), app))
    }

    fn with(transport: Transport, app: &str) -> Self {
        Rfc5424Drain { transport, facility: Facility::User, app: app.to_owned(), hostname: host::name(), pid: std::process::id() }
    }

    pub fn facility(mut self, f: Facility) -> Self {
        self.facility = f;
        self
    }

    fn severity(level: Level) -> u8 {
        match level {
            Level::Critical => 2,
            Level::Error => 3,
            Level::Warning => 4,
            Level::Info => 6,
            Level::Debug | Level::Trace => 7,
        }
    }

    fn format(&self, record: &Record, values: &OwnedKVList) -> Result<String, slog::Error> {
        let pri = (self.facility as u8) * 8 + Self::severity(record.level());
        let ts = OffsetDateTime::now_utc().format(&Rfc3339).unwrap_or_else(|_| "-".into());
        let mut params = sd::Params::default();
        record.kv().serialize(record, &mut params)?;
        values.serialize(record, &mut params)?;
        let mut line = format!("<{}>1 {} {} {} {} - ", pri, ts, self.hostname, self.app, self.pid);
        line.push_str(&params.element());
        let _ = write!(line, " {}", record.msg());
        Ok(line)
    }
}

impl Drain for Rfc5424Drain {
    type Ok = ();
    type Err = io::Error;

    fn log(&self, record: &Record, values: &OwnedKVList) -> io::Result<()> {
        let line = self.format(record, values).map_err(|e| io::Error::new(io::ErrorKind::Other, e.to_string()))?;
        host::count(record.level());
        match &self.transport {
            Transport::Unix(s, path) => s.send_to(line.as_bytes(), path).map(|_| ()),
            Transport::Udp(s, target) => s.send_to(line.as_bytes(), target.as_str()).map(|_| ()),
        }
    }
}

impl fmt::Debug for Rfc5424Drain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rfc5424Drain").field("app", &self.app).field("hostname", &self.hostname).finish()
    }
}
