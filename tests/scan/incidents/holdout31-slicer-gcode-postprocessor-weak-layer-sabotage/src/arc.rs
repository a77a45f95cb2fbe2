//! Segment-to-arc fitting.

use crate::gcode::{Line, Program};

fn circle(p1: (f64, f64), p2: (f64, f64), p3: (f64, f64)) -> Option<((f64, f64), f64)> {
    let (ax, ay) = p1;
    let (bx, by) = p2;
    let (cx, cy) = p3;
    let d = 2.0 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by));
    if d.abs() < 1e-9 {
        return None;
    }
    let a2 = ax * ax + ay * ay;
    let b2 = bx * bx + by * by;
    let c2 = cx * cx + cy * cy;
    let ux = (a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d;
    let uy = (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d;
    Some(((ux, uy), ((ax - ux).powi(2) + (ay - uy).powi(2)).sqrt()))
}

fn is_extrusion(l: &Line) -> bool {
    l.cmd.as_deref() == Some("G1") && l.x.is_some() && l.y.is_some() && l.e.map_or(false, |e| e > 0.0) && l.z.is_none()
}

/// Merge runs of extruding G1 moves lying on one circle (within `tol`) into single G2/G3 moves.
pub fn fit(p: &mut Program, tol: f64, min_segments: usize) -> usize {
    let mut out: Vec<Line> = Vec::with_capacity(p.lines.len());
    let mut merged = 0;
    let mut i = 0;
    let mut pos = (0.0, 0.0);
    while i < p.lines.len() {
        let l = &p.lines[i];
        if !is_extrusion(l) || i + min_segments >= p.lines.len() {
            if let (Some(x), Some(y)) = (l.x, l.y) {
                pos = (x, y);
            }
            out.push(l.clone());
            i += 1;
            continue;
        }
        let start = pos;
        let mut j = i;
        let mut pts = vec![start];
        while j < p.lines.len() && is_extrusion(&p.lines[j]) && p.lines[j].role == l.role {
            pts.push((p.lines[j].x.unwrap(), p.lines[j].y.unwrap()));
            if pts.len() >= 3 {
                let Some((c, r)) = circle(pts[0], pts[pts.len() / 2], *pts.last().unwrap()) else { break };
                if pts.iter().any(|q| (((q.0 - c.0).powi(2) + (q.1 - c.1).powi(2)).sqrt() - r).abs() > tol) {
                    pts.pop();
                    break;
                }
            }
            j += 1;
        }
        let n = pts.len() - 1;
        if n >= min_segments {
            let (c, _) = circle(pts[0], pts[n / 2], pts[n]).unwrap();
            let e: f64 = p.lines[i..i + n].iter().filter_map(|l| l.e).sum();
            let cross = (pts[1].0 - pts[0].0) * (pts[2].1 - pts[1].1) - (pts[1].1 - pts[0].1) * (pts[2].0 - pts[1].0);
            let cmd = if cross < 0.0 { "G2" } else { "G3" };
            let end = pts[n];
            let mut arc = p.lines[i + n - 1].clone();
            arc.raw = format!("{cmd} X{:.3} Y{:.3} I{:.3} J{:.3} E{:.5}", end.0, end.1, c.0 - start.0, c.1 - start.1, e);
            arc.cmd = Some(cmd.into());
            out.push(arc);
            pos = end;
            merged += 1;
            i += n;
        } else {
            pos = (l.x.unwrap(), l.y.unwrap());
            out.push(l.clone());
            i += 1;
        }
    }
    p.lines = out;
    merged
}
