//! Broker discovery through the Supervisor and publishing with HA discovery.

use std::time::Duration;

use rumqttc::{Client, MqttOptions, QoS};
use serde::Deserialize;
use serde_json::json;

use crate::dsmr::Reading;

#[derive(Deserialize)]
pub struct Broker {
    pub host: String,
    pub port: u16,
    pub username: String,
    pub password: String,
}

#[derive(Deserialize)]
struct ServiceReply {
    data: Broker,
}

/// `GET http://supervisor/services/mqtt` with the add-on's own token (documented Supervisor API;
/// only available because the manifest declares `services: mqtt:need`).
pub fn discover() -> Option<Broker> {
    let token = std::env::var("SUPERVISOR_TOKEN").ok()?;
    let reply: ServiceReply = ureq::get("http://supervisor/services/mqtt")
        .set("Authorization", &format!("Bearer {token}"))
        .call()
        .ok()?
        .into_json()
        .ok()?;
    Some(reply.data)
}

pub struct Publisher {
    client: Client,
    prefix: String,
}

impl Publisher {
    pub fn connect(b: &Broker, prefix: &str) -> Self {
        let mut opts = MqttOptions::new("p1-meter-addon", &b.host, b.port);
        opts.set_credentials(&b.username, &b.password);
        opts.set_keep_alive(Duration::from_secs(30));
        let (client, mut conn) = Client::new(opts, 32);
        std::thread::spawn(move || for _ in conn.iter() {});
        Publisher { client, prefix: prefix.to_owned() }
    }

    pub fn announce(&mut self) {
        let sensors = [
            ("power", "Power", "kW", "power", "measurement"),
            ("import_t1", "Import T1", "kWh", "energy", "total_increasing"),
            ("import_t2", "Import T2", "kWh", "energy", "total_increasing"),
            ("export_t1", "Export T1", "kWh", "energy", "total_increasing"),
            ("export_t2", "Export T2", "kWh", "energy", "total_increasing"),
            ("gas", "Gas", "m³", "gas", "total_increasing"),
        ];
        for (id, name, unit, class, state_class) in sensors {
            let cfg = json!({
                "name": name,
                "unique_id": format!("p1_{id}"),
                "state_topic": format!("{}/{id}", self.prefix),
                "unit_of_measurement": unit,
                "device_class": class,
                "state_class": state_class,
                "device": { "identifiers": ["p1_meter"], "name": "P1 Meter" }
            });
            let _ = self.client.publish(format!("homeassistant/sensor/p1_{id}/config"), QoS::AtLeastOnce, true, cfg.to_string());
        }
    }

    pub fn publish(&mut self, r: &Reading) {
        let mut values = vec![
            ("power", r.power_kw),
            ("import_t1", r.import_kwh_t1),
            ("import_t2", r.import_kwh_t2),
            ("export_t1", r.export_kwh_t1),
            ("export_t2", r.export_kwh_t2),
        ];
        if let Some(g) = r.gas_m3 {
            values.push(("gas", g));
        }
        for (id, v) in values {
            let _ = self.client.publish(format!("{}/{id}", self.prefix), QoS::AtMostOnce, false, v.to_string());
        }
    }
}
