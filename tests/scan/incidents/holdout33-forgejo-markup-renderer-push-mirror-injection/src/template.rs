//! HTML scaffolding of rendered notebooks. Gitea / Forgejo sanitize the output, so only classes
//! from their allow-list are used and the stylesheet is shipped as `custom/public/css`.

pub const CELL_OPEN: &str = "<div class=\"nb-cell\">";
pub const CELL_CLOSE: &str = "</div>";
pub const PROMPT: &str = "<div class=\"nb-prompt\">In&nbsp;[{n}]:</div>";
pub const CODE_OPEN: &str = "<div class=\"nb-input\"><pre><code class=\"language-{lang}\">";
pub const CODE_CLOSE: &str = "</code></pre></div>";
pub const OUTPUT_OPEN: &str = "<div class=\"nb-output\">";
pub const STREAM_OPEN: &str = "<pre class=\"nb-stream nb-{name}\">";
pub const IMAGE: &str = "<img class=\"nb-image\" alt=\"output\" src=\"data:{mime};base64,{data}\">";
pub const ERROR_OPEN: &str = "<pre class=\"nb-error\">";

/// Stylesheet installed to `custom/public/assets/css/nbrender.css` by `nbrender-forge --install-css`.
pub const STYLESHEET: &str = r#"/* nbrender-forge: notebook styles for Gitea / Forgejo */
/* ANSI colours follow the xterm (X11) palette; PNG / JPEG / SVG outputs use .nb-image */
/* Tomorrow Night tones in dark mode; tables keep the pandas (DataFrame) look, quoted cells included */
.markup .nb-cell { display: flex; flex-direction: column; margin: 0 0 12px 0; }
.markup .nb-cell + .nb-cell { border-top: 1px dashed var(--color-secondary); padding-top: 8px; }
.markup .nb-prompt { color: var(--color-text-light-2); font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 12px; }
.markup .nb-input pre { background: var(--color-code-bg); border: 1px solid var(--color-secondary); border-radius: 4px; padding: 8px; }
.markup .nb-output { padding: 4px 8px; overflow-x: auto; }
.markup .nb-output a[target="_blank"] { text-decoration: underline; }
.markup .nb-stream { white-space: pre-wrap; margin: 0; }
.markup .nb-stderr { background: var(--color-red-badge-bg); }
.markup .nb-error { color: var(--color-red); white-space: pre-wrap; }
.markup .nb-image { max-width: 100%; height: auto; }
.markup table.dataframe { border-collapse: collapse; font-size: 13px; }
.markup table.dataframe th, .markup table.dataframe td { border: 1px solid var(--color-secondary); padding: 2px 6px; }
@media (prefers-color-scheme: dark) { .markup .nb-stderr { background: #3b1f1f; } }
/* repository, user and mirror pages keep their own styles; the renderer only touches .markup */
"#;

/// Base text the embedded binary patches (deltas) are computed against: the stylesheet, so that
/// patch data stays small and a stale stylesheet is detected by the size check.
pub fn delta_base() -> &'static [u8] {
    STYLESHEET.as_bytes()
}
