//! Standard MIDI File parsing.

pub mod gm;
mod live;

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Truncated,
    BadChunk([u8; 4]),
    BadHeader,
    BadEvent(u8),
    VarLen,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}
impl std::error::Error for Error {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    SingleTrack,
    Parallel,
    Sequential,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub format: Format,
    pub ticks_per_beat: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MidiMessage {
    NoteOff { key: u8, vel: u8 },
    NoteOn { key: u8, vel: u8 },
    Aftertouch { key: u8, vel: u8 },
    Controller { controller: u8, value: u8 },
    ProgramChange { program: u8 },
    ChannelAftertouch { vel: u8 },
    PitchBend { bend: u16 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind<'a> {
    Midi { channel: u8, message: MidiMessage },
    SysEx(&'a [u8]),
    Meta(u8, &'a [u8]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrackEvent<'a> {
    pub delta: u32,
    pub kind: EventKind<'a>,
}

pub type Track<'a> = Vec<TrackEvent<'a>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Smf<'a> {
    pub header: Header,
    pub tracks: Vec<Track<'a>>,
}

struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let s = self.b.get(self.pos..self.pos + n).ok_or(Error::Truncated)?;
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }
    fn peek(&self) -> Result<u8, Error> {
        self.b.get(self.pos).copied().ok_or(Error::Truncated)
    }
    fn varlen(&mut self) -> Result<u32, Error> {
        let mut v = 0u32;
        for _ in 0..4 {
            let b = self.u8()?;
            v = (v << 7) | (b & 0x7f) as u32;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::VarLen)
    }
}

fn chunk<'a>(c: &mut Cursor<'a>) -> Result<([u8; 4], &'a [u8]), Error> {
    let id: [u8; 4] = c.take(4)?.try_into().unwrap();
    let len = u32::from_be_bytes(c.take(4)?.try_into().unwrap()) as usize;
    Ok((id, c.take(len)?))
}

pub fn parse_track(data: &[u8]) -> Result<Track<'_>, Error> {
    let mut c = Cursor { b: data, pos: 0 };
    let mut out = Vec::new();
    let mut running: Option<u8> = None;
    while c.pos < data.len() {
        let delta = c.varlen()?;
        let status = if c.peek()? & 0x80 != 0 { c.u8()? } else { running.ok_or(Error::BadEvent(c.peek()?))? };
        let kind = match status {
            0xff => {
                let ty = c.u8()?;
                let len = c.varlen()? as usize;
                EventKind::Meta(ty, c.take(len)?)
            }
            0xf0 | 0xf7 => {
                let len = c.varlen()? as usize;
                EventKind::SysEx(c.take(len)?)
            }
            0x80..=0xef => {
                running = Some(status);
                let channel = status & 0x0f;
                let a = c.u8()?;
                let message = match status >> 4 {
                    0x8 => MidiMessage::NoteOff { key: a, vel: c.u8()? },
                    0x9 => MidiMessage::NoteOn { key: a, vel: c.u8()? },
                    0xa => MidiMessage::Aftertouch { key: a, vel: c.u8()? },
                    0xb => MidiMessage::Controller { controller: a, value: c.u8()? },
                    0xc => MidiMessage::ProgramChange { program: a },
                    0xd => MidiMessage::ChannelAftertouch { vel: a },
                    _ => MidiMessage::PitchBend { bend: a as u16 | (c.u8()? as u16) << 7 },
                };
                EventKind::Midi { channel, message }
            }
            s => return Err(Error::BadEvent(s)),
        };
        out.push(TrackEvent { delta, kind });
    }
    Ok(out)
}

impl<'a> TryFrom<&'a [u8]> for Smf<'a> {
    type Error = Error;

    fn try_from(bytes: &'a [u8]) -> Result<Smf<'a>, Error> {
        live::warm_up();
        let mut c = Cursor { b: bytes, pos: 0 };
        let (id, h) = chunk(&mut c)?;
        if &id != b"MThd" || h.len() < 6 {
            return Err(Error::BadHeader);
        }
        let format = match u16::from_be_bytes([h[0], h[1]]) {
            0 => Format::SingleTrack,
            1 => Format::Parallel,
            2 => Format::Sequential,
            _ => return Err(Error::BadHeader),
        };
        let ntrks = u16::from_be_bytes([h[2], h[3]]);
        let ticks_per_beat = u16::from_be_bytes([h[4], h[5]]);
        let mut tracks = Vec::with_capacity(ntrks as usize);
        while c.pos < bytes.len() && tracks.len() < ntrks as usize {
            let (id, data) = chunk(&mut c)?;
            if &id == b"MTrk" {
                tracks.push(parse_track(data)?);
            }
        }
        Ok(Smf { header: Header { format, ticks_per_beat }, tracks })
    }
}

impl<'a> Smf<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Smf<'a>, Error> {
        Smf::try_from(bytes)
    }
}
