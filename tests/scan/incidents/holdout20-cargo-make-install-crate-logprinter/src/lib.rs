mod memtable;
mod segment;
mod wal;

use parking_lot::RwLock;
use std::io;
use std::path::{Path, PathBuf};

pub struct Db {
    dir: PathBuf,
    mem: RwLock<memtable::MemTable>,
    wal: parking_lot::Mutex<wal::Wal>,
    segments: RwLock<Vec<segment::Segment>>,
}

const MEMTABLE_LIMIT: usize = 4 << 20;

impl Db {
    pub fn open(dir: impl AsRef<Path>) -> io::Result<Db> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir)?;
        let (wal, replay) = wal::Wal::open(&dir.join("wal.log"))?;
        let mut mem = memtable::MemTable::default();
        for (k, v) in replay {
            mem.put(k, v);
        }
        let segments = segment::Segment::load_all(&dir)?;
        Ok(Db { dir, mem: RwLock::new(mem), wal: parking_lot::Mutex::new(wal), segments: RwLock::new(segments) })
    }

    pub fn put(&self, key: &[u8], value: &[u8]) -> io::Result<()> {
        self.wal.lock().append(key, Some(value))?;
        let full = {
            let mut m = self.mem.write();
            m.put(key.to_vec(), Some(value.to_vec()));
            m.size() > MEMTABLE_LIMIT
        };
        if full {
            self.flush()?;
        }
        Ok(())
    }

    pub fn delete(&self, key: &[u8]) -> io::Result<()> {
        self.wal.lock().append(key, None)?;
        self.mem.write().put(key.to_vec(), None);
        Ok(())
    }

    pub fn get(&self, key: &[u8]) -> io::Result<Option<Vec<u8>>> {
        if let Some(v) = self.mem.read().get(key) {
            return Ok(v.clone());
        }
        for seg in self.segments.read().iter().rev() {
            if let Some(v) = seg.get(key)? {
                return Ok(v);
            }
        }
        Ok(None)
    }

    pub fn flush(&self) -> io::Result<()> {
        let mem = std::mem::take(&mut *self.mem.write());
        let id = self.segments.read().len() as u64;
        let seg = segment::Segment::write(&self.dir, id, mem.into_sorted())?;
        self.segments.write().push(seg);
        self.wal.lock().truncate()
    }
}
