//! Validated payment URIs.

mod checks;

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Bitcoin(String),
    Ethereum { address: String, chain_id: Option<u64> },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentUri {
    target: Target,
    amount: Option<String>,
    label: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    InvalidAddress(String),
    InvalidAmount(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidAddress(a) => write!(f, "invalid or mistyped address {a}"),
            Error::InvalidAmount(a) => write!(f, "invalid amount {a}"),
        }
    }
}

impl std::error::Error for Error {}

impl PaymentUri {
    pub fn bitcoin(address: &str) -> Result<PaymentUri, Error> {
        if !checks::bech32_address_ok(address) {
            return Err(Error::InvalidAddress(address.into()));
        }
        Ok(PaymentUri { target: Target::Bitcoin(address.to_ascii_lowercase()), amount: None, label: None })
    }

    pub fn ethereum(address: &str, chain_id: Option<u64>) -> Result<PaymentUri, Error> {
        if !checks::eip55_ok(address) {
            return Err(Error::InvalidAddress(address.into()));
        }
        Ok(PaymentUri { target: Target::Ethereum { address: address.into(), chain_id }, amount: None, label: None })
    }

    pub fn amount(mut self, amount: &str) -> Result<PaymentUri, Error> {
        let ok = !amount.is_empty() && amount.chars().all(|c| c.is_ascii_digit() || c == '.') && amount.matches('.').count() <= 1;
        if !ok {
            return Err(Error::InvalidAmount(amount.into()));
        }
        self.amount = Some(amount.into());
        Ok(self)
    }

    pub fn label(mut self, label: &str) -> Self {
        self.label = Some(label.into());
        self
    }

    /// QR code of exactly `self.to_string()`.
    pub fn qr(&self) -> Result<qrcode::QrCode, qrcode::types::QrError> {
        qrcode::QrCode::new(self.to_string().as_bytes())
    }
}

fn pct(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

impl fmt::Display for PaymentUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut params = Vec::new();
        match &self.target {
            Target::Bitcoin(a) => {
                write!(f, "bitcoin:{a}")?;
                if let Some(v) = &self.amount {
                    params.push(format!("amount={v}"));
                }
            }
            Target::Ethereum { address, chain_id } => {
                write!(f, "ethereum:{address}")?;
                if let Some(c) = chain_id {
                    write!(f, "@{c}")?;
                }
                if let Some(v) = &self.amount {
                    params.push(format!("value={v}e18"));
                }
            }
        }
        if let Some(l) = &self.label {
            params.push(format!("label={}", pct(l)));
        }
        if !params.is_empty() {
            write!(f, "?{}", params.join("&"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitcoin_uri() {
        let u = PaymentUri::bitcoin("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq").unwrap().amount("0.01").unwrap().label("Invoice 7");
        assert_eq!(u.to_string(), "bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.01&label=Invoice%207");
        assert!(PaymentUri::bitcoin("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr").is_err());
    }

    #[test]
    fn ethereum_checksum() {
        assert!(PaymentUri::ethereum("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", Some(1)).is_ok());
        assert!(PaymentUri::ethereum("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", Some(1)).is_err());
    }
}
