//! `docker image history` as a bar chart.

use crate::palette;
use serde::Deserialize;
use std::process::{Command, ExitCode};

#[derive(Deserialize)]
struct Row {
    #[serde(rename = "CreatedBy")]
    created_by: String,
    #[serde(rename = "Size")]
    size: String,
}

fn parse_size(s: &str) -> f64 {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len()));
    let n: f64 = num.parse().unwrap_or(0.0);
    match unit {
        "kB" | "KB" => n * 1e3,
        "MB" => n * 1e6,
        "GB" => n * 1e9,
        _ => n,
    }
}

fn human(bytes: f64) -> String {
    if bytes >= 1e9 {
        format!("{:.1} GB", bytes / 1e9)
    } else if bytes >= 1e6 {
        format!("{:.1} MB", bytes / 1e6)
    } else {
        format!("{:.0} kB", bytes / 1e3)
    }
}

pub fn show(image: &str) -> ExitCode {
    let out = Command::new("docker")
        .args(["image", "history", "--no-trunc", "--format", "{{json .}}", image])
        .output();
    let Ok(out) = out else {
        eprintln!("docker-layers: cannot run docker");
        return ExitCode::FAILURE;
    };
    if !out.status.success() {
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
        return ExitCode::FAILURE;
    }
    let rows: Vec<Row> = String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let sizes: Vec<f64> = rows.iter().map(|r| parse_size(&r.size)).collect();
    let max = sizes.iter().cloned().fold(1.0, f64::max);
    println!("{}", palette::header(&format!("{image}: {} layers, {}", rows.len(), human(sizes.iter().sum()))));
    for (row, size) in rows.iter().rev().zip(sizes.iter().rev()) {
        let cmd = row.created_by.trim_start_matches("/bin/sh -c ").trim_start_matches("#(nop) ");
        let cmd: String = cmd.chars().take(60).collect();
        println!("{:>9}  {}  {}", human(*size), palette::bar(size / max, 20), cmd);
    }
    ExitCode::SUCCESS
}
