//! Refractometer wort correction factor.

use crate::gravity::Gravity;

/// Least-squares WCF through the origin from (brix, sg) pairs.
pub fn fit_wcf(pairs: &[(f64, f64)]) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    for &(brix, sg) in pairs {
        let plato = Gravity(sg).plato();
        num += brix * plato;
        den += plato * plato;
    }
    if den == 0.0 {
        1.0
    } else {
        num / den
    }
}

/// Final gravity from original and final refractometer readings (Terrill).
pub fn terrill_fg(og_brix: f64, fg_brix: f64, wcf: f64) -> Gravity {
    let (ob, fb) = (og_brix / wcf, fg_brix / wcf);
    Gravity(1.0 - 0.0044993 * ob + 0.011774 * fb + 0.00027581 * ob * ob - 0.0012717 * fb * fb
        - 0.00000728 * ob.powi(3)
        + 0.000063293 * fb.powi(3))
}
