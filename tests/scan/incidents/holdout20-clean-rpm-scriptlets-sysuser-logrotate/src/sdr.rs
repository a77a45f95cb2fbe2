use std::fmt::Write;
use std::path::Path;
use std::process::Command;

fn metric_name(unit: &str) -> &'static str {
    match unit {
        "degrees C" => "bmc_temperature_celsius",
        "RPM" => "bmc_fan_rpm",
        "Volts" => "bmc_voltage_volts",
        "Watts" => "bmc_power_watts",
        _ => "bmc_sensor_value",
    }
}

pub fn scrape(host: Option<&str>, user: Option<&str>, pwfile: Option<&Path>) -> std::io::Result<String> {
    let mut cmd = Command::new("ipmitool");
    if let Some(h) = host {
        cmd.args(["-I", "lanplus", "-H", h]);
        if let Some(u) = user {
            cmd.args(["-U", u]);
        }
        if let Some(p) = pwfile {
            cmd.arg("-f").arg(p);
        }
    }
    let out = cmd.args(["sdr", "elist", "full"]).output()?;
    if !out.status.success() {
        return Err(std::io::Error::other(String::from_utf8_lossy(&out.stderr).to_string()));
    }
    let mut s = String::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        // "CPU1 Temp        | 30h | ok  |  3.1 | 45 degrees C"
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if cols.len() < 5 {
            continue;
        }
        let mut reading = cols[4].splitn(2, ' ');
        let (Some(v), Some(unit)) = (reading.next().and_then(|v| v.parse::<f64>().ok()), reading.next()) else { continue };
        let _ = writeln!(s, "{}{{sensor=\"{}\",status=\"{}\"}} {}", metric_name(unit), cols[0], cols[2], v);
    }
    Ok(s)
}
