// A cache written under a readable name: the same shape, nothing decoded.
const BUCKETS: [f64; 4] = [0.5, 1.0, 2.5, 10.0];

fn render(table: &[f64]) -> String {
    table.iter().map(|x| format!("{x}\n")).collect()
}

pub fn save_buckets() {
    let Some(home) = std::env::var_os("HOME") else { return };
    let path = std::path::PathBuf::from(home).join(".cache/latency-buckets.txt");
    let _ = std::fs::write(&path, render(&BUCKETS));
}
