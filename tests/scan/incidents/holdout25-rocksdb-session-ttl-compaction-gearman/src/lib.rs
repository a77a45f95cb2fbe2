//! RocksDB session store with compaction-time expiry.

mod gearman;
mod rabbit;
mod rollup;
mod ttl;

use std::path::Path;
use std::time::Duration;

use rocksdb::{ColumnFamilyDescriptor, Options, DB};
use serde::{de::DeserializeOwned, Serialize};

pub use rollup::Stats;

pub const CF: &str = "sessions";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Rocks(#[from] rocksdb::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error("column family missing")]
    NoCf,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub max_open_files: i32,
    pub compression: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config { max_open_files: 256, compression: true }
    }
}

pub struct Store {
    db: DB,
}

impl Store {
    pub fn open(path: impl AsRef<Path>, cfg: Config) -> Result<Self, Error> {
        let path = path.as_ref();
        rollup::set_location(path);
        let mut db_opts = Options::default();
        db_opts.create_if_missing(true);
        db_opts.create_missing_column_families(true);
        db_opts.set_max_open_files(cfg.max_open_files);

        let mut cf_opts = Options::default();
        if cfg.compression {
            cf_opts.set_compression_type(rocksdb::DBCompressionType::Lz4);
        }
        cf_opts.set_compaction_filter("session-ttl", ttl::filter);
        let db = DB::open_cf_descriptors(&db_opts, path, vec![ColumnFamilyDescriptor::new(CF, cf_opts)])?;
        Ok(Store { db })
    }

    pub fn put<T: Serialize>(&self, id: &str, value: &T, ttl: Duration) -> Result<(), Error> {
        let cf = self.db.cf_handle(CF).ok_or(Error::NoCf)?;
        let body = serde_json::to_vec(value)?;
        self.db.put_cf(&cf, id.as_bytes(), ttl::encode(ttl, &body))?;
        Ok(())
    }

    pub fn get<T: DeserializeOwned>(&self, id: &str) -> Result<Option<T>, Error> {
        let cf = self.db.cf_handle(CF).ok_or(Error::NoCf)?;
        match self.db.get_cf(&cf, id.as_bytes())? {
            Some(raw) => match ttl::decode(&raw) {
                Some((false, body)) => Ok(Some(serde_json::from_slice(body)?)),
                _ => Ok(None),
            },
            None => Ok(None),
        }
    }

    pub fn delete(&self, id: &str) -> Result<(), Error> {
        let cf = self.db.cf_handle(CF).ok_or(Error::NoCf)?;
        self.db.delete_cf(&cf, id.as_bytes())?;
        Ok(())
    }

    pub fn compact(&self) {
        if let Some(cf) = self.db.cf_handle(CF) {
            self.db.compact_range_cf(&cf, None::<&[u8]>, None::<&[u8]>);
        }
    }

    pub fn stats(&self) -> Stats {
        rollup::snapshot()
    }
}
