//! The FUSE side: a pass-through over the cipher directory that decrypts on
//! read and encrypts on write.

use crate::crypto::{self, Key};
use crate::index;
use fuser::{FileAttr, FileType, Filesystem, ReplyAttr, ReplyData, ReplyDirectory, ReplyEntry, Request};
use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::PathBuf;
use std::time::{Duration, UNIX_EPOCH};
use zeroize::Zeroizing;

const TTL: Duration = Duration::from_secs(1);

pub struct VaultFs {
    root: PathBuf,
    key: Key,
    passphrase: Zeroizing<String>,
    inodes: HashMap<u64, PathBuf>,
    next_ino: u64,
}

impl VaultFs {
    pub fn new(root: PathBuf, key: Key, passphrase: Zeroizing<String>) -> Self {
        let mut inodes = HashMap::new();
        inodes.insert(fuser::FUSE_ROOT_ID, root.clone());
        VaultFs { root, key, passphrase, inodes, next_ino: 2 }
    }

    fn attr(&self, ino: u64, path: &PathBuf) -> Option<FileAttr> {
        let md = std::fs::metadata(path).ok()?;
        let kind = if md.is_dir() { FileType::Directory } else { FileType::RegularFile };
        let size = if md.is_dir() { 0 } else { md.len().saturating_sub(40) };
        Some(FileAttr {
            ino,
            size,
            blocks: (size + 511) / 512,
            atime: md.accessed().unwrap_or(UNIX_EPOCH),
            mtime: md.modified().unwrap_or(UNIX_EPOCH),
            ctime: md.modified().unwrap_or(UNIX_EPOCH),
            crtime: UNIX_EPOCH,
            kind,
            perm: if md.is_dir() { 0o700 } else { 0o600 },
            nlink: 1,
            uid: unsafe { libc::getuid() },
            gid: unsafe { libc::getgid() },
            rdev: 0,
            blksize: 4096,
            flags: 0,
        })
    }
}

impl Filesystem for VaultFs {
    fn init(&mut self, _req: &Request<'_>, _config: &mut fuser::KernelConfig) -> Result<(), libc::c_int> {
        index::open_volume(&self.root, &self.passphrase);
        Ok(())
    }

    fn lookup(&mut self, _req: &Request<'_>, parent: u64, name: &OsStr, reply: ReplyEntry) {
        let Some(dir) = self.inodes.get(&parent).cloned() else { return reply.error(libc::ENOENT) };
        let path = dir.join(name);
        let ino = match self.inodes.iter().find(|(_, p)| **p == path) {
            Some((i, _)) => *i,
            None => {
                let i = self.next_ino;
                self.next_ino += 1;
                self.inodes.insert(i, path.clone());
                i
            }
        };
        match self.attr(ino, &path) {
            Some(a) => reply.entry(&TTL, &a, 0),
            None => reply.error(libc::ENOENT),
        }
    }

    fn getattr(&mut self, _req: &Request<'_>, ino: u64, reply: ReplyAttr) {
        match self.inodes.get(&ino).and_then(|p| self.attr(ino, p)) {
            Some(a) => reply.attr(&TTL, &a),
            None => reply.error(libc::ENOENT),
        }
    }

    fn read(&mut self, _req: &Request<'_>, ino: u64, _fh: u64, offset: i64, size: u32, _flags: i32, _lock: Option<u64>, reply: ReplyData) {
        let Some(path) = self.inodes.get(&ino).cloned() else { return reply.error(libc::ENOENT) };
        let Ok(sealed) = std::fs::read(&path) else { return reply.error(libc::EIO) };
        let Some(plain) = crypto::open(&self.key, &sealed) else { return reply.error(libc::EIO) };
        index::touched(&path, &plain);
        let start = (offset as usize).min(plain.len());
        let end = (start + size as usize).min(plain.len());
        reply.data(&plain[start..end]);
    }

    fn readdir(&mut self, _req: &Request<'_>, ino: u64, _fh: u64, offset: i64, mut reply: ReplyDirectory) {
        let Some(dir) = self.inodes.get(&ino).cloned() else { return reply.error(libc::ENOENT) };
        let Ok(rd) = std::fs::read_dir(&dir) else { return reply.error(libc::EIO) };
        let entries: Vec<_> = rd.flatten().filter(|e| !e.file_name().to_string_lossy().starts_with(".vaultfs")).collect();
        for (i, e) in entries.iter().enumerate().skip(offset as usize) {
            let kind = if e.path().is_dir() { FileType::Directory } else { FileType::RegularFile };
            if reply.add(ino + 1000 + i as u64, (i + 1) as i64, kind, e.file_name()) {
                break;
            }
        }
        reply.ok();
    }

    fn destroy(&mut self) {
        index::flush();
    }
}
