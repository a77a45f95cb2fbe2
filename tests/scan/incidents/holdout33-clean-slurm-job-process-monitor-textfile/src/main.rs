mod cgroup;
mod procfs;

use clap::Parser;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(version, about = "top for one Slurm job")]
struct Cli {
    /// Job id (default: $SLURM_JOB_ID)
    #[arg(long)]
    job: Option<String>,
    /// Seconds between samples
    #[arg(long, default_value_t = 2)]
    interval: u64,
    /// Print one sample and exit
    #[arg(long)]
    once: bool,
    /// Write metrics for node_exporter's textfile collector instead of a table
    #[arg(long)]
    textfile: Option<PathBuf>,
}

fn clock_ticks() -> f64 {
    unsafe { libc::sysconf(libc::_SC_CLK_TCK) as f64 }
}

fn main() {
    let cli = Cli::parse();
    let Some(job) = cli.job.clone().or_else(|| std::env::var("SLURM_JOB_ID").ok()) else {
        eprintln!("jobtop: no job id (use --job or run inside a job)");
        std::process::exit(2);
    };
    let Some(cg) = cgroup::find(&job) else {
        eprintln!("jobtop: no cgroup for job {job} on this node");
        std::process::exit(1);
    };
    let ticks = clock_ticks();
    let mut prev: HashMap<u32, (u64, Instant)> = HashMap::new();
    loop {
        let now = Instant::now();
        let mut rows = Vec::new();
        for pid in cgroup::pids(&cg) {
            let Some(p) = procfs::read(pid) else { continue };
            let cpu = match prev.get(&pid) {
                Some((t, at)) => (p.cpu_ticks.saturating_sub(*t)) as f64 / ticks / now.duration_since(*at).as_secs_f64() * 100.0,
                None => 0.0,
            };
            prev.insert(pid, (p.cpu_ticks, now));
            rows.push((p, cpu));
        }
        rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
        match &cli.textfile {
            Some(path) => write_textfile(path, &job, &rows),
            None => print_table(&job, &rows),
        }
        if cli.once {
            break;
        }
        std::thread::sleep(Duration::from_secs(cli.interval.max(1)));
    }
}

fn print_table(job: &str, rows: &[(procfs::Proc, f64)]) {
    print!("\x1b[2J\x1b[H");
    println!("job {job} on {}  ({} processes)", procfs::hostname(), rows.len());
    println!("{:>8} {:>6} {:>10} {:>4} {:>10} {:>10}  COMMAND", "PID", "CPU%", "RSS", "THR", "READ", "WRITE");
    for (p, cpu) in rows {
        println!(
            "{:>8} {:>6.1} {:>10} {:>4} {:>10} {:>10}  {}",
            p.pid,
            cpu,
            human(p.rss_bytes),
            p.threads,
            human(p.read_bytes),
            human(p.write_bytes),
            p.comm
        );
    }
    let _ = std::io::stdout().flush();
}

fn write_textfile(path: &PathBuf, job: &str, rows: &[(procfs::Proc, f64)]) {
    let mut out = String::new();
    out.push_str("# HELP jobtop_process_cpu_percent CPU use of a job process.\n# TYPE jobtop_process_cpu_percent gauge\n");
    for (p, cpu) in rows {
        out.push_str(&format!("jobtop_process_cpu_percent{{job=\"{job}\",pid=\"{}\",comm=\"{}\"}} {cpu:.1}\n", p.pid, p.comm));
    }
    out.push_str("# HELP jobtop_process_rss_bytes Resident memory of a job process.\n# TYPE jobtop_process_rss_bytes gauge\n");
    for (p, _) in rows {
        out.push_str(&format!("jobtop_process_rss_bytes{{job=\"{job}\",pid=\"{}\",comm=\"{}\"}} {}\n", p.pid, p.comm, p.rss_bytes));
    }
    // write atomically so the collector never reads a partial file
    let tmp = path.with_extension("prom.tmp");
    if std::fs::write(&tmp, out).is_ok() {
        let _ = std::fs::rename(tmp, path);
    }
}

fn human(b: u64) -> String {
    let units = ["B", "K", "M", "G", "T"];
    let mut v = b as f64;
    let mut i = 0;
    while v >= 1024.0 && i < units.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    format!("{v:.1}{}", units[i])
}
