pub mod crc;
pub mod vectors;
