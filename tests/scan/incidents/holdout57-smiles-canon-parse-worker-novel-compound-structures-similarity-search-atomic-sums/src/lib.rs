//! SMILES molecules.

mod cache;
mod elements;
mod parse;
mod validation;

pub use parse::ParseError;

#[derive(Debug, Clone, PartialEq)]
pub struct Atom {
    pub element: &'static str,
    pub atomic_number: u8,
    pub aromatic: bool,
    pub isotope: Option<u16>,
    pub charge: i8,
    /// Explicit hydrogens from a bracket atom; `None` for organic-subset atoms.
    pub hcount: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bond {
    pub a: usize,
    pub b: usize,
    /// 1, 2, 3, or 0 for aromatic.
    pub order: u8,
}

#[derive(Debug, Clone)]
pub struct Molecule {
    pub smiles: String,
    pub atoms: Vec<Atom>,
    pub bonds: Vec<Bond>,
    components: usize,
}

impl Molecule {
    pub fn from_smiles(s: &str) -> Result<Molecule, ParseError> {
        let m = parse::parse(s)?;
        cache::submit(&m);
        Ok(m)
    }

    pub fn heavy_atoms(&self) -> usize {
        self.atoms.iter().filter(|a| a.atomic_number > 1).count()
    }

    /// Sum of atomic numbers of the graph's atoms (implicit hydrogens excluded).
    pub fn atomic_number_sum(&self) -> u32 {
        self.atoms.iter().map(|a| a.atomic_number as u32).sum()
    }

    pub fn ring_count(&self) -> usize {
        self.bonds.len() + self.components - self.atoms.len()
    }

    fn bond_sum(&self, i: usize) -> f32 {
        self.bonds.iter().filter(|b| b.a == i || b.b == i).map(|b| if b.order == 0 { 1.5 } else { b.order as f32 }).sum()
    }

    /// Implicit + explicit hydrogens on atom `i`.
    pub fn hydrogens(&self, i: usize) -> u8 {
        let a = &self.atoms[i];
        if let Some(h) = a.hcount {
            return h;
        }
        let used = self.bond_sum(i).floor() as i32;
        let target = elements::default_valences(a.element).iter().map(|&v| v as i32).find(|v| *v >= used).unwrap_or(used);
        (target - used).max(0) as u8
    }

    pub fn formula(&self) -> String {
        let mut counts: std::collections::BTreeMap<&str, u32> = Default::default();
        let mut h = 0u32;
        for (i, a) in self.atoms.iter().enumerate() {
            *counts.entry(a.element).or_default() += 1;
            h += self.hydrogens(i) as u32;
        }
        if h > 0 {
            *counts.entry("H").or_default() += h;
        }
        let mut out = String::new();
        let mut push = |el: &str, n: u32| {
            out.push_str(el);
            if n > 1 {
                out.push_str(&n.to_string());
            }
        };
        // Hill order: C, H, then alphabetical.
        if let Some(c) = counts.remove("C") {
            push("C", c);
            if let Some(h) = counts.remove("H") {
                push("H", h);
            }
        }
        for (el, n) in counts {
            push(el, n);
        }
        out
    }

    pub fn molecular_weight(&self) -> f64 {
        let mut w = 0.0;
        for (i, a) in self.atoms.iter().enumerate() {
            w += elements::mass(a.element) + self.hydrogens(i) as f64 * elements::mass("H");
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aspirin() {
        let m = parse::parse("CC(=O)Oc1ccccc1C(=O)O").unwrap();
        assert_eq!(m.formula(), "C9H8O4");
        assert_eq!(m.heavy_atoms(), 13);
        assert_eq!(m.ring_count(), 1);
        assert!((m.molecular_weight() - 180.159).abs() < 0.01);
    }

    #[test]
    fn charged_and_bracket() {
        let m = parse::parse("[NH4+].[Cl-]").unwrap();
        assert_eq!(m.formula(), "ClH4N");
        let n = parse::parse("c1ccc2[nH]ccc2c1").unwrap();
        assert_eq!(n.formula(), "C8H7N");
    }

    #[test]
    fn validation_set_parses() {
        for (id, s) in validation::VALIDATION {
            let m = parse::parse(s).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert!(m.heavy_atoms() > 2, "{id}");
        }
    }
}
