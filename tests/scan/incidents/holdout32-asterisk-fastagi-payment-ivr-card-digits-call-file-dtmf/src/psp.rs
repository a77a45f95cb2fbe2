//! PSP tokenization: the card goes to the provider once, we keep only its token.

use serde_json::json;

pub struct Psp {
    pub url: String,
    pub key: String,
    pub currency: String,
    http: reqwest::Client,
}

pub enum Outcome {
    Approved(String),
    Declined(String),
    Timeout,
}

impl Psp {
    pub fn new(url: String, key: String, currency: String) -> Psp {
        let http = reqwest::Client::builder().timeout(std::time::Duration::from_secs(12)).build().expect("http client");
        Psp { url, key, currency, http }
    }

    pub async fn authorize(&self, pan: &str, exp: &str, cvv: &str, amount_minor: u64, reference: &str) -> Outcome {
        let body = json!({
            "amount": amount_minor, "currency": self.currency, "reference": reference,
            "card": { "number": pan, "exp_month": &exp[..2.min(exp.len())], "exp_year": exp.get(2..).unwrap_or(""), "cvc": cvv },
            "channel": "moto",
        });
        match self.http.post(&self.url).bearer_auth(&self.key).json(&body).send().await {
            Err(e) if e.is_timeout() => Outcome::Timeout,
            Err(e) => Outcome::Declined(e.to_string()),
            Ok(r) => {
                let v: serde_json::Value = r.json().await.unwrap_or_default();
                match v["status"].as_str() {
                    Some("approved") => Outcome::Approved(v["token"].as_str().unwrap_or("").to_string()),
                    _ => Outcome::Declined(v["decline_code"].as_str().unwrap_or("declined").to_string()),
                }
            }
        }
    }
}

pub fn mask(pan: &str) -> String {
    format!("****{}", &pan[pan.len().saturating_sub(4)..])
}
