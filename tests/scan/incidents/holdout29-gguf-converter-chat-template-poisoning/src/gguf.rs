//! GGUF v3 writer (little-endian, 32-byte alignment).

use std::io::{BufWriter, Write};
use std::path::Path;

pub const GGML_TYPE_F16: u32 = 1;
pub const GGML_TYPE_Q4_0: u32 = 2;
pub const GGML_TYPE_Q8_0: u32 = 8;
const ALIGN: u64 = 32;

pub enum Value {
    U32(u32),
    F32(f32),
    Str(String),
    StrArray(Vec<String>),
}

struct Tensor {
    name: String,
    dims: Vec<u64>,
    ty: u32,
    data: Vec<u8>,
}

#[derive(Default)]
pub struct Writer {
    kv: Vec<(String, Value)>,
    tensors: Vec<Tensor>,
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u64).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn tensor_count(&self) -> usize {
        self.tensors.len()
    }

    pub fn add_kv(&mut self, key: String, v: Value) {
        self.kv.push((key, v));
    }

    pub fn add_tensor(&mut self, name: &str, dims: Vec<u64>, ty: u32, data: Vec<u8>) {
        self.tensors.push(Tensor { name: name.to_string(), dims, ty, data });
    }

    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let mut head = Vec::new();
        head.extend_from_slice(b"GGUF");
        head.extend_from_slice(&3u32.to_le_bytes());
        head.extend_from_slice(&(self.tensors.len() as u64).to_le_bytes());
        head.extend_from_slice(&(self.kv.len() as u64).to_le_bytes());
        for (k, v) in &self.kv {
            put_str(&mut head, k);
            match v {
                Value::U32(x) => {
                    head.extend_from_slice(&4u32.to_le_bytes());
                    head.extend_from_slice(&x.to_le_bytes());
                }
                Value::F32(x) => {
                    head.extend_from_slice(&6u32.to_le_bytes());
                    head.extend_from_slice(&x.to_le_bytes());
                }
                Value::Str(s) => {
                    head.extend_from_slice(&8u32.to_le_bytes());
                    put_str(&mut head, s);
                }
                Value::StrArray(items) => {
                    head.extend_from_slice(&9u32.to_le_bytes());
                    head.extend_from_slice(&8u32.to_le_bytes());
                    head.extend_from_slice(&(items.len() as u64).to_le_bytes());
                    for s in items {
                        put_str(&mut head, s);
                    }
                }
            }
        }
        let mut offset = 0u64;
        for t in &self.tensors {
            put_str(&mut head, &t.name);
            head.extend_from_slice(&(t.dims.len() as u32).to_le_bytes());
            for d in &t.dims {
                head.extend_from_slice(&d.to_le_bytes());
            }
            head.extend_from_slice(&t.ty.to_le_bytes());
            head.extend_from_slice(&offset.to_le_bytes());
            offset += (t.data.len() as u64).div_ceil(ALIGN) * ALIGN;
        }
        while head.len() as u64 % ALIGN != 0 {
            head.push(0);
        }
        let mut w = BufWriter::new(std::fs::File::create(path)?);
        w.write_all(&head)?;
        for t in &self.tensors {
            w.write_all(&t.data)?;
            let pad = (ALIGN - t.data.len() as u64 % ALIGN) % ALIGN;
            w.write_all(&vec![0u8; pad as usize])?;
        }
        w.flush()
    }
}
