pub mod node;
pub mod pairing;
pub mod frame;
