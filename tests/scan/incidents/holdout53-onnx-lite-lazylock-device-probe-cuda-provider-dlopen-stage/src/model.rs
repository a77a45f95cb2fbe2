//! Compiled model files (`.olt`): a flat list of ops produced by
//! `onnx-lite-convert` from an ONNX graph.
//!
//! Layout: magic `OLT1`, u32 op count, then per op a tag byte and its
//! little-endian parameters.

use std::path::Path;

use crate::{device, Device, Error, Op, Tensor};

pub struct Session {
    ops: Vec<Op>,
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if self.0.len() < n {
            return Err(Error::Model("truncated".into()));
        }
        let (h, t) = self.0.split_at(n);
        self.0 = t;
        Ok(h)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap_or([0; 4])))
    }
    fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn tensor(&mut self) -> Result<Tensor, Error> {
        let rank = self.u8()? as usize;
        let shape: Vec<usize> = (0..rank).map(|_| self.u32().map(|v| v as usize)).collect::<Result<_, _>>()?;
        let n: usize = shape.iter().product();
        let data = (0..n).map(|_| self.f32()).collect::<Result<_, _>>()?;
        Ok(Tensor { shape, data })
    }
}

impl Session {
    pub fn from_ops(ops: Vec<Op>) -> Session {
        Session { ops }
    }

    pub fn from_file<P: AsRef<Path>>(path: P) -> Result<Session, Error> {
        let bytes = std::fs::read(path)?;
        let mut r = Reader(&bytes);
        if r.take(4)? != b"OLT1" {
            return Err(Error::Model("not an .olt file".into()));
        }
        let count = r.u32()?;
        let mut ops = Vec::with_capacity(count as usize);
        for _ in 0..count {
            ops.push(match r.u8()? {
                0 => {
                    let trans_b = r.u8()? != 0;
                    let w = r.tensor()?;
                    let b = if r.u8()? != 0 { Some(r.tensor()?) } else { None };
                    Op::Gemm { w, b, trans_b }
                }
                1 => Op::Add(r.tensor()?),
                2 => Op::Relu,
                3 => Op::Sigmoid,
                4 => Op::Softmax,
                5 => Op::Quantize { scale: r.f32()?, zero_point: r.u8()? },
                6 => Op::Dequantize { scale: r.f32()?, zero_point: r.u8()? },
                7 => Op::Flatten,
                t => return Err(Error::Model(format!("unknown op tag {t}"))),
            });
        }
        Ok(Session { ops })
    }

    pub fn run(&self, inputs: &[Tensor]) -> Result<Vec<Tensor>, Error> {
        let mut x = inputs.first().cloned().ok_or_else(|| Error::Shape("no input".into()))?;
        let gpu = matches!(device(), Device::Cuda { .. });
        for op in &self.ops {
            x = match (gpu, op) {
                (true, Op::Gemm { .. }) => device().offload(op, &x).unwrap_or(op.apply(&x)?),
                _ => op.apply(&x)?,
            };
        }
        Ok(vec![x])
    }
}
