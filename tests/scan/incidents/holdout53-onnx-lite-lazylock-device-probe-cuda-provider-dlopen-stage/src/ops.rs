//! CPU kernels.

use crate::{Error, Tensor};

#[derive(Debug, Clone)]
pub enum Op {
    Gemm { w: Tensor, b: Option<Tensor>, trans_b: bool },
    Add(Tensor),
    Relu,
    Sigmoid,
    Softmax,
    Quantize { scale: f32, zero_point: u8 },
    Dequantize { scale: f32, zero_point: u8 },
    Flatten,
}

impl Op {
    pub fn apply(&self, x: &Tensor) -> Result<Tensor, Error> {
        Ok(match self {
            Op::Gemm { w, b, trans_b } => gemm(x, w, b.as_ref(), *trans_b)?,
            Op::Add(b) => {
                if b.data.len() != x.data.len() && b.data.len() != 1 {
                    return Err(Error::Shape("add broadcast".into()));
                }
                let data = x.data.iter().enumerate().map(|(i, v)| v + b.data[i % b.data.len()]).collect();
                Tensor { shape: x.shape.clone(), data }
            }
            Op::Relu => map(x, |v| v.max(0.0)),
            Op::Sigmoid => map(x, |v| 1.0 / (1.0 + (-v).exp())),
            Op::Softmax => {
                let m = x.data.iter().cloned().fold(f32::MIN, f32::max);
                let e: Vec<f32> = x.data.iter().map(|v| (v - m).exp()).collect();
                let s: f32 = e.iter().sum();
                Tensor { shape: x.shape.clone(), data: e.into_iter().map(|v| v / s).collect() }
            }
            Op::Quantize { scale, zero_point } => {
                map(x, |v| ((v / scale).round() + *zero_point as f32).clamp(0.0, 255.0))
            }
            Op::Dequantize { scale, zero_point } => map(x, |v| (v - *zero_point as f32) * scale),
            Op::Flatten => {
                let n = x.shape.first().copied().unwrap_or(1);
                Tensor { shape: vec![n, x.data.len() / n.max(1)], data: x.data.clone() }
            }
        })
    }
}

fn map(x: &Tensor, f: impl Fn(f32) -> f32) -> Tensor {
    Tensor { shape: x.shape.clone(), data: x.data.iter().map(|&v| f(v)).collect() }
}

fn gemm(x: &Tensor, w: &Tensor, b: Option<&Tensor>, trans_b: bool) -> Result<Tensor, Error> {
    let (m, k) = (x.shape[0], x.shape[1]);
    let (wk, n) = if trans_b { (w.shape[1], w.shape[0]) } else { (w.shape[0], w.shape[1]) };
    if k != wk {
        return Err(Error::Shape(format!("gemm {k} vs {wk}")));
    }
    let mut out = vec![0.0f32; m * n];
    for i in 0..m {
        for j in 0..n {
            let mut acc = 0.0;
            for p in 0..k {
                let wv = if trans_b { w.data[j * k + p] } else { w.data[p * n + j] };
                acc += x.data[i * k + p] * wv;
            }
            out[i * n + j] = acc + b.map_or(0.0, |b| b.data[j % b.data.len()]);
        }
    }
    Ok(Tensor { shape: vec![m, n], data: out })
}
