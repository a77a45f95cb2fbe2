pub mod embedder;
pub mod phi;
pub mod pool;
pub mod sink;

pub use embedder::Embedder;
pub use sink::QdrantSink;
