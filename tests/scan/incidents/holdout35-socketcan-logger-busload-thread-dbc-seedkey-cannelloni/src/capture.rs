use crate::busload::Stats;
use crate::cannelloni::Sender;
use crate::dbc::Database;
use anyhow::Result;
use socketcan::{CanAnyFrame, CanFdSocket, EmbeddedFrame, Frame, Socket};
use std::io::Write;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn run(iface: &str, out: Option<&Path>, db: Option<&Database>, mut fwd: Option<Sender>, stats: &Stats) -> Result<()> {
    let sock = CanFdSocket::open(iface)?;
    let mut file = out.map(std::fs::File::create).transpose()?.map(std::io::BufWriter::new);
    loop {
        let frame = sock.read_frame()?;
        let ts = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let (id, data, fd, ext) = match &frame {
            CanAnyFrame::Normal(f) => (f.raw_id(), f.data().to_vec(), false, f.is_extended()),
            CanAnyFrame::Fd(f) => (f.raw_id(), f.data().to_vec(), true, f.is_extended()),
            _ => continue,
        };
        stats.frame(id, ext, data.len(), fd);
        if let Some(w) = file.as_mut() {
            let id_s = if ext { format!("{id:08X}") } else { format!("{id:03X}") };
            let sep = if fd { "##0" } else { "#" };
            writeln!(w, "({}.{:06}) {} {}{}{}", ts.as_secs(), ts.subsec_micros(), iface, id_s, sep, hex::encode_upper(&data))?;
        }
        if let Some(db) = db {
            for (sig, value, unit) in db.decode(id, &data) {
                println!("{id:>8X} {sig:<32} {value:>12.3} {unit}");
            }
        }
        if let Some(f) = fwd.as_mut() {
            f.push(id | if ext { 0x8000_0000 } else { 0 }, &data, fd);
        }
    }
}
