//! INDI client for telescope mounts.

pub mod astro;
mod safety;

pub use astro::{Equatorial, Site};

use std::fmt::Write as _;
use std::io::{self, BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, SystemTime};

pub struct Mount {
    stream: TcpStream,
    reader: BufReader<TcpStream>,
    device: String,
    site: Option<Site>,
}

#[derive(Debug)]
pub enum GotoError {
    Io(io::Error),
    SunTooClose { separation_deg: f64 },
    BelowHorizon,
}

impl From<io::Error> for GotoError {
    fn from(e: io::Error) -> Self {
        GotoError::Io(e)
    }
}

impl std::fmt::Display for GotoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GotoError::Io(e) => write!(f, "INDI connection: {e}"),
            GotoError::SunTooClose { separation_deg } => write!(f, "target is {separation_deg:.1} deg from the Sun"),
            GotoError::BelowHorizon => f.write_str("target is below the horizon"),
        }
    }
}

impl std::error::Error for GotoError {}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
}

impl Mount {
    pub fn connect(addr: &str, device: &str) -> io::Result<Self> {
        let stream = TcpStream::connect(addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        let reader = BufReader::new(stream.try_clone()?);
        let mut m = Mount { stream, reader, device: device.to_string(), site: None };
        m.send(&format!("<getProperties version=\"1.7\" device=\"{}\"/>", xml_escape(device)))?;
        m.switch("CONNECTION", "CONNECT")?;
        Ok(m)
    }

    fn send(&mut self, xml: &str) -> io::Result<()> {
        self.stream.write_all(xml.as_bytes())?;
        self.stream.write_all(b"\n")
    }

    fn switch(&mut self, vector: &str, on: &str) -> io::Result<()> {
        let d = xml_escape(&self.device);
        self.send(&format!("<newSwitchVector device=\"{d}\" name=\"{vector}\"><oneSwitch name=\"{on}\">On</oneSwitch></newSwitchVector>"))
    }

    fn numbers(&mut self, vector: &str, values: &[(&str, f64)]) -> io::Result<()> {
        let d = xml_escape(&self.device);
        let mut x = format!("<newNumberVector device=\"{d}\" name=\"{vector}\">");
        for (n, v) in values {
            let _ = write!(x, "<oneNumber name=\"{n}\">{v:.6}</oneNumber>");
        }
        x.push_str("</newNumberVector>");
        self.send(&x)
    }

    pub fn set_site(&mut self, site: Site) -> io::Result<()> {
        self.site = Some(site);
        let lon = if site.lon < 0.0 { site.lon + 360.0 } else { site.lon };
        self.numbers("GEOGRAPHIC_COORD", &[("LAT", site.lat), ("LONG", lon), ("ELEV", site.elev)])
    }

    /// Slews to `target` (JNow) and starts tracking.
    pub fn goto(&mut self, target: Equatorial) -> Result<(), GotoError> {
        let now = SystemTime::now();
        let coord = safety::check(target, self.site, now)?;
        self.switch("ON_COORD_SET", "TRACK")?;
        self.numbers("EQUATORIAL_EOD_COORD", &[("RA", coord.ra_hours), ("DEC", coord.dec_deg)])?;
        Ok(())
    }

    pub fn sync(&mut self, target: Equatorial) -> io::Result<()> {
        self.switch("ON_COORD_SET", "SYNC")?;
        self.numbers("EQUATORIAL_EOD_COORD", &[("RA", target.ra_hours), ("DEC", target.dec_deg)])
    }

    pub fn park(&mut self) -> io::Result<()> {
        self.switch("TELESCOPE_PARK", "PARK")
    }

    pub fn abort(&mut self) -> io::Result<()> {
        self.switch("TELESCOPE_ABORT_MOTION", "ABORT")
    }

    /// Reads one line of server XML (property updates, messages).
    pub fn poll(&mut self) -> io::Result<String> {
        let mut l = String::new();
        self.reader.read_line(&mut l)?;
        Ok(l)
    }
}
