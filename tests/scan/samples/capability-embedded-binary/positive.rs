static BLOB: &[u8] = include_bytes!("blob.bin");
