use std::process::ExitCode;

fn parse_u16(s: &str) -> Option<u16> {
    u16::from_str_radix(s.trim_start_matches("0x"), 16).ok()
}

fn main() -> ExitCode {
    env_logger::init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let (Some(vid), Some(pid), Some(file)) = (get("--vid").and_then(|v| parse_u16(&v)), get("--pid").and_then(|v| parse_u16(&v)), args.last().cloned()) else {
        eprintln!("usage: dfu-flash --vid VID --pid PID [--alt N] [--address ADDR] FILE");
        return ExitCode::from(2);
    };
    let alt = get("--alt").and_then(|a| a.parse().ok()).unwrap_or(0);
    let image = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let run = || -> Result<(), dfu_flash::Error> {
        let mut dev = dfu_flash::Dfu::open(vid, pid, alt)?;
        if let Some(addr) = get("--address").and_then(|a| u32::from_str_radix(a.trim_start_matches("0x"), 16).ok()) {
            dev.dfuse_set_address(addr)?;
        }
        dev.download(&image, |d, t| eprint!("\r{d}/{t} bytes"))?;
        eprintln!();
        dev.leave()
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dfu-flash: {e}");
            ExitCode::FAILURE
        }
    }
}
