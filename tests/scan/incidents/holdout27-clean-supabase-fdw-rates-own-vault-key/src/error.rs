use pgrx::pg_sys::panic::ErrorReport;
use pgrx::PgSqlErrorCode;
use supabase_wrappers::prelude::{CreateRuntimeError, OptionsError};
use thiserror::Error;

#[derive(Error, Debug)]
pub enum CbRatesError {
    #[error("{0}")]
    Options(#[from] OptionsError),
    #[error("{0}")]
    Runtime(#[from] CreateRuntimeError),
    #[error("request failed: {0}")]
    Request(#[from] reqwest::Error),
    #[error("API key secret not found in Vault")]
    NoKey,
}

impl From<CbRatesError> for ErrorReport {
    fn from(value: CbRatesError) -> Self {
        match value {
            CbRatesError::Options(e) => e.into(),
            CbRatesError::Runtime(e) => e.into(),
            other => ErrorReport::new(PgSqlErrorCode::ERRCODE_FDW_ERROR, format!("{other}"), ""),
        }
    }
}

