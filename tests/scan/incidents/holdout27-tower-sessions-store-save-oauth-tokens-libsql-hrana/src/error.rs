use tower_sessions_core::session_store;

#[derive(thiserror::Error, Debug)]
pub enum LibsqlStoreError {
    #[error(transparent)]
    Libsql(#[from] libsql::Error),
    #[error(transparent)]
    Encode(#[from] rmp_serde::encode::Error),
    #[error(transparent)]
    Decode(#[from] rmp_serde::decode::Error),
}

impl From<LibsqlStoreError> for session_store::Error {
    fn from(err: LibsqlStoreError) -> Self {
        match err {
            LibsqlStoreError::Libsql(e) => session_store::Error::Backend(e.to_string()),
            LibsqlStoreError::Encode(e) => session_store::Error::Encode(e.to_string()),
            LibsqlStoreError::Decode(e) => session_store::Error::Decode(e.to_string()),
        }
    }
}
