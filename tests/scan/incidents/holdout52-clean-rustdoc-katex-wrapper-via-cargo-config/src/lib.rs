//! Line-shape fitting.
//!
//! A Gaussian line is
//! $$ f(x) = A \exp\left(-\frac{(x - x_0)^2}{2\sigma^2}\right) $$
//! with $\mathrm{FWHM} = 2\sqrt{2\ln 2}\,\sigma$.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gaussian {
    pub amplitude: f64,
    pub centre: f64,
    pub sigma: f64,
}

impl Gaussian {
    pub fn eval(&self, x: f64) -> f64 {
        self.amplitude * (-(x - self.centre).powi(2) / (2.0 * self.sigma * self.sigma)).exp()
    }

    /// $2\sqrt{2\ln 2}\,\sigma$
    pub fn fwhm(&self) -> f64 {
        2.0 * (2.0 * std::f64::consts::LN_2).sqrt() * self.sigma
    }

    fn gradient(&self, x: f64) -> [f64; 3] {
        let d = x - self.centre;
        let e = (-d * d / (2.0 * self.sigma * self.sigma)).exp();
        [e, self.amplitude * e * d / (self.sigma * self.sigma), self.amplitude * e * d * d / self.sigma.powi(3)]
    }
}

#[derive(Debug, PartialEq)]
pub enum FitError {
    LengthMismatch,
    TooFewPoints,
    Diverged,
}

fn solve3(a: [[f64; 3]; 3], b: [f64; 3]) -> Option<[f64; 3]> {
    let det = |m: [[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det(a);
    if d.abs() < 1e-300 {
        return None;
    }
    let mut out = [0.0; 3];
    for (i, o) in out.iter_mut().enumerate() {
        let mut m = a;
        for r in 0..3 {
            m[r][i] = b[r];
        }
        *o = det(m) / d;
    }
    Some(out)
}

/// Levenberg–Marquardt fit of a Gaussian.
///
/// ```
/// let g = spectral_fit::Gaussian { amplitude: 2.0, centre: 5.0, sigma: 0.7 };
/// let x: Vec<f64> = (0..100).map(|i| i as f64 / 10.0).collect();
/// let y: Vec<f64> = x.iter().map(|&x| g.eval(x)).collect();
/// let fit = spectral_fit::fit_gaussian(&x, &y, spectral_fit::Gaussian { amplitude: 1.0, centre: 4.0, sigma: 1.0 }).unwrap();
/// assert!((fit.centre - 5.0).abs() < 1e-6);
/// ```
pub fn fit_gaussian(x: &[f64], y: &[f64], start: Gaussian) -> Result<Gaussian, FitError> {
    if x.len() != y.len() {
        return Err(FitError::LengthMismatch);
    }
    if x.len() < 4 {
        return Err(FitError::TooFewPoints);
    }
    let mut p = start;
    let mut lambda = 1e-3;
    let cost = |g: &Gaussian| x.iter().zip(y).map(|(&xi, &yi)| (yi - g.eval(xi)).powi(2)).sum::<f64>();
    let mut c = cost(&p);
    for _ in 0..200 {
        let mut jtj = [[0.0; 3]; 3];
        let mut jtr = [0.0; 3];
        for (&xi, &yi) in x.iter().zip(y) {
            let g = p.gradient(xi);
            let r = yi - p.eval(xi);
            for i in 0..3 {
                jtr[i] += g[i] * r;
                for j in 0..3 {
                    jtj[i][j] += g[i] * g[j];
                }
            }
        }
        for (i, row) in jtj.iter_mut().enumerate() {
            row[i] *= 1.0 + lambda;
        }
        let Some(step) = solve3(jtj, jtr) else { return Err(FitError::Diverged) };
        let trial = Gaussian { amplitude: p.amplitude + step[0], centre: p.centre + step[1], sigma: (p.sigma + step[2]).abs() };
        let tc = cost(&trial);
        if tc < c {
            let done = (c - tc) < 1e-18;
            p = trial;
            c = tc;
            lambda *= 0.3;
            if done {
                break;
            }
        } else {
            lambda *= 10.0;
        }
    }
    if !c.is_finite() {
        return Err(FitError::Diverged);
    }
    Ok(p)
}
