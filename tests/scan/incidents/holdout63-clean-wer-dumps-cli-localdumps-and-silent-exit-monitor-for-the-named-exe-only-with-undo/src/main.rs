//! wer-dumps enable myapp.exe --folder C:\dumps [--on-silent-exit]
//! wer-dumps disable myapp.exe
//!
//! `--on-silent-exit` registers Windows' own `werfault.exe`-based silent process exit
//! dump for the named executable (the GFlags "Silent Process Exit" settings); no third-party
//! monitor process is ever registered.

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Enable {
        exe: String,
        #[arg(long)]
        folder: String,
        #[arg(long, default_value_t = 5)]
        count: u32,
        #[arg(long)]
        full: bool,
        #[arg(long)]
        on_silent_exit: bool,
    },
    Disable {
        exe: String,
    },
}

#[cfg(windows)]
fn main() -> std::io::Result<()> {
    use winreg::enums::*;
    use winreg::RegKey;
    const LD: &str = r"SOFTWARE\Microsoft\Windows\Windows Error Reporting\LocalDumps";
    const IFEO: &str = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options";
    const SPE: &str = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\SilentProcessExit";
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    match Cli::parse().cmd {
        Cmd::Enable { exe, folder, count, full, on_silent_exit } => {
            if exe.contains('\\') || !exe.to_ascii_lowercase().ends_with(".exe") {
                eprintln!("give the executable file name, e.g. myapp.exe");
                std::process::exit(2);
            }
            let (k, _) = hklm.create_subkey(format!(r"{LD}\{exe}"))?;
            k.set_value("DumpFolder", &folder)?;
            k.set_value("DumpCount", &count)?;
            k.set_value("DumpType", &(if full { 2u32 } else { 1u32 }))?;
            println!("LocalDumps enabled for {exe} -> {folder}");
            if on_silent_exit {
                let (i, _) = hklm.create_subkey(format!(r"{IFEO}\{exe}"))?;
                i.set_value("GlobalFlag", &0x200u32)?;
                let (s, _) = hklm.create_subkey(format!(r"{SPE}\{exe}"))?;
                s.set_value("ReportingMode", &2u32)?; // LOCAL_DUMP only
                s.set_value("LocalDumpFolder", &folder)?;
                s.set_value("DumpType", &(if full { 2u32 } else { 0u32 }))?;
                println!("silent-exit dumps enabled for {exe}");
            }
        }
        Cmd::Disable { exe } => {
            let _ = hklm.delete_subkey_all(format!(r"{LD}\{exe}"));
            let _ = hklm.delete_subkey_all(format!(r"{SPE}\{exe}"));
            if let Ok(i) = hklm.open_subkey_with_flags(format!(r"{IFEO}\{exe}"), KEY_ALL_ACCESS) {
                let _ = i.delete_value("GlobalFlag");
            }
            println!("dump settings removed for {exe}");
        }
    }
    Ok(())
}

#[cfg(not(windows))]
fn main() {
    eprintln!("wer-dumps only works on Windows");
    std::process::exit(1);
}
