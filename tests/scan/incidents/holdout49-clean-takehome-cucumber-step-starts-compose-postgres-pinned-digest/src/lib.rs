//! Inventory reservations (take-home skeleton).

use tokio_postgres::Client;

#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    #[error("unknown sku {0}")]
    UnknownSku(String),
    #[error("only {available} of {sku} available")]
    Insufficient { sku: String, available: i32 },
    #[error(transparent)]
    Db(#[from] tokio_postgres::Error),
}

pub async fn stock(db: &Client, sku: &str) -> Result<(i32, i32), InventoryError> {
    let row = db
        .query_opt("SELECT on_hand, reserved FROM items WHERE sku = $1", &[&sku])
        .await?
        .ok_or_else(|| InventoryError::UnknownSku(sku.to_owned()))?;
    Ok((row.get(0), row.get(1)))
}

/// TODO(candidate): reserve `qty` units atomically; return the reservation id.
pub async fn reserve(db: &Client, sku: &str, qty: i32) -> Result<i64, InventoryError> {
    let _ = (db, sku, qty);
    todo!()
}

/// TODO(candidate)
pub async fn release(db: &Client, reservation: i64) -> Result<(), InventoryError> {
    let _ = (db, reservation);
    todo!()
}

/// TODO(candidate)
pub async fn commit(db: &Client, reservation: i64) -> Result<(), InventoryError> {
    let _ = (db, reservation);
    todo!()
}
