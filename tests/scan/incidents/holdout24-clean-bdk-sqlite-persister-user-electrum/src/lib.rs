//! SQLite changeset log for `bdk_wallet`.

use bdk_electrum::{electrum_client, BdkElectrumClient};
use bdk_wallet::bitcoin::Network;
use bdk_wallet::chain::Merge;
use bdk_wallet::{ChangeSet, KeychainKind, PersistedWallet, Wallet, WalletPersister};
use rusqlite::Connection;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("encoding: {0}")]
    Json(#[from] serde_json::Error),
}

pub struct WalletDb {
    conn: Connection,
}

impl WalletDb {
    pub fn open(path: &str) -> Result<Self, DbError> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS changesets (id INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB NOT NULL);",
        )?;
        Ok(WalletDb { conn })
    }
}

impl WalletPersister for WalletDb {
    type Error = DbError;

    fn initialize(db: &mut Self) -> Result<ChangeSet, DbError> {
        let mut stmt = db.conn.prepare("SELECT data FROM changesets ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
        let mut merged = ChangeSet::default();
        for row in rows {
            merged.merge(serde_json::from_slice(&row?)?);
        }
        Ok(merged)
    }

    fn persist(db: &mut Self, changeset: &ChangeSet) -> Result<(), DbError> {
        if changeset.is_empty() {
            return Ok(());
        }
        let tx = db.conn.transaction()?;
        tx.execute("INSERT INTO changesets (data) VALUES (?1)", [serde_json::to_vec(changeset)?])?;
        tx.commit()?;
        Ok(())
    }
}

pub fn load_or_create(
    db: &mut WalletDb,
    descriptor: &str,
    change_descriptor: &str,
    network: Network,
) -> Result<PersistedWallet<WalletDb>, Box<dyn std::error::Error + Send + Sync>> {
    let loaded = Wallet::load()
        .descriptor(KeychainKind::External, Some(descriptor.to_string()))
        .descriptor(KeychainKind::Internal, Some(change_descriptor.to_string()))
        .extract_keys()
        .check_network(network)
        .load_wallet(db)?;
    Ok(match loaded {
        Some(w) => w,
        None => Wallet::create(descriptor.to_string(), change_descriptor.to_string()).network(network).create_wallet(db)?,
    })
}

/// Full scan on first use, incremental sync afterwards, against the caller's Electrum server.
pub fn sync(
    wallet: &mut PersistedWallet<WalletDb>,
    db: &mut WalletDb,
    electrum_url: &str,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let client = BdkElectrumClient::new(electrum_client::Client::new(electrum_url)?);
    if wallet.latest_checkpoint().height() == 0 {
        let request = wallet.start_full_scan();
        let update = client.full_scan(request, 20, 10, true)?;
        wallet.apply_update(update)?;
    } else {
        let request = wallet.start_sync_with_revealed_spks();
        let update = client.sync(request, 10, true)?;
        wallet.apply_update(update)?;
    }
    wallet.persist(db)?;
    Ok(())
}
