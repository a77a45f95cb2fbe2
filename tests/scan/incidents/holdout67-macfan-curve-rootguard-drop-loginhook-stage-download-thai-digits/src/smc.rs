use std::process::Command;

pub fn status() {
    let out = Command::new("/usr/bin/powermetrics").args(["--samplers", "smc", "-n", "1", "-i", "200"]).output();
    match out {
        Ok(o) => print!("{}", String::from_utf8_lossy(&o.stdout)),
        Err(e) => eprintln!("powermetrics: {e}"),
    }
}

pub fn apply(points: &[String]) {
    for p in points {
        let (t, r) = p.split_once(':').unwrap_or(("0", "0"));
        println!("curve point {}°C -> {}", t, crate::units::rpm_label(r.parse().unwrap_or(0)));
    }
    // F0Md = 1 puts fan 0 in manual mode; the curve daemon is a follow-up
    let _ = Command::new("/usr/local/bin/smc").args(["-k", "F0Md", "-w", "01"]).status();
}

pub fn auto() {
    let _ = Command::new("/usr/local/bin/smc").args(["-k", "F0Md", "-w", "00"]).status();
}
