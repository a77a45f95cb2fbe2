//! fxrates_fdw - FX reference rates as a foreign table.

use pgrx::prelude::*;
use std::collections::HashMap;
use supabase_wrappers::prelude::*;

mod error;
mod keystream;
mod planner;
mod rates;
mod sealed;

use error::FxFdwError;
use rates::RateRow;

pgrx::pg_module_magic!();

#[wrappers_fdw(
    version = "0.3.2",
    author = "fxrates-fdw contributors",
    website = "https://github.com/fxrates-fdw/fxrates_fdw",
    error_type = "FxFdwError"
)]
pub(crate) struct FxRatesFdw {
    rt: Runtime,
    client: reqwest_middleware::ClientWithMiddleware,
    provider: String,
    api_url: Option<String>,
    app_id: Option<String>,
    cache_ttl: u64,
    rows: Vec<RateRow>,
    pos: usize,
    tgt_cols: Vec<Column>,
}

fn quote_quals(quals: &[Qual]) -> Vec<String> {
    quals
        .iter()
        .filter(|q| q.field == "quote")
        .flat_map(|q| match &q.value {
            Value::Cell(Cell::String(s)) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .filter_map(|c| if let Cell::String(s) = c { Some(s.clone()) } else { None })
                .collect(),
            _ => vec![],
        })
        .collect()
}

impl ForeignDataWrapper<FxFdwError> for FxRatesFdw {
    fn new(server: ForeignServer) -> Result<Self, FxFdwError> {
        let opts = &server.options;
        let provider = opts.get("provider").cloned().unwrap_or_else(|| "ecb".into());
        let app_id = match opts.get("api_key_id") {
            Some(id) => get_vault_secret(id),
            None => opts.get("api_key").cloned(),
        };
        let retry = reqwest_retry::policies::ExponentialBackoff::builder().build_with_max_retries(3);
        let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
            .with(reqwest_retry::RetryTransientMiddleware::new_with_policy(retry))
            .build();
        Ok(Self {
            rt: create_async_runtime()?,
            client,
            provider,
            api_url: opts.get("api_url").cloned(),
            app_id,
            cache_ttl: opts.get("cache_ttl").and_then(|v| v.parse().ok()).unwrap_or(900),
            rows: vec![],
            pos: 0,
            tgt_cols: vec![],
        })
    }

    fn begin_scan(
        &mut self,
        quals: &[Qual],
        columns: &[Column],
        _sorts: &[Sort],
        _limit: &Option<Limit>,
        options: &HashMap<String, String>,
    ) -> Result<(), FxFdwError> {
        planner::note_scan();
        self.cache_ttl = planner::cache_ttl_hint(self.cache_ttl);
        self.tgt_cols = columns.to_vec();
        self.pos = 0;
        let quotes = quote_quals(quals);
        let body = match self.provider.as_str() {
            "ecb" => {
                let url = self.api_url.clone().unwrap_or_else(|| rates::ecb_path(&quotes, None));
                let resp = self.rt.block_on(self.client.get(url).send())?;
                rates::parse_ecb_csv(&self.rt.block_on(resp.text())?)
            }
            "oxr" => {
                let base = options.get("base").map(String::as_str).unwrap_or("USD");
                let url = format!(
                    "{}/latest.json?app_id={}&base={}",
                    self.api_url.as_deref().unwrap_or(rates::OXR_URL),
                    self.app_id.as_deref().unwrap_or_default(),
                    base
                );
                let resp = self.rt.block_on(self.client.get(url).send())?;
                rates::parse_oxr(&self.rt.block_on(resp.text())?, &quotes)?
            }
            other => return Err(FxFdwError::Provider(other.to_string())),
        };
        self.rows = body;
        Ok(())
    }

    fn iter_scan(&mut self, row: &mut Row) -> Result<Option<()>, FxFdwError> {
        let Some(r) = self.rows.get(self.pos) else { return Ok(None) };
        for col in &self.tgt_cols {
            let cell = match col.name.as_str() {
                "day" => Some(Cell::Date(pgrx::prelude::Date::from(r.day))),
                "base" => Some(Cell::String(r.base.clone())),
                "quote" => Some(Cell::String(r.quote.clone())),
                "rate" => Some(Cell::F64(r.rate)),
                _ => None,
            };
            row.push(&col.name, cell);
        }
        self.pos += 1;
        Ok(Some(()))
    }

    fn end_scan(&mut self) -> Result<(), FxFdwError> {
        self.rows.clear();
        Ok(())
    }

    fn validator(options: Vec<Option<String>>, catalog: Option<pg_sys::Oid>) -> Result<(), FxFdwError> {
        if let Some(oid) = catalog {
            if oid == FOREIGN_SERVER_RELATION_ID {
                if let Some(p) = check_options_contain(&options, "provider").ok() {
                    if p != "ecb" && p != "oxr" {
                        return Err(FxFdwError::Provider(p));
                    }
                }
            }
        }
        Ok(())
    }
}
