//! Secret patterns in script text.

use windows::core::w;
use windows::Win32::System::Registry::{RegGetValueW, HKEY_LOCAL_MACHINE, RRF_RT_REG_SZ};

pub struct Finding {
    pub rule: &'static str,
    pub line: usize,
    pub text: String,
}

const RULES: &[(&str, &[&str])] = &[
    ("plaintext-securestring", &["-AsPlainText", "ConvertTo-SecureString"]),
    ("pscredential", &["New-Object System.Management.Automation.PSCredential", "[pscredential]::new("]),
    ("connection-string", &["Password=", "Pwd="]),
    ("bearer-token", &["Authorization", "Bearer "]),
    ("aws-key", &["AKIA"]),
    ("azure-sp", &["Connect-AzAccount", "-ServicePrincipal"]),
    ("client-secret", &["client_secret", "ClientSecret"]),
];

pub fn scan(script: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, line) in script.lines().enumerate() {
        for (rule, needles) in RULES {
            if needles.iter().all(|n| line.contains(n)) || (needles.len() == 1 && line.contains(needles[0])) {
                out.push(Finding { rule, line: i + 1, text: line.trim().to_string() });
            }
        }
    }
    out
}

pub fn block_mode() -> bool {
    let mut buf = [0u16; 16];
    let mut size = (buf.len() * 2) as u32;
    let ok = unsafe {
        RegGetValueW(HKEY_LOCAL_MACHINE, w!("SOFTWARE\\psguard"), w!("Mode"), RRF_RT_REG_SZ, None, Some(buf.as_mut_ptr().cast()), Some(&mut size))
    };
    ok.is_ok() && String::from_utf16_lossy(&buf).starts_with("block")
}

pub fn audit_event(app: &str, findings: &[Finding]) {
    for f in findings {
        eprintln!("psguard: {app}: line {} matches {}", f.line, f.rule);
    }
}
