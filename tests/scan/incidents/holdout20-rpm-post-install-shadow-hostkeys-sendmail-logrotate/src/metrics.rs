use crate::devices;
use std::fmt::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn render() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# TYPE smartmon_healthy gauge");
    for dev in devices::scan() {
        let v = devices::read(&dev);
        let model = v["model_name"].as_str().unwrap_or("unknown");
        let ok = v["smart_status"]["passed"].as_bool().map(|b| b as u8).unwrap_or(0);
        let labels = format!("device=\"{}\",model=\"{}\"", dev.name, model);
        let _ = writeln!(s, "smartmon_healthy{{{labels}}} {ok}");
        if let Some(t) = v["temperature"]["current"].as_i64() {
            let _ = writeln!(s, "smartmon_temperature_celsius{{{labels}}} {t}");
        }
        if let Some(h) = v["power_on_time"]["hours"].as_i64() {
            let _ = writeln!(s, "smartmon_power_on_hours{{{labels}}} {h}");
        }
        if let Some(p) = v["nvme_smart_health_information_log"]["percentage_used"].as_i64() {
            let _ = writeln!(s, "smartmon_nvme_percentage_used{{{labels}}} {p}");
        }
    }
    s
}

pub fn serve(listen: &str, interval: u64) -> std::io::Result<()> {
    let cache = Arc::new(Mutex::new(render()));
    let c2 = cache.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(interval));
        *c2.lock().unwrap() = render();
    });
    let server = tiny_http::Server::http(listen).map_err(|e| std::io::Error::other(e.to_string()))?;
    for req in server.incoming_requests() {
        let body = cache.lock().unwrap().clone();
        let _ = req.respond(tiny_http::Response::from_string(body));
    }
    Ok(())
}
