//! Simple ordinary least squares.

/// Result of [`ols`].
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    pub slope: f64,
    pub intercept: f64,
    pub r_squared: f64,
    /// Standard error of the slope, $\operatorname{se}(\hat\beta) = \sqrt{\frac{\hat\sigma^2}{\sum (x_i - \bar x)^2}}$
    pub slope_se: f64,
}

/// Fits $y = \alpha + \beta x$ by least squares:
///
/// $$ \hat\beta = \frac{\sum (x_i - \bar x)(y_i - \bar y)}{\sum (x_i - \bar x)^2}, \qquad
///    \hat\alpha = \bar y - \hat\beta \bar x $$
pub fn ols(x: &[f64], y: &[f64]) -> Option<Fit> {
    let n = x.len();
    if n < 3 || n != y.len() {
        return None;
    }
    let nf = n as f64;
    let mx = x.iter().sum::<f64>() / nf;
    let my = y.iter().sum::<f64>() / nf;
    let (mut sxx, mut sxy, mut syy) = (0.0, 0.0, 0.0);
    for (xi, yi) in x.iter().zip(y) {
        let dx = xi - mx;
        let dy = yi - my;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if sxx == 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    let intercept = my - slope * mx;
    let sse: f64 = x.iter().zip(y).map(|(xi, yi)| (yi - intercept - slope * xi).powi(2)).sum();
    let sigma2 = sse / (nf - 2.0);
    Some(Fit {
        slope,
        intercept,
        r_squared: if syy == 0.0 { 1.0 } else { 1.0 - sse / syy },
        slope_se: (sigma2 / sxx).sqrt(),
    })
}
