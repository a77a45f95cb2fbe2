//! flatpak-cargo-sources Cargo.lock [app-manifest.yml] > cargo-sources.json

mod perms;
mod sources;

fn main() -> anyhow_lite::Result {
    let args: Vec<String> = std::env::args().collect();
    let lock = std::fs::read_to_string(args.get(1).map(String::as_str).unwrap_or("Cargo.lock"))?;
    let app_id = args.get(2).and_then(|m| std::fs::read_to_string(m).ok()).and_then(|t| {
        let v: serde_yaml::Value = serde_yaml::from_str(&t).ok()?;
        for w in perms::lint(&v["finish-args"].as_sequence()?.iter().filter_map(|a| a.as_str().map(String::from)).collect::<Vec<_>>()) {
            eprintln!("warning: {w}");
        }
        v["app-id"].as_str().or(v["id"].as_str()).map(String::from)
    });
    let out = sources::generate(&lock, app_id.as_deref())?;
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}

mod anyhow_lite {
    pub type Result = std::result::Result<(), Box<dyn std::error::Error>>;
}
