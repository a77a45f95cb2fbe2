use serde::{Deserialize, Serialize};

use crate::Colour;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Route {
    pub route_id: String,
    #[serde(default)]
    pub agency_id: Option<String>,
    #[serde(default)]
    pub route_short_name: Option<String>,
    #[serde(default)]
    pub route_long_name: Option<String>,
    pub route_type: u16,
    #[serde(default = "Colour::white", skip_serializing_if = "Colour::is_default")]
    pub route_color: Colour,
    #[serde(default = "Colour::black", skip_serializing_if = "Colour::is_default_text")]
    pub route_text_color: Colour,
    #[serde(default)]
    pub route_sort_order: Option<u32>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Stop {
    pub stop_id: String,
    #[serde(default)]
    pub stop_name: Option<String>,
    #[serde(default)]
    pub stop_lat: Option<f64>,
    #[serde(default)]
    pub stop_lon: Option<f64>,
    #[serde(default)]
    pub location_type: Option<u8>,
    #[serde(default)]
    pub parent_station: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Trip {
    pub route_id: String,
    pub service_id: String,
    pub trip_id: String,
    #[serde(default)]
    pub trip_headsign: Option<String>,
    #[serde(default)]
    pub direction_id: Option<u8>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct StopTime {
    pub trip_id: String,
    #[serde(default)]
    pub arrival_time: Option<String>,
    #[serde(default)]
    pub departure_time: Option<String>,
    pub stop_id: String,
    pub stop_sequence: u32,
}

impl StopTime {
    /// Seconds spent at the stop, if both times are present.
    pub fn dwell(&self) -> Option<u32> {
        let a = crate::parse_time(self.arrival_time.as_deref()?)?;
        let d = crate::parse_time(self.departure_time.as_deref()?)?;
        d.checked_sub(a)
    }
}
