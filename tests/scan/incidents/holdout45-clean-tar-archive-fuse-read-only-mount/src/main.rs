//! tarmount ARCHIVE MOUNTPOINT
//!
//! The archive is indexed once at start (names, sizes, offsets); reads seek
//! into the archive. Everything is read-only and nothing leaves the machine.

use fuser::{FileAttr, FileType, Filesystem, MountOption, ReplyAttr, ReplyData, ReplyDirectory, ReplyEntry, Request};
use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

const TTL: Duration = Duration::from_secs(60);

struct Entry {
    path: PathBuf,
    parent: u64,
    kind: FileType,
    size: u64,
    offset: u64,
    mode: u16,
    mtime: u64,
}

struct TarFs {
    archive: PathBuf,
    entries: HashMap<u64, Entry>,
}

impl TarFs {
    fn index(archive: &Path) -> std::io::Result<TarFs> {
        let mut entries = HashMap::new();
        entries.insert(1, Entry { path: PathBuf::new(), parent: 1, kind: FileType::Directory, size: 0, offset: 0, mode: 0o555, mtime: 0 });
        let mut by_path: HashMap<PathBuf, u64> = HashMap::from([(PathBuf::new(), 1)]);
        let mut ar = tar::Archive::new(File::open(archive)?);
        let mut next = 2;
        for e in ar.entries_with_seek()? {
            let e = e?;
            let path = e.path()?.components().collect::<PathBuf>();
            let parent_path = path.parent().map(Path::to_path_buf).unwrap_or_default();
            let parent = *by_path.get(&parent_path).unwrap_or(&1);
            let kind = if e.header().entry_type().is_dir() { FileType::Directory } else { FileType::RegularFile };
            entries.insert(
                next,
                Entry {
                    path: path.clone(),
                    parent,
                    kind,
                    size: e.size(),
                    offset: e.raw_file_position(),
                    mode: (e.header().mode().unwrap_or(0o444) & 0o555) as u16,
                    mtime: e.header().mtime().unwrap_or(0),
                },
            );
            by_path.insert(path, next);
            next += 1;
        }
        Ok(TarFs { archive: archive.to_path_buf(), entries })
    }

    fn attr(&self, ino: u64) -> Option<FileAttr> {
        let e = self.entries.get(&ino)?;
        let t = UNIX_EPOCH + Duration::from_secs(e.mtime);
        Some(FileAttr {
            ino,
            size: e.size,
            blocks: (e.size + 511) / 512,
            atime: t,
            mtime: t,
            ctime: t,
            crtime: t,
            kind: e.kind,
            perm: e.mode,
            nlink: 1,
            uid: unsafe { libc::getuid() },
            gid: unsafe { libc::getgid() },
            rdev: 0,
            blksize: 512,
            flags: 0,
        })
    }
}

impl Filesystem for TarFs {
    fn lookup(&mut self, _req: &Request<'_>, parent: u64, name: &OsStr, reply: ReplyEntry) {
        let found = self.entries.iter().find(|(_, e)| e.parent == parent && e.path.file_name() == Some(name)).map(|(i, _)| *i);
        match found.and_then(|i| self.attr(i)) {
            Some(a) => reply.entry(&TTL, &a, 0),
            None => reply.error(libc::ENOENT),
        }
    }

    fn getattr(&mut self, _req: &Request<'_>, ino: u64, reply: ReplyAttr) {
        match self.attr(ino) {
            Some(a) => reply.attr(&TTL, &a),
            None => reply.error(libc::ENOENT),
        }
    }

    fn read(&mut self, _req: &Request<'_>, ino: u64, _fh: u64, offset: i64, size: u32, _flags: i32, _lock: Option<u64>, reply: ReplyData) {
        let Some(e) = self.entries.get(&ino) else { return reply.error(libc::ENOENT) };
        let start = (offset as u64).min(e.size);
        let len = (size as u64).min(e.size - start) as usize;
        let mut buf = vec![0u8; len];
        let res = File::open(&self.archive).and_then(|mut f| {
            f.seek(SeekFrom::Start(e.offset + start))?;
            f.read_exact(&mut buf)
        });
        match res {
            Ok(()) => reply.data(&buf),
            Err(_) => reply.error(libc::EIO),
        }
    }

    fn readdir(&mut self, _req: &Request<'_>, ino: u64, _fh: u64, offset: i64, mut reply: ReplyDirectory) {
        let mut kids: Vec<(&u64, &Entry)> = self.entries.iter().filter(|(i, e)| e.parent == ino && **i != ino).collect();
        kids.sort_by_key(|(i, _)| **i);
        for (n, (i, e)) in kids.into_iter().enumerate().skip(offset as usize) {
            let name = e.path.file_name().unwrap_or_default();
            if reply.add(*i, (n + 1) as i64, e.kind, name) {
                break;
            }
        }
        reply.ok();
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(archive), Some(mnt)) = (args.next(), args.next()) else {
        eprintln!("usage: tarmount ARCHIVE MOUNTPOINT");
        std::process::exit(2);
    };
    let fs = match TarFs::index(Path::new(&archive)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("tarmount: {archive}: {e}");
            std::process::exit(1);
        }
    };
    let opts = [MountOption::RO, MountOption::FSName("tarmount".into()), MountOption::NoExec, MountOption::AutoUnmount];
    if let Err(e) = fuser::mount2(fs, &mnt, &opts) {
        eprintln!("tarmount: {e}");
        std::process::exit(1);
    }
}
