//! CurrencyAPI v3 response types.

use serde::Deserialize;
use std::collections::HashMap;

pub(crate) const DEFAULT_URL: &str = "https://api.currencyapi.com/v3";

#[derive(Deserialize)]
pub(crate) struct Latest {
    pub meta: Meta,
    pub data: HashMap<String, Quote>,
}

#[derive(Deserialize)]
pub(crate) struct Meta {
    pub last_updated_at: String,
}

#[derive(Deserialize)]
pub(crate) struct Quote {
    pub code: String,
    pub value: f64,
}

