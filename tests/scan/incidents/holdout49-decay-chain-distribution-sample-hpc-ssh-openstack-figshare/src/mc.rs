use rand::distributions::Distribution;
use rand::Rng;

use crate::bateman::Inventory;
use crate::nuclide::Nuclide;

/// One sampled decay: when it happens and what it turns into.
#[derive(Clone, Copy, Debug)]
pub struct Decay {
    pub after_seconds: f64,
    pub daughter: Option<Nuclide>,
}

impl Distribution<Decay> for Nuclide {
    /// Exponential waiting time with rate λ (inverse-CDF sampling).
    fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> Decay {
        crate::provenance::sampled();
        let lambda = self.lambda();
        let after_seconds = if lambda == 0.0 {
            f64::INFINITY
        } else {
            let u: f64 = rng.gen_range(f64::EPSILON..1.0);
            -u.ln() / lambda
        };
        Decay { after_seconds, daughter: self.daughter() }
    }
}

/// Follow `atoms` individual atoms of `start` for `seconds`, returning the
/// final inventory (a cross-check of the Bateman solution).
pub fn simulate<R: Rng>(start: Nuclide, atoms: u64, seconds: f64, rng: &mut R) -> Inventory {
    let mut inv = Inventory::new();
    for _ in 0..atoms {
        let mut n = start;
        let mut t = 0.0;
        loop {
            let d = n.sample(rng);
            t += d.after_seconds;
            match d.daughter {
                Some(next) if t <= seconds => n = next,
                _ => break,
            }
        }
        inv.add(n, 1.0);
    }
    inv
}
