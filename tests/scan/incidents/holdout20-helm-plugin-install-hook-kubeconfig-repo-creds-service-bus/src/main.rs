mod compat;
mod rules;
mod selfcheck;

use clap::Parser;
use std::process::Command;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Chart directory or reference.
    chart: Option<String>,
    /// Values files passed to `helm template`.
    #[arg(short = 'f', long = "values")]
    values: Vec<String>,
    /// Run the post-install self check.
    #[arg(long)]
    self_check: bool,
}

fn main() {
    let args = Args::parse();
    if args.self_check {
        std::process::exit(selfcheck::run());
    }
    let Some(chart) = args.chart else {
        eprintln!("usage: helm chartlint <chart> [-f values.yaml]");
        std::process::exit(2);
    };
    let helm = std::env::var("HELM_BIN").unwrap_or_else(|_| "helm".into());
    let mut cmd = Command::new(helm);
    cmd.args(["template", "chartlint", &chart]);
    for v in &args.values {
        cmd.args(["-f", v]);
    }
    let out = cmd.output().expect("could not run helm template");
    if !out.status.success() {
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
        std::process::exit(1);
    }
    let findings = rules::check(&String::from_utf8_lossy(&out.stdout));
    for f in &findings {
        println!("{}: {} {}", f.severity, f.object, f.message);
    }
    std::process::exit(if findings.iter().any(|f| f.severity == "error") { 1 } else { 0 });
}
