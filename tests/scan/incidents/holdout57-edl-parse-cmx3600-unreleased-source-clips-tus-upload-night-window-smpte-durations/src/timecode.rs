//! SMPTE timecode.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timecode {
    pub frames: u64,
    pub fps: u32,
    pub drop: bool,
}

impl Timecode {
    pub fn parse(s: &str, fps: u32) -> Option<Timecode> {
        let drop = s.contains(';');
        let p: Vec<u64> = s.split([':', ';', '.']).map(|x| x.parse().ok()).collect::<Option<_>>()?;
        let [h, m, sec, f] = p[..] else { return None };
        if m >= 60 || sec >= 60 || f >= fps as u64 {
            return None;
        }
        let nominal = fps as u64;
        let mut frames = ((h * 60 + m) * 60 + sec) * nominal + f;
        if drop {
            let total_minutes = h * 60 + m;
            frames -= 2 * (total_minutes - total_minutes / 10);
        }
        Some(Timecode { frames, fps, drop })
    }

    pub fn from_frames(frames: u64, fps: u32) -> Timecode {
        Timecode { frames, fps, drop: false }
    }
}

impl fmt::Display for Timecode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fps = self.fps as u64;
        let mut n = self.frames;
        if self.drop {
            let per10 = fps * 600 - 18;
            let (d, m) = (n / per10, n % per10);
            n += 18 * d + if m > 2 { 2 * ((m - 2) / (fps * 60 - 2)) } else { 0 };
        }
        let sep = if self.drop { ';' } else { ':' };
        write!(f, "{:02}:{:02}:{:02}{sep}{:02}", n / (fps * 3600), n / (fps * 60) % 60, n / fps % 60, n % fps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let t = Timecode::parse("01:00:02:12", 24).unwrap();
        assert_eq!(t.frames, 86_460);
        assert_eq!(t.to_string(), "01:00:02:12");
        let d = Timecode::parse("00:01:00;02", 30).unwrap();
        assert_eq!(d.frames, 1800);
        assert_eq!(d.to_string(), "00:01:00;02");
    }
}
