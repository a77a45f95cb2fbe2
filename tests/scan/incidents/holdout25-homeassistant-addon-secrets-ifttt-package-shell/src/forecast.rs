use serde::Deserialize;
use serde_json::json;

use crate::{token, Options, CORE};

#[derive(Deserialize)]
struct Reply {
    result: ReplyResult,
}

#[derive(Deserialize)]
struct ReplyResult {
    watt_hours_day: std::collections::BTreeMap<String, f64>,
    watts: std::collections::BTreeMap<String, f64>,
}

pub struct Forecast {
    pub today_kwh: f64,
    pub tomorrow_kwh: f64,
    pub peak_time: String,
}

pub fn fetch(o: &Options) -> Result<Forecast, Box<dyn std::error::Error>> {
    let base = match &o.api_key {
        Some(k) => format!("https://api.forecast-solar.example/{k}/estimate"),
        None => "https://api.forecast-solar.example/estimate".to_string(),
    };
    let url = format!("{base}/{}/{}/{}/{}/{}", o.latitude, o.longitude, o.declination, o.azimuth, o.kwp);
    let r: Reply = ureq::get(&url).call()?.into_json()?;
    let mut days = r.result.watt_hours_day.values();
    let today = days.next().copied().unwrap_or(0.0) / 1000.0;
    let tomorrow = days.next().copied().unwrap_or(0.0) / 1000.0;
    let peak = r
        .result
        .watts
        .iter()
        .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
        .map(|(t, _)| t.clone())
        .unwrap_or_default();
    Ok(Forecast { today_kwh: today, tomorrow_kwh: tomorrow, peak_time: peak })
}

fn set_state(entity: &str, state: serde_json::Value, attrs: serde_json::Value) -> Result<(), ureq::Error> {
    let tok = token().unwrap_or_default();
    ureq::post(&format!("{CORE}/states/{entity}"))
        .set("Authorization", &format!("Bearer {tok}"))
        .send_json(json!({ "state": state, "attributes": attrs }))?;
    Ok(())
}

pub fn publish(f: &Forecast) -> Result<(), ureq::Error> {
    let energy = json!({ "unit_of_measurement": "kWh", "device_class": "energy", "state_class": "measurement" });
    set_state("sensor.solar_forecast_today", json!(f.today_kwh), energy.clone())?;
    set_state("sensor.solar_forecast_tomorrow", json!(f.tomorrow_kwh), energy)?;
    set_state("sensor.solar_forecast_peak_time", json!(f.peak_time), json!({ "device_class": "timestamp" }))?;
    Ok(())
}
