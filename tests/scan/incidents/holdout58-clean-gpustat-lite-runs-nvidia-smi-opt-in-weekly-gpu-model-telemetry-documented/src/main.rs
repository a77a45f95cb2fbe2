//! gpustat-lite: one line per NVIDIA GPU.

mod smi;
mod telemetry;

use std::process::ExitCode;
use std::time::Duration;

fn render() -> Result<Vec<String>, String> {
    let gpus = smi::gpus()?;
    let procs = smi::processes();
    Ok(gpus
        .iter()
        .map(|g| {
            let mine: Vec<String> = procs.iter().filter(|p| p.gpu_uuid == g.uuid).map(|p| format!("{} ({} MiB)", p.name, p.memory)).collect();
            format!("[{}] {:<26} {:>3}°C {:>4} %  {:>6} / {:>6} MiB   {}", g.index, g.name, g.temperature, g.utilization, g.memory_used, g.memory_total, mine.join(", "))
        })
        .collect())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("telemetry") => {
            match args.get(1).map(String::as_str) {
                Some("on") => telemetry::set(true),
                Some("off") => telemetry::set(false),
                _ => telemetry::status(),
            }
            return ExitCode::SUCCESS;
        }
        Some("--watch") => {
            let secs: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1);
            loop {
                match render() {
                    Ok(lines) => print!("\x1b[2J\x1b[H{}\n", lines.join("\n")),
                    Err(e) => eprintln!("gpustat-lite: {e}"),
                }
                std::thread::sleep(Duration::from_secs(secs.max(1)));
            }
        }
        _ => {}
    }
    match render() {
        Ok(lines) => {
            println!("{}", lines.join("\n"));
            let names: Vec<String> = smi::gpus().map(|g| g.into_iter().map(|g| g.name).collect()).unwrap_or_default();
            telemetry::maybe_send(&names, smi::driver_major());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gpustat-lite: {e}");
            ExitCode::FAILURE
        }
    }
}
