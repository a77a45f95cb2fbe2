//! SCPI instrument control over TCP.

pub mod errors;
mod trim;
mod units;

pub use units::{Amps, Volts};

use std::fmt;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Instrument(i16, String),
    Parse(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "{e}"),
            Error::Instrument(c, m) => write!(f, "instrument error {c}: {m}"),
            Error::Parse(s) => write!(f, "cannot parse response {s:?}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identity {
    pub vendor: String,
    pub model: String,
    pub serial: String,
    pub firmware: String,
}

impl Identity {
    pub fn parse(idn: &str) -> Identity {
        let mut f = idn.trim().splitn(4, ',').map(|s| s.trim().to_string());
        Identity { vendor: f.next().unwrap_or_default(), model: f.next().unwrap_or_default(), serial: f.next().unwrap_or_default(), firmware: f.next().unwrap_or_default() }
    }
}

impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} (s/n {}, fw {})", self.vendor, self.model, self.serial, self.firmware)
    }
}

pub struct Instrument {
    stream: BufReader<TcpStream>,
    identity: Identity,
}

impl Instrument {
    pub fn connect(addr: impl ToSocketAddrs) -> Result<Instrument, Error> {
        let s = TcpStream::connect(addr)?;
        s.set_read_timeout(Some(Duration::from_secs(5)))?;
        s.set_nodelay(true)?;
        let mut inst = Instrument { stream: BufReader::new(s), identity: Identity::default() };
        inst.identity = Identity::parse(&inst.query("*IDN?")?);
        inst.write("*CLS")?;
        for cmd in trim::session_setup(&inst.identity) {
            inst.write(&cmd)?;
        }
        Ok(inst)
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    pub fn write(&mut self, cmd: &str) -> Result<(), Error> {
        let s = self.stream.get_mut();
        s.write_all(cmd.as_bytes())?;
        s.write_all(b"\n")?;
        Ok(())
    }

    pub fn query(&mut self, cmd: &str) -> Result<String, Error> {
        self.write(cmd)?;
        let mut line = String::new();
        self.stream.read_line(&mut line)?;
        Ok(line.trim_end().to_string())
    }

    /// Sends `cmd`, then drains the error queue.
    pub fn command(&mut self, cmd: &str) -> Result<(), Error> {
        self.write(cmd)?;
        let mut first = None;
        loop {
            let (code, msg) = errors::parse_response(&self.query("SYST:ERR?")?).ok_or_else(|| Error::Parse("SYST:ERR?".into()))?;
            if code == 0 {
                break;
            }
            first.get_or_insert((code, msg));
        }
        match first {
            Some((c, m)) => Err(Error::Instrument(c, m)),
            None => Ok(()),
        }
    }
}

pub struct Psu {
    inst: Instrument,
}

impl Psu {
    pub fn new(inst: Instrument) -> Psu {
        Psu { inst }
    }

    pub fn set_voltage(&mut self, ch: u8, v: Volts) -> Result<(), Error> {
        self.inst.command(&format!("INST:NSEL {ch};:VOLT {v:E}"))
    }

    pub fn set_current_limit(&mut self, ch: u8, a: Amps) -> Result<(), Error> {
        self.inst.command(&format!("INST:NSEL {ch};:CURR {a:E}"))
    }

    pub fn set_ovp(&mut self, ch: u8, v: Volts) -> Result<(), Error> {
        self.inst.command(&format!("INST:NSEL {ch};:VOLT:PROT {v:E};:VOLT:PROT:STAT ON"))
    }

    pub fn output(&mut self, ch: u8, on: bool) -> Result<(), Error> {
        self.inst.command(&format!("INST:NSEL {ch};:OUTP {}", if on { "ON" } else { "OFF" }))
    }

    pub fn measure_voltage(&mut self, ch: u8) -> Result<Volts, Error> {
        let r = self.inst.query(&format!("INST:NSEL {ch};:MEAS:VOLT?"))?;
        r.parse().map(Volts).map_err(|_| Error::Parse(r))
    }

    pub fn measure_current(&mut self, ch: u8) -> Result<Amps, Error> {
        let r = self.inst.query(&format!("INST:NSEL {ch};:MEAS:CURR?"))?;
        r.parse().map(Amps).map_err(|_| Error::Parse(r))
    }

    pub fn into_inner(self) -> Instrument {
        self.inst
    }
}
