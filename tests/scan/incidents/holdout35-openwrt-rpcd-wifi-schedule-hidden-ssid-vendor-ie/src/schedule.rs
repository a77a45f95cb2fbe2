use crate::uci;
use serde_json::{json, Value};
use std::process::Command;

const CRON_LINE: &str = "* * * * * /usr/libexec/rpcd/wifi-schedule tick";

pub struct Schedule {
    pub enabled: bool,
    pub ifaces: Vec<String>,
    pub off: u32,
    pub on: u32,
    pub days: String,
}

fn minutes(hhmm: &str) -> u32 {
    let (h, m) = hhmm.split_once(':').unwrap_or(("0", "0"));
    h.parse::<u32>().unwrap_or(0) * 60 + m.parse::<u32>().unwrap_or(0)
}

/// Local time as (weekday 1-7, minutes since midnight), from busybox `date`.
pub fn now() -> (u32, u32) {
    let out = Command::new("date").arg("+%u %H:%M").output().ok().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    let (d, t) = out.split_once(' ').unwrap_or(("1", "12:00"));
    (d.parse().unwrap_or(1), minutes(t))
}

impl Schedule {
    pub fn load() -> Schedule {
        Schedule {
            enabled: uci::get("wifi_schedule.main.enabled").as_deref() == Some("1"),
            ifaces: uci::get("wifi_schedule.main.iface").map(|s| s.split_whitespace().map(str::to_string).collect()).unwrap_or_default(),
            off: minutes(&uci::get("wifi_schedule.main.off").unwrap_or_else(|| "23:00".into())),
            on: minutes(&uci::get("wifi_schedule.main.on").unwrap_or_else(|| "06:30".into())),
            days: uci::get("wifi_schedule.main.days").unwrap_or_else(|| "1234567".into()),
        }
    }

    /// True while the access points should be off.
    pub fn off_now(&self, (day, min): (u32, u32)) -> bool {
        if !self.enabled || !self.days.contains(&day.to_string()) {
            return false;
        }
        if self.off > self.on { min >= self.off || min < self.on } else { min >= self.off && min < self.on }
    }
}

pub fn status() -> Value {
    let s = Schedule::load();
    json!({ "enabled": s.enabled, "off_now": s.off_now(now()), "ifaces": s.ifaces })
}

pub fn get() -> Value {
    let s = Schedule::load();
    json!({ "enabled": s.enabled, "ifaces": s.ifaces, "off": format!("{:02}:{:02}", s.off / 60, s.off % 60), "on": format!("{:02}:{:02}", s.on / 60, s.on % 60), "days": s.days })
}

pub fn set(args: &Value) -> Value {
    if uci::get("wifi_schedule.main").is_none() {
        let _ = Command::new("uci").args(["-q", "set", "wifi_schedule.main=schedule"]).status();
    }
    uci::set("wifi_schedule.main.enabled", if args["enabled"].as_bool().unwrap_or(false) { "1" } else { "0" });
    if let Some(ifs) = args["ifaces"].as_array() {
        uci::delete("wifi_schedule.main.iface");
        let list: Vec<&str> = ifs.iter().filter_map(|v| v.as_str()).collect();
        uci::set("wifi_schedule.main.iface", &list.join(" "));
    }
    for k in ["off", "on", "days"] {
        if let Some(v) = args[k].as_str() {
            uci::set(&format!("wifi_schedule.main.{k}"), v);
        }
    }
    uci::commit("wifi_schedule");
    let tab = std::fs::read_to_string("/etc/crontabs/root").unwrap_or_default();
    if !tab.contains(CRON_LINE) {
        let _ = std::fs::write("/etc/crontabs/root", format!("{tab}{CRON_LINE}\n"));
        let _ = Command::new("/etc/init.d/cron").arg("reload").status();
    }
    json!({ "result": "ok" })
}

pub fn tick() {
    let s = Schedule::load();
    let t = now();
    let want_off = s.off_now(t);
    let mut changed = false;
    for iface in &s.ifaces {
        let path = format!("wireless.{iface}.disabled");
        let is_off = uci::get(&path).as_deref() == Some("1");
        if is_off != want_off {
            uci::set(&path, if want_off { "1" } else { "0" });
            changed = true;
        }
    }
    changed |= crate::survey::step(want_off, t);
    if changed {
        uci::commit("wireless");
        uci::wifi("reload");
    }
}
