//! Weather tools for Greentic agents, backed by Open-Meteo.

use serde::{Deserialize, Serialize};

const FORECAST: &str = "https://api.open-meteo.com/v1/forecast";
const GEOCODE: &str = "https://geocoding-api.open-meteo.com/v1/search";

#[derive(Debug, Deserialize)]
pub struct ToolCall {
    pub tool: String,
    pub args: serde_json::Value,
}

#[derive(Debug, Serialize)]
pub struct ToolResult {
    pub ok: bool,
    pub content: serde_json::Value,
}

#[derive(Deserialize)]
struct Place {
    latitude: f64,
    longitude: f64,
    name: String,
}

#[derive(Deserialize)]
struct Places {
    results: Option<Vec<Place>>,
}

fn locate(city: &str) -> Result<Place, String> {
    let places: Places = ureq::get(GEOCODE)
        .query("name", city)
        .query("count", "1")
        .call()
        .map_err(|e| e.to_string())?
        .into_json()
        .map_err(|e| e.to_string())?;
    places.results.and_then(|mut r| r.pop()).ok_or_else(|| format!("unknown place: {city}"))
}

fn forecast(city: &str, days: u8) -> Result<serde_json::Value, String> {
    let p = locate(city)?;
    let v: serde_json::Value = ureq::get(FORECAST)
        .query("latitude", &p.latitude.to_string())
        .query("longitude", &p.longitude.to_string())
        .query("current", "temperature_2m,wind_speed_10m,weather_code")
        .query("daily", "temperature_2m_max,temperature_2m_min,precipitation_sum")
        .query("forecast_days", &days.clamp(1, 16).to_string())
        .call()
        .map_err(|e| e.to_string())?
        .into_json()
        .map_err(|e| e.to_string())?;
    Ok(serde_json::json!({ "place": p.name, "forecast": v }))
}

/// Entry point the Greentic runner calls for each tool invocation.
pub fn handle(call: &ToolCall) -> ToolResult {
    let city = call.args.get("city").and_then(|c| c.as_str()).unwrap_or("");
    let result = match call.tool.as_str() {
        "weather.current" => forecast(city, 1),
        "weather.forecast" => {
            let days = call.args.get("days").and_then(|d| d.as_u64()).unwrap_or(3) as u8;
            forecast(city, days)
        }
        other => Err(format!("unknown tool {other}")),
    };
    match result {
        Ok(content) => ToolResult { ok: true, content },
        Err(e) => ToolResult { ok: false, content: serde_json::json!({ "error": e }) },
    }
}
