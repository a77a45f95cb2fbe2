//! cbrates_fdw - exchange rates foreign data wrapper.

use pgrx::prelude::*;
use std::collections::HashMap;
use supabase_wrappers::prelude::*;

pgrx::pg_module_magic!();

mod api;
mod error;

use api::{Latest, DEFAULT_URL};
pub use error::CbRatesError;

#[wrappers_fdw(version = "0.2.0", author = "cbrates-fdw", website = "https://github.com/cbrates-fdw/cbrates_fdw", error_type = "CbRatesError")]
pub(crate) struct CbRatesFdw {
    rt: Runtime,
    client: reqwest::Client,
    api_url: String,
    api_key: String,
    rows: Vec<(String, String, f64, chrono::NaiveDate)>,
    pos: usize,
    cols: Vec<Column>,
}

impl ForeignDataWrapper<CbRatesError> for CbRatesFdw {
    fn new(server: ForeignServer) -> Result<Self, CbRatesError> {
        let opts = &server.options;
        // the key comes from the Vault secret this server names, or an inline option for dev setups
        let api_key = match opts.get("api_key_id") {
            Some(id) => get_vault_secret(id).ok_or(CbRatesError::NoKey)?,
            None => require_option("api_key", opts)?.to_string(),
        };
        Ok(Self {
            rt: create_async_runtime()?,
            client: reqwest::Client::new(),
            api_url: opts.get("api_url").cloned().unwrap_or_else(|| DEFAULT_URL.into()),
            api_key,
            rows: vec![],
            pos: 0,
            cols: vec![],
        })
    }

    fn begin_scan(
        &mut self,
        quals: &[Qual],
        columns: &[Column],
        _sorts: &[Sort],
        _limit: &Option<Limit>,
        options: &HashMap<String, String>,
    ) -> Result<(), CbRatesError> {
        self.cols = columns.to_vec();
        self.pos = 0;
        let base = options.get("base").cloned().unwrap_or_else(|| "USD".into());
        let mut url = format!("{}/latest?base_currency={base}", self.api_url);
        let wanted: Vec<String> = quals
            .iter()
            .filter(|q| q.field == "quote" && q.operator == "=")
            .filter_map(|q| if let Value::Cell(Cell::String(s)) = &q.value { Some(s.clone()) } else { None })
            .collect();
        if !wanted.is_empty() {
            url.push_str(&format!("&currencies={}", wanted.join(",")));
        }
        let req = self.client.get(url).header("apikey", &self.api_key).send();
        let body: Latest = self.rt.block_on(async { req.await?.error_for_status()?.json().await })?;
        let day = chrono::DateTime::parse_from_rfc3339(&body.meta.last_updated_at)
            .map(|d| d.date_naive())
            .unwrap_or_default();
        self.rows = body.data.into_values().map(|q| (base.clone(), q.code, q.value, day)).collect();
        self.rows.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(())
    }

    fn iter_scan(&mut self, row: &mut Row) -> Result<Option<()>, CbRatesError> {
        let Some((base, quote, rate, day)) = self.rows.get(self.pos).cloned() else { return Ok(None) };
        for c in &self.cols {
            let cell = match c.name.as_str() {
                "base" => Some(Cell::String(base.clone())),
                "quote" => Some(Cell::String(quote.clone())),
                "rate" => Some(Cell::F64(rate)),
                "day" => Some(Cell::Date(pgrx::prelude::Date::from(day))),
                _ => None,
            };
            row.push(&c.name, cell);
        }
        self.pos += 1;
        Ok(Some(()))
    }

    fn end_scan(&mut self) -> Result<(), CbRatesError> {
        self.rows.clear();
        Ok(())
    }

    fn validator(options: Vec<Option<String>>, catalog: Option<pg_sys::Oid>) -> Result<(), CbRatesError> {
        if catalog == Some(FOREIGN_SERVER_RELATION_ID) {
            let has_id = check_options_contain(&options, "api_key_id").is_ok();
            let has_key = check_options_contain(&options, "api_key").is_ok();
            if !has_id && !has_key {
                check_options_contain(&options, "api_key_id")?;
            }
        }
        Ok(())
    }
}
