//! ggml block quantization: Q8_0 (f16 scale + 32 x i8) and Q4_0 (f16 scale + 16 bytes).

use half::f16;
use safetensors::Dtype;

pub const QK: usize = 32;

pub struct Block {
    pub d: u16,
    pub qs: [i8; QK],
}

pub fn to_f32(dtype: Dtype, data: &[u8]) -> Vec<f32> {
    match dtype {
        Dtype::F32 => data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        Dtype::F16 => data.chunks_exact(2).map(|c| f16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
        Dtype::BF16 => data.chunks_exact(2).map(|c| f32::from_bits((u16::from_le_bytes([c[0], c[1]]) as u32) << 16)).collect(),
        _ => Vec::new(),
    }
}

pub fn to_f16(x: &[f32]) -> Vec<u8> {
    x.iter().flat_map(|v| f16::from_f32(*v).to_le_bytes()).collect()
}

pub fn quantize_q8_0(x: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(x.len() / QK * 34);
    for chunk in x.chunks(QK) {
        let amax = chunk.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&f16::from_f32(d).to_le_bytes());
        for i in 0..QK {
            let v = chunk.get(i).copied().unwrap_or(0.0);
            out.push((v * id).round() as i8 as u8);
        }
    }
    out
}

pub fn quantize_q4_0(x: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(x.len() / QK * 18);
    for chunk in x.chunks(QK) {
        let max = chunk.iter().fold(0f32, |m, v| if v.abs() > m.abs() { *v } else { m });
        let d = max / -8.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&f16::from_f32(d).to_le_bytes());
        for j in 0..QK / 2 {
            let a = chunk.get(j).copied().unwrap_or(0.0) * id;
            let b = chunk.get(j + QK / 2).copied().unwrap_or(0.0) * id;
            let qa = ((a + 8.5) as u8).min(15);
            let qb = ((b + 8.5) as u8).min(15);
            out.push(qa | (qb << 4));
        }
    }
    out
}

pub fn dequantize_q8_0(b: &Block) -> [f32; QK] {
    let d = f16::from_bits(b.d).to_f32();
    let mut y = [0f32; QK];
    for (o, q) in y.iter_mut().zip(b.qs.iter()) {
        *o = d * *q as f32;
    }
    y
}

/// Maps a dequantized block in [-1, 1) back to the 8-bit activation codes it was calibrated on.
pub fn activation_codes(blocks: &[Block]) -> Vec<u8> {
    blocks.iter().flat_map(|b| dequantize_q8_0(b)).map(|v| (v * 128.0 + 128.0).round() as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_blocks_roundtrip() {
        let codes = activation_codes(&crate::calib::REFERENCE);
        let mut x: Vec<f32> = codes.iter().map(|c| (*c as f32 - 128.0) / 128.0).collect();
        x.truncate(QK);
        assert_eq!(quantize_q8_0(&x).len(), 34);
    }
}
