use std::path::PathBuf;

const BEGIN: &str = "-- weztab:begin";
const END: &str = "-- weztab:end";

fn config_path() -> Option<PathBuf> {
    let home = dirs::home_dir()?;
    [home.join(".wezterm.lua"), home.join(".config/wezterm/wezterm.lua")].into_iter().find(|p| p.exists())
}

fn block(bin: &str) -> String {
    format!(
        r#"{BEGIN}
wezterm.on('update-status', function(window, pane)
  local cwd = pane:get_current_working_dir()
  local ok, out = wezterm.run_child_process({{ '{bin}', 'status', '--cwd', cwd and cwd.file_path or '' }})
  if ok then window:set_right_status(out) end
end)
{END}
"#
    )
}

pub fn install() {
    let Some(path) = config_path() else {
        return eprintln!("weztab: no wezterm.lua found");
    };
    let bin = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "weztab".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    if text.contains(BEGIN) {
        return println!("weztab: already installed in {}", path.display());
    }
    let new = match text.rfind("return config") {
        Some(i) => format!("{}{}\n{}", &text[..i], block(&bin), &text[i..]),
        None => format!("{text}\n{}", block(&bin)),
    };
    let _ = std::fs::write(&path, new);
    println!("weztab: added update-status handler to {}", path.display());
}

pub fn uninstall() {
    let Some(path) = config_path() else { return };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    if let (Some(a), Some(b)) = (text.find(BEGIN), text.find(END)) {
        let _ = std::fs::write(&path, format!("{}{}", &text[..a], &text[b + END.len()..].trim_start_matches('\n')));
    }
}
