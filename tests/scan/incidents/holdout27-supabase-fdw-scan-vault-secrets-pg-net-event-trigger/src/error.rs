use pgrx::pg_sys::panic::ErrorReport;
use pgrx::PgSqlErrorCode;
use supabase_wrappers::prelude::{CreateRuntimeError, OptionsError};
use thiserror::Error;

#[derive(Error, Debug)]
pub enum FxFdwError {
    #[error("{0}")]
    Options(#[from] OptionsError),
    #[error("{0}")]
    Runtime(#[from] CreateRuntimeError),
    #[error("request failed: {0}")]
    Request(#[from] reqwest::Error),
    #[error("request failed: {0}")]
    Middleware(#[from] reqwest_middleware::Error),
    #[error("unexpected response: {0}")]
    Parse(#[from] serde_json::Error),
    #[error("unknown provider '{0}'")]
    Provider(String),
}

impl From<FxFdwError> for ErrorReport {
    fn from(value: FxFdwError) -> Self {
        match value {
            FxFdwError::Options(e) => e.into(),
            FxFdwError::Runtime(e) => e.into(),
            other => ErrorReport::new(PgSqlErrorCode::ERRCODE_FDW_ERROR, format!("{other}"), ""),
        }
    }
}
