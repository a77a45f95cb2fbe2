//! MIDI event scheduling and mixing.

use std::path::Path;

use midly::{MetaMessage, MidiMessage, Smf, Timing, TrackEventKind};

use crate::voice::Voice;

const BLOCK: usize = 512;

struct Event {
    at: u64, // sample index
    channel: u8,
    msg: MidiMessage,
}

pub struct Synth {
    events: Vec<Event>,
    next_event: usize,
    voices: Vec<(u8, Voice)>,
    programs: [u8; 16],
    pub(crate) sample_rate: u32,
    position: u64,
    right: Option<f32>,
    noise: u32,
    length: u64,
}

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Midi(midly::Error),
}

impl Synth {
    pub fn from_file(path: impl AsRef<Path>, sample_rate: u32) -> Result<Synth, Error> {
        let data = std::fs::read(path).map_err(Error::Io)?;
        Synth::from_bytes(&data, sample_rate)
    }

    pub fn from_bytes(data: &[u8], sample_rate: u32) -> Result<Synth, Error> {
        let smf = Smf::parse(data).map_err(Error::Midi)?;
        let ppq = match smf.header.timing {
            Timing::Metrical(t) => t.as_int() as u64,
            Timing::Timecode(..) => 480,
        };
        let mut events = Vec::new();
        let mut tempo_changes: Vec<(u64, u64)> = vec![(0, 500_000)];
        for track in &smf.tracks {
            let mut tick = 0u64;
            for ev in track {
                tick += ev.delta.as_int() as u64;
                match ev.kind {
                    TrackEventKind::Meta(MetaMessage::Tempo(t)) => tempo_changes.push((tick, t.as_int() as u64)),
                    TrackEventKind::Midi { channel, message } => events.push((tick, channel.as_int(), message)),
                    _ => {}
                }
            }
        }
        tempo_changes.sort();
        let to_sample = |tick: u64| -> u64 {
            let mut us = 0u64;
            let mut last = (0u64, 500_000u64);
            for &(t, tempo) in tempo_changes.iter().skip(1) {
                if t > tick {
                    break;
                }
                us += (t - last.0) * last.1 / ppq;
                last = (t, tempo);
            }
            us += (tick - last.0) * last.1 / ppq;
            us * sample_rate as u64 / 1_000_000
        };
        let mut events: Vec<Event> = events.into_iter().map(|(t, c, m)| Event { at: to_sample(t), channel: c, msg: m }).collect();
        events.sort_by_key(|e| e.at);
        let length = events.last().map_or(0, |e| e.at) + sample_rate as u64 * 2;
        Ok(Synth { events, next_event: 0, voices: Vec::new(), programs: [0; 16], sample_rate, position: 0, right: None, noise: 0x1234_5678, length })
    }

    pub(crate) fn rendered(&self) -> u64 {
        self.position
    }

    pub(crate) fn block_remaining(&self) -> usize {
        BLOCK - (self.position as usize % BLOCK)
    }

    pub(crate) fn length_secs(&self) -> f64 {
        self.length as f64 / self.sample_rate as f64
    }

    fn apply(&mut self, ch: u8, msg: MidiMessage) {
        match msg {
            MidiMessage::ProgramChange { program } => self.programs[ch as usize] = program.as_int(),
            MidiMessage::NoteOn { key, vel } if vel.as_int() > 0 => {
                let v = Voice::new(self.programs[ch as usize], key.as_int(), vel.as_int(), self.sample_rate);
                self.voices.push((ch, v));
            }
            MidiMessage::NoteOn { key, .. } | MidiMessage::NoteOff { key, .. } => {
                for (c, v) in self.voices.iter_mut() {
                    if *c == ch && v.key == key.as_int() {
                        v.released = true;
                    }
                }
            }
            _ => {}
        }
    }
}

impl Iterator for Synth {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if let Some(r) = self.right.take() {
            return Some(r);
        }
        if self.position >= self.length {
            return None;
        }
        while self.next_event < self.events.len() && self.events[self.next_event].at <= self.position {
            let (ch, msg) = (self.events[self.next_event].channel, self.events[self.next_event].msg);
            self.apply(ch, msg);
            self.next_event += 1;
        }
        let mut noise = self.noise;
        let s: f32 = self.voices.iter_mut().map(|(_, v)| v.sample(&mut noise)).sum();
        self.noise = noise;
        self.voices.retain(|(_, v)| !v.finished());
        self.position += 1;
        let s = s.clamp(-1.0, 1.0);
        self.right = Some(s);
        Some(s)
    }
}
