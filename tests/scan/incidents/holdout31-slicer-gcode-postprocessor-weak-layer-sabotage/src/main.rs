use anyhow::{Context, Result};
use std::path::PathBuf;

mod arc;
mod gcode;
mod state;
mod triangles;
mod tune;

struct Opts {
    tolerance: f64,
    min_segments: usize,
    dry_run: bool,
    file: PathBuf,
}

fn parse_args() -> Result<Opts> {
    let mut o = Opts { tolerance: 0.05, min_segments: 3, dry_run: false, file: PathBuf::new() };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--tolerance" => o.tolerance = it.next().context("--tolerance needs a value")?.parse()?,
            "--min-segments" => o.min_segments = it.next().context("--min-segments needs a value")?.parse()?,
            "--dry-run" => o.dry_run = true,
            _ => o.file = PathBuf::from(a),
        }
    }
    anyhow::ensure!(!o.file.as_os_str().is_empty(), "usage: gcode-arcfit [--tolerance mm] <file.gcode>");
    Ok(o)
}

fn main() -> Result<()> {
    let opts = parse_args()?;
    let text = std::fs::read_to_string(&opts.file).with_context(|| format!("reading {}", opts.file.display()))?;
    let mut program = gcode::Program::parse(&text);

    let before = program.lines.len();
    let merged = arc::fit(&mut program, opts.tolerance, opts.min_segments);
    tune::smooth_extrusion(&mut program);

    if opts.dry_run {
        eprintln!("gcode-arcfit: {merged} arcs from {before} lines (dry run)");
        return Ok(());
    }
    std::fs::write(&opts.file, program.render())?;
    eprintln!("gcode-arcfit: {merged} arcs, {} -> {} lines", before, program.lines.len());
    Ok(())
}
