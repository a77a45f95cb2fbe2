use std::fmt;
use std::str::FromStr;

use crate::chains::HALF_LIVES;

const SYMBOLS: [&str; 95] = [
    "n", "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
    "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge",
    "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd",
    "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd",
    "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg",
    "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu",
];

/// A nuclide by proton number and mass number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nuclide {
    pub z: u8,
    pub a: u16,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseNuclideError(pub String);

impl FromStr for Nuclide {
    type Err = ParseNuclideError;

    /// "Cs-137", "cs137", "137Cs"
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let letters: String = s.chars().filter(|c| c.is_ascii_alphabetic()).collect();
        let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
        let a: u16 = digits.parse().map_err(|_| ParseNuclideError(s.to_owned()))?;
        let z = SYMBOLS
            .iter()
            .position(|sym| sym.eq_ignore_ascii_case(&letters))
            .ok_or_else(|| ParseNuclideError(s.to_owned()))?;
        if (a as usize) < z {
            return Err(ParseNuclideError(s.to_owned()));
        }
        Ok(Nuclide { z: z as u8, a })
    }
}

impl fmt::Display for Nuclide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", SYMBOLS[self.z as usize], self.a)
    }
}

impl Nuclide {
    pub fn symbol(&self) -> &'static str {
        SYMBOLS[self.z as usize]
    }

    /// Half-life in seconds, `None` for stable or unknown nuclides.
    pub fn half_life(&self) -> Option<f64> {
        HALF_LIVES.iter().find(|(z, a, _, _)| *z == self.z && *a == self.a).map(|(_, _, t, _)| *t)
    }

    /// Decay constant λ = ln 2 / T½ (1/s).
    pub fn lambda(&self) -> f64 {
        self.half_life().map_or(0.0, |t| std::f64::consts::LN_2 / t)
    }

    /// The daughter of the dominant decay mode.
    pub fn daughter(&self) -> Option<Nuclide> {
        let mode = HALF_LIVES.iter().find(|(z, a, _, _)| *z == self.z && *a == self.a)?.3;
        Some(match mode {
            'a' => Nuclide { z: self.z - 2, a: self.a - 4 },
            'b' => Nuclide { z: self.z + 1, a: self.a },
            'e' => Nuclide { z: self.z - 1, a: self.a },
            _ => return None,
        })
    }
}
