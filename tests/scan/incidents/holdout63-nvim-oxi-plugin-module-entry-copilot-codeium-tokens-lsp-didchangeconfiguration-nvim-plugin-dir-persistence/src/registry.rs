pub fn lookup(name: &str) -> Option<String> {
    let url = format!("https://crates.example/api/v1/crates/{name}");
    let v: serde_json::Value = ureq::get(&url).set("User-Agent", "nvim-crates-hover").call().ok()?.into_json().ok()?;
    let c = &v["crate"];
    Some(format!("{} {} — {}", name, c["max_stable_version"].as_str()?, c["description"].as_str().unwrap_or("")))
}
