//! Keep the newest `keep_last` archives per guest. vzdump names archives
//! `vzdump-{qemu,lxc}-<vmid>-YYYY_MM_DD-HH_MM_SS.<ext>`, so lexical order is time order.

use crate::s3::Store;

pub fn prune(store: &Store, guest: &str, keep_last: usize) -> usize {
    let mut keys: Vec<String> = store.list(&store.key(guest, "")).into_iter().filter(|k| k.contains("/vzdump-")).collect();
    keys.sort();
    let excess = keys.len().saturating_sub(keep_last);
    for k in keys.iter().take(excess) {
        store.delete(k);
        println!("vzdump-offsite: pruned {k}");
    }
    excess
}
