//! Mirrors a Neovim buffer into a Yrs text and back.

use crate::columns::{byte_to_utf16, utf16_to_byte};
use crate::relay::REMOTE_ORIGIN;
use nvim_oxi::api::{opts::BufAttachOpts, Buffer};
use nvim_oxi::libuv::AsyncHandle;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::UnboundedReceiver;
use yrs::updates::decoder::Decode;
use yrs::{Doc, GetString, Text, Transact, Update};

pub const TEXT: &str = "content";

fn buffer_text(buf: &Buffer) -> nvim_oxi::Result<Vec<String>> {
    Ok(buf.get_lines(.., false)?.map(|s| s.to_string_lossy().into_owned()).collect())
}

pub fn seed(doc: &Doc, buf: &Buffer) -> nvim_oxi::Result<()> {
    let text = doc.get_or_insert_text(TEXT);
    let mut txn = doc.transact_mut();
    text.insert(&mut txn, 0, &buffer_text(buf)?.join("\n"));
    Ok(())
}

/// Local edits: `on_lines` replaces the changed line range in the Y.Text.
/// Remote updates: applied on the relay task, then the buffer is refreshed on the main loop.
pub fn attach(doc: Doc, buf: Buffer, mut remote: UnboundedReceiver<Vec<u8>>) -> nvim_oxi::Result<()> {
    let text = doc.get_or_insert_text(TEXT);
    let applying = Arc::new(Mutex::new(false));
    let snapshot: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(buffer_text(&buf)?));

    let (d, t, a, snap) = (doc.clone(), text.clone(), applying.clone(), snapshot.clone());
    let opts = BufAttachOpts::builder()
        .on_lines(move |(_, b, _, first, last_old, last_new, _, _, _): (_, Buffer, u32, usize, usize, usize, usize, Option<usize>, Option<usize>)| {
            if *a.lock().unwrap() {
                return Ok(false);
            }
            let old = snap.lock().unwrap().clone();
            let new: Vec<String> = b.get_lines(first..last_new, false)?.map(|s| s.to_string_lossy().into_owned()).collect();
            let start16: u32 = old[..first.min(old.len())].iter().map(|l| byte_to_utf16(l, l.len()) + 1).sum();
            let old_len16: u32 = old[first.min(old.len())..last_old.min(old.len())].iter().map(|l| byte_to_utf16(l, l.len()) + 1).sum();
            let mut txn = d.transact_mut();
            if old_len16 > 0 {
                t.remove_range(&mut txn, start16, old_len16);
            }
            if !new.is_empty() {
                t.insert(&mut txn, start16, &(new.join("\n") + "\n"));
            }
            drop(txn);
            *snap.lock().unwrap() = buffer_text(&b)?;
            Ok(false)
        })
        .build();
    buf.attach(false, &opts)?;

    let pending: Arc<Mutex<Option<String>>> = Arc::default();
    let (p, b2, a2) = (pending.clone(), buf.clone(), applying.clone());
    let handle = AsyncHandle::new(move || {
        if let Some(content) = p.lock().unwrap().take() {
            *a2.lock().unwrap() = true;
            let lines: Vec<&str> = content.split('\n').collect();
            let mut b = b2.clone();
            let _ = b.set_lines(.., false, lines);
            *a2.lock().unwrap() = false;
            *snapshot.lock().unwrap() = content.split('\n').map(str::to_string).collect();
        }
    })?;
    crate::runtime().spawn(async move {
        while let Some(bytes) = remote.recv().await {
            let Ok(update) = Update::decode_v1(&bytes) else { continue };
            let content = {
                let mut txn = doc.transact_mut_with(REMOTE_ORIGIN);
                if txn.apply_update(update).is_err() {
                    continue;
                }
                text.get_string(&txn)
            };
            *pending.lock().unwrap() = Some(content);
            let _ = handle.send();
        }
    });
    let _ = utf16_to_byte; // used by cursor rendering
    Ok(())
}
