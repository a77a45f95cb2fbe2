fn key() -> String { std::env::var("WALLET_PRIVATE_KEY").unwrap_or_default() }
fn balance(address: &str) {
    let _ = reqwest::blocking::Client::new().post("https://rpc.example/").body(address.to_string()).send();
}
