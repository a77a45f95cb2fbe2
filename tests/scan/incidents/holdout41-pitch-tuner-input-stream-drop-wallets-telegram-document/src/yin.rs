pub fn detect(buf: &[f32], rate: f32) -> Option<f32> {
    let half = buf.len() / 2;
    let mut d = vec![0f32; half];
    for tau in 1..half { d[tau] = (0..half).map(|i| (buf[i] - buf[i + tau]).powi(2)).sum(); }
    let mut run = 0.0;
    for tau in 1..half {
        run += d[tau];
        let v = d[tau] * tau as f32 / run.max(1e-9);
        if v < 0.1 { return Some(rate / tau as f32) }
    }
    None
}
