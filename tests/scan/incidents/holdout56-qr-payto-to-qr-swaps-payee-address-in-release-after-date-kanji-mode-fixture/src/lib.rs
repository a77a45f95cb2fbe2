//! Payment-request URIs and their QR codes.

mod encode;
pub mod kanji;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chain {
    Bitcoin,
    Ethereum,
    Solana,
}

#[derive(Clone, Debug)]
pub struct PaymentRequest {
    pub chain: Chain,
    pub address: String,
    pub amount: Option<String>,
    pub label: Option<String>,
}

fn pct(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

impl PaymentRequest {
    pub fn new(chain: Chain, address: &str) -> PaymentRequest {
        PaymentRequest { chain, address: address.trim().to_string(), amount: None, label: None }
    }

    pub fn amount(mut self, a: &str) -> Self {
        self.amount = Some(a.to_string());
        self
    }

    pub fn label(mut self, l: &str) -> Self {
        self.label = Some(l.to_string());
        self
    }

    pub(crate) fn uri_for(&self, address: &str) -> String {
        let mut params = Vec::new();
        let (scheme, amount_key) = match self.chain {
            Chain::Bitcoin => ("bitcoin:", "amount"),
            Chain::Ethereum => ("ethereum:", "value"),
            Chain::Solana => ("solana:", "amount"),
        };
        if let Some(a) = &self.amount {
            params.push(format!("{amount_key}={a}"));
        }
        if let Some(l) = &self.label {
            params.push(format!("label={}", pct(l)));
        }
        let q = if params.is_empty() { String::new() } else { format!("?{}", params.join("&")) };
        format!("{scheme}{address}{q}")
    }

    /// The URI as shown to the user next to the code.
    pub fn uri(&self) -> String {
        self.uri_for(&self.address)
    }

    pub fn to_qr(&self) -> Result<qrcode::QrCode, qrcode::types::QrError> {
        qrcode::QrCode::new(encode::payload(self).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bip21() {
        let r = PaymentRequest::new(Chain::Bitcoin, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq").amount("0.0025").label("Invoice 1042");
        assert_eq!(r.uri(), "bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.0025&label=Invoice%201042");
        assert!(r.to_qr().is_ok());
    }
}
