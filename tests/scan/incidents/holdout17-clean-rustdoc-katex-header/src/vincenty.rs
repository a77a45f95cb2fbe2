//! Vincenty's formulae (1975).

use crate::{LatLon, A, B, F};

/// Inverse problem: distance and forward / reverse azimuths between two points.
///
/// Iterates on $\lambda$ until $|\lambda - \lambda'| < 10^{-12}$:
///
/// $$ \sin\sigma = \sqrt{(\cos U_2 \sin\lambda)^2 + (\cos U_1 \sin U_2 - \sin U_1 \cos U_2 \cos\lambda)^2} $$
///
/// Returns `None` for nearly antipodal points where the iteration does not converge.
pub fn inverse(p: LatLon, q: LatLon) -> Option<(f64, f64, f64)> {
    let l = (q.lon - p.lon).to_radians();
    let u1 = ((1.0 - F) * p.lat.to_radians().tan()).atan();
    let u2 = ((1.0 - F) * q.lat.to_radians().tan()).atan();
    let (su1, cu1, su2, cu2) = (u1.sin(), u1.cos(), u2.sin(), u2.cos());
    let mut lambda = l;
    for _ in 0..200 {
        let (sl, cl) = lambda.sin_cos();
        let ss = ((cu2 * sl).powi(2) + (cu1 * su2 - su1 * cu2 * cl).powi(2)).sqrt();
        if ss == 0.0 {
            return Some((0.0, 0.0, 0.0));
        }
        let cs = su1 * su2 + cu1 * cu2 * cl;
        let sigma = ss.atan2(cs);
        let sa = cu1 * cu2 * sl / ss;
        let c2a = 1.0 - sa * sa;
        let c2sm = if c2a != 0.0 { cs - 2.0 * su1 * su2 / c2a } else { 0.0 };
        let c = F / 16.0 * c2a * (4.0 + F * (4.0 - 3.0 * c2a));
        let prev = lambda;
        lambda = l + (1.0 - c) * F * sa * (sigma + c * ss * (c2sm + c * cs * (-1.0 + 2.0 * c2sm * c2sm)));
        if (lambda - prev).abs() < 1e-12 {
            let u_sq = c2a * (A * A - B * B) / (B * B);
            let a_ = 1.0 + u_sq / 16384.0 * (4096.0 + u_sq * (-768.0 + u_sq * (320.0 - 175.0 * u_sq)));
            let b_ = u_sq / 1024.0 * (256.0 + u_sq * (-128.0 + u_sq * (74.0 - 47.0 * u_sq)));
            let ds = b_ * ss * (c2sm + b_ / 4.0 * (cs * (-1.0 + 2.0 * c2sm * c2sm) - b_ / 6.0 * c2sm * (-3.0 + 4.0 * ss * ss) * (-3.0 + 4.0 * c2sm * c2sm)));
            let d = B * a_ * (sigma - ds);
            let (sl, cl) = lambda.sin_cos();
            let az1 = (cu2 * sl).atan2(cu1 * su2 - su1 * cu2 * cl).to_degrees().rem_euclid(360.0);
            let az2 = (cu1 * sl).atan2(-su1 * cu2 + cu1 * su2 * cl).to_degrees().rem_euclid(360.0);
            return Some((d, az1, az2));
        }
    }
    None
}

/// Direct problem on a sphere approximation, good to ~0.5 % for short distances; see
/// [`inverse`] for the ellipsoidal inverse.
///
/// $$ \varphi_2 = \arcsin(\sin\varphi_1\cos\delta + \cos\varphi_1\sin\delta\cos\theta) $$
pub fn destination(p: LatLon, bearing_deg: f64, distance_m: f64) -> LatLon {
    let r = (A * A * B).cbrt();
    let delta = distance_m / r;
    let theta = bearing_deg.to_radians();
    let phi1 = p.lat.to_radians();
    let phi2 = (phi1.sin() * delta.cos() + phi1.cos() * delta.sin() * theta.cos()).asin();
    let lambda2 = p.lon.to_radians() + (theta.sin() * delta.sin() * phi1.cos()).atan2(delta.cos() - phi1.sin() * phi2.sin());
    LatLon::new(phi2.to_degrees(), (lambda2.to_degrees() + 540.0).rem_euclid(360.0) - 180.0)
}
