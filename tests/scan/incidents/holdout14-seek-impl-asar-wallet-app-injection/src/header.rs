use std::collections::BTreeMap;
use std::io::{self, Read};

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(untagged)]
pub enum Node {
    Dir { files: BTreeMap<String, Node> },
    File {
        offset: String,
        size: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        executable: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        integrity: Option<serde_json::Value>,
    },
    Link { link: String },
}

impl Node {
    pub fn walk(&self, prefix: &str, out: &mut Vec<String>) {
        if let Node::Dir { files } = self {
            for (name, n) in files {
                let p = if prefix.is_empty() { name.clone() } else { format!("{prefix}/{name}") };
                match n {
                    Node::Dir { .. } => n.walk(&p, out),
                    _ => out.push(p),
                }
            }
        }
    }

    pub fn find(&self, path: &str) -> Option<&Node> {
        let mut cur = self;
        for part in path.split('/').filter(|p| !p.is_empty()) {
            match cur {
                Node::Dir { files } => cur = files.get(part)?,
                _ => return None,
            }
        }
        Some(cur)
    }

    pub fn span(&self) -> Option<(u64, u64)> {
        match self {
            Node::File { offset, size, .. } => Some((offset.parse().ok()?, *size)),
            _ => None,
        }
    }
}

pub fn read(r: &mut impl Read) -> io::Result<(String, u64)> {
    let mut head = [0u8; 16];
    r.read_exact(&mut head)?;
    let header_size = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as u64;
    let json_len = u32::from_le_bytes([head[12], head[13], head[14], head[15]]) as usize;
    let mut json = vec![0u8; json_len];
    r.read_exact(&mut json)?;
    Ok((String::from_utf8_lossy(&json).into_owned(), 8 + header_size))
}
