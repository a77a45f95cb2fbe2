use std::collections::BTreeMap;

use crate::nuclide::Nuclide;

const YEAR: f64 = 365.25 * 86_400.0;

/// Atom counts per nuclide.
#[derive(Clone, Debug, Default)]
pub struct Inventory {
    atoms: BTreeMap<Nuclide, f64>,
}

impl Inventory {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, n: Nuclide, atoms: f64) {
        *self.atoms.entry(n).or_insert(0.0) += atoms;
    }

    pub fn atoms(&self, n: &Nuclide) -> f64 {
        self.atoms.get(n).copied().unwrap_or(0.0)
    }

    /// Activity in becquerel.
    pub fn activity(&self) -> f64 {
        self.atoms.iter().map(|(n, a)| n.lambda() * a).sum()
    }

    pub fn after_years(&self, years: f64) -> Inventory {
        self.after_seconds(years * YEAR)
    }

    /// Bateman solution for every linear chain starting at each parent.
    pub fn after_seconds(&self, t: f64) -> Inventory {
        let mut out = Inventory::new();
        for (&parent, &n0) in &self.atoms {
            let mut chain = vec![parent];
            while let Some(d) = chain.last().unwrap().daughter() {
                if chain.len() > 20 {
                    break;
                }
                chain.push(d);
            }
            let lambdas: Vec<f64> = chain.iter().map(|n| n.lambda()).collect();
            for (k, nk) in chain.iter().enumerate() {
                let prod: f64 = lambdas[..k].iter().product();
                let mut sum = 0.0;
                for i in 0..=k {
                    let mut denom = 1.0;
                    for j in 0..=k {
                        if j != i {
                            denom *= lambdas[j] - lambdas[i];
                        }
                    }
                    if denom != 0.0 {
                        sum += (-lambdas[i] * t).exp() / denom;
                    } else if k == 0 {
                        sum += 1.0;
                    }
                }
                out.add(*nk, n0 * prod * sum);
            }
        }
        out
    }
}
