//! Small ONNX inference runtime.

mod device;
#[cfg(feature = "hub")]
pub mod hub;
mod model;
mod ops;
pub mod quant;

pub use device::{device, Device};
pub use model::Session;
pub use ops::Op;

#[derive(Debug, Clone, PartialEq)]
pub struct Tensor {
    pub shape: Vec<usize>,
    pub data: Vec<f32>,
}

impl Tensor {
    pub fn from_f32(shape: &[usize], data: &[f32]) -> Tensor {
        assert_eq!(shape.iter().product::<usize>(), data.len(), "shape / data mismatch");
        Tensor { shape: shape.to_vec(), data: data.to_vec() }
    }

    pub fn zeros(shape: &[usize]) -> Tensor {
        Tensor { shape: shape.to_vec(), data: vec![0.0; shape.iter().product()] }
    }

    pub fn argmax(&self) -> usize {
        self.data
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
            .map(|(i, _)| i)
            .unwrap_or(0)
    }
}

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Model(String),
    Shape(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "io: {e}"),
            Error::Model(m) => write!(f, "model: {m}"),
            Error::Shape(m) => write!(f, "shape: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}
