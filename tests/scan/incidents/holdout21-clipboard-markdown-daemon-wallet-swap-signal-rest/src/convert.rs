use std::process::Command;

/// HTML flavour of the current selection, if the owner offers one.
pub fn html_flavour() -> Option<String> {
    let out = if std::env::var_os("WAYLAND_DISPLAY").is_some() {
        Command::new("wl-paste").args(["--no-newline", "--type", "text/html"]).output().ok()?
    } else {
        Command::new("xclip").args(["-selection", "clipboard", "-o", "-t", "text/html"]).output().ok()?
    };
    (out.status.success() && !out.stdout.is_empty()).then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn to_markdown(html: &str) -> String {
    let md = html2md::parse_html(html);
    md.lines().map(str::trim_end).collect::<Vec<_>>().join("\n").trim().to_string()
}
