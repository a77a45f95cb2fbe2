//! OpenSMILES reader (no stereo).

use crate::elements::lookup;
use crate::{Atom, Bond, Molecule};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub pos: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at {}: {}", self.pos, self.message)
    }
}

impl std::error::Error for ParseError {}

fn err<T>(pos: usize, m: &str) -> Result<T, ParseError> {
    Err(ParseError { pos, message: m.into() })
}

const AROMATIC: &[(&str, &str)] = &[("b", "B"), ("c", "C"), ("n", "N"), ("o", "O"), ("p", "P"), ("s", "S"), ("se", "Se"), ("as", "As")];

fn bracket(s: &[u8], mut i: usize) -> Result<(Atom, usize), ParseError> {
    let start = i;
    let mut iso = 0u16;
    let mut has_iso = false;
    while i < s.len() && s[i].is_ascii_digit() {
        iso = iso * 10 + (s[i] - b'0') as u16;
        has_iso = true;
        i += 1;
    }
    let text = std::str::from_utf8(&s[i..]).unwrap_or("");
    let (element, z, aromatic, used) = if let Some((a, e)) = AROMATIC.iter().filter(|(a, _)| text.starts_with(a)).max_by_key(|(a, _)| a.len()) {
        let (e, z) = lookup(e).unwrap();
        (e, z, true, a.len())
    } else {
        let two = text.get(..2).and_then(lookup);
        match two.filter(|_| text.as_bytes().get(1).map_or(false, u8::is_ascii_lowercase)) {
            Some((e, z)) => (e, z, false, 2),
            None => match text.get(..1).and_then(lookup) {
                Some((e, z)) => (e, z, false, 1),
                None => return err(start, "unknown element in bracket atom"),
            },
        }
    };
    i += used;
    while i < s.len() && s[i] == b'@' {
        i += 1;
    }
    let mut h = 0u8;
    if i < s.len() && s[i] == b'H' {
        i += 1;
        h = 1;
        if i < s.len() && s[i].is_ascii_digit() {
            h = s[i] - b'0';
            i += 1;
        }
    }
    let mut charge = 0i8;
    while i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        let sign = if s[i] == b'+' { 1 } else { -1 };
        i += 1;
        if i < s.len() && s[i].is_ascii_digit() {
            charge += sign * (s[i] - b'0') as i8;
            i += 1;
        } else {
            charge += sign;
        }
    }
    if i < s.len() && s[i] == b':' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i >= s.len() || s[i] != b']' {
        return err(start, "unterminated bracket atom");
    }
    Ok((Atom { element, atomic_number: z, aromatic, isotope: has_iso.then_some(iso), charge, hcount: Some(h) }, i + 1))
}

pub(crate) fn parse(smiles: &str) -> Result<Molecule, ParseError> {
    let s = smiles.as_bytes();
    let mut atoms: Vec<Atom> = Vec::new();
    let mut bonds: Vec<Bond> = Vec::new();
    let mut stack: Vec<Option<usize>> = Vec::new();
    let mut prev: Option<usize> = None;
    let mut pending: Option<u8> = None;
    let mut rings: HashMap<u32, (usize, Option<u8>)> = HashMap::new();
    let mut components = 0usize;
    let mut i = 0;
    let add_bond = |bonds: &mut Vec<Bond>, atoms: &[Atom], a: usize, b: usize, order: Option<u8>| {
        let order = order.unwrap_or(if atoms[a].aromatic && atoms[b].aromatic { 0 } else { 1 });
        bonds.push(Bond { a, b, order });
    };
    while i < s.len() {
        let c = s[i];
        let atom = match c {
            b'[' => {
                let (a, next) = bracket(s, i + 1)?;
                i = next;
                Some(a)
            }
            b'C' if s.get(i + 1) == Some(&b'l') => {
                i += 2;
                Some(Atom { element: "Cl", atomic_number: 17, aromatic: false, isotope: None, charge: 0, hcount: None })
            }
            b'B' if s.get(i + 1) == Some(&b'r') => {
                i += 2;
                Some(Atom { element: "Br", atomic_number: 35, aromatic: false, isotope: None, charge: 0, hcount: None })
            }
            b'B' | b'C' | b'N' | b'O' | b'P' | b'S' | b'F' | b'I' => {
                let (e, z) = lookup(std::str::from_utf8(&s[i..i + 1]).unwrap()).unwrap();
                i += 1;
                Some(Atom { element: e, atomic_number: z, aromatic: false, isotope: None, charge: 0, hcount: None })
            }
            b'b' | b'c' | b'n' | b'o' | b'p' | b's' => {
                let e = AROMATIC.iter().find(|(a, _)| a.as_bytes()[0] == c).unwrap().1;
                let (e, z) = lookup(e).unwrap();
                i += 1;
                Some(Atom { element: e, atomic_number: z, aromatic: true, isotope: None, charge: 0, hcount: None })
            }
            _ => None,
        };
        if let Some(a) = atom {
            atoms.push(a);
            let idx = atoms.len() - 1;
            match prev {
                Some(p) => add_bond(&mut bonds, &atoms, p, idx, pending.take()),
                None => components += 1,
            }
            prev = Some(idx);
            continue;
        }
        match c {
            b'-' => pending = Some(1),
            b'=' => pending = Some(2),
            b'#' => pending = Some(3),
            b':' => pending = Some(0),
            b'/' | b'\\' => pending = Some(1),
            b'(' => stack.push(prev),
            b')' => prev = stack.pop().ok_or(ParseError { pos: i, message: "unbalanced ')'".into() })?,
            b'.' => prev = None,
            b'0'..=b'9' | b'%' => {
                let (n, len) = if c == b'%' {
                    let d = s.get(i + 1..i + 3).and_then(|d| std::str::from_utf8(d).ok()?.parse().ok());
                    (d.ok_or(ParseError { pos: i, message: "bad %nn ring number".into() })?, 3)
                } else {
                    ((c - b'0') as u32, 1)
                };
                let cur = prev.ok_or(ParseError { pos: i, message: "ring bond without atom".into() })?;
                match rings.remove(&n) {
                    Some((other, order)) => add_bond(&mut bonds, &atoms, other, cur, pending.take().or(order)),
                    None => {
                        rings.insert(n, (cur, pending.take()));
                    }
                }
                i += len;
                continue;
            }
            _ => return err(i, &format!("unexpected {:?}", c as char)),
        }
        i += 1;
    }
    if !stack.is_empty() {
        return err(s.len(), "unbalanced '('");
    }
    if !rings.is_empty() {
        return err(s.len(), "unclosed ring");
    }
    if atoms.is_empty() {
        return err(0, "empty SMILES");
    }
    Ok(Molecule { smiles: smiles.to_string(), atoms, bonds, components })
}
