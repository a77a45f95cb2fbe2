mod cast;

use clap::Parser;
use std::io::{Read, Write};
use std::time::Instant;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Output file (.cast)
    output: std::path::PathBuf,
    /// Command to record instead of $SHELL
    #[arg(short, long)]
    command: Option<String>,
    /// Maximum pause between events, in seconds
    #[arg(long)]
    idle_limit: Option<f64>,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let shell = std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into());
    let argv: Vec<String> = match &args.command {
        Some(c) => vec![shell.clone(), "-c".into(), c.clone()],
        None => vec![shell.clone()],
    };
    let (cols, rows) = vtrec_pty::terminal_size().unwrap_or((80, 24));
    let mut child = vtrec_pty::spawn(&argv, cols, rows)?;
    let mut writer = cast::Writer::create(&args.output, cols, rows, args.command.as_deref(), args.idle_limit)?;
    let _raw = vtrec_pty::RawMode::enable()?;
    let start = Instant::now();
    let mut input = child.input()?;
    std::thread::spawn(move || {
        let mut buf = [0u8; 1024];
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        while let Ok(n) = lock.read(&mut buf) {
            if n == 0 || input.write_all(&buf[..n]).is_err() {
                break;
            }
        }
    });
    let mut out = std::io::stdout();
    let mut buf = [0u8; 8192];
    loop {
        let n = child.read(&mut buf)?;
        if n == 0 {
            break;
        }
        out.write_all(&buf[..n])?;
        out.flush()?;
        writer.output(start.elapsed().as_secs_f64(), &buf[..n])?;
    }
    writer.finish()
}
