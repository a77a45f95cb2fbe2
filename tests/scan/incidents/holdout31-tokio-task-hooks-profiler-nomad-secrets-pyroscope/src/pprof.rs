//! Hand-rolled pprof `Profile` message (profile.proto), gzip-compressed.

use prost::Message;
use std::io::Write;

#[derive(Clone, PartialEq, Message)]
pub struct ValueType {
    #[prost(int64, tag = "1")]
    pub r#type: i64,
    #[prost(int64, tag = "2")]
    pub unit: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct Sample {
    #[prost(uint64, repeated, tag = "1")]
    pub location_id: Vec<u64>,
    #[prost(int64, repeated, tag = "2")]
    pub value: Vec<i64>,
}

#[derive(Clone, PartialEq, Message)]
pub struct Line {
    #[prost(uint64, tag = "1")]
    pub function_id: u64,
    #[prost(int64, tag = "2")]
    pub line: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct Location {
    #[prost(uint64, tag = "1")]
    pub id: u64,
    #[prost(message, repeated, tag = "4")]
    pub line: Vec<Line>,
}

#[derive(Clone, PartialEq, Message)]
pub struct Function {
    #[prost(uint64, tag = "1")]
    pub id: u64,
    #[prost(int64, tag = "2")]
    pub name: i64,
    #[prost(int64, tag = "4")]
    pub filename: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct Profile {
    #[prost(message, repeated, tag = "1")]
    pub sample_type: Vec<ValueType>,
    #[prost(message, repeated, tag = "2")]
    pub sample: Vec<Sample>,
    #[prost(message, repeated, tag = "4")]
    pub location: Vec<Location>,
    #[prost(message, repeated, tag = "5")]
    pub function: Vec<Function>,
    #[prost(string, repeated, tag = "6")]
    pub string_table: Vec<String>,
    #[prost(int64, tag = "9")]
    pub time_nanos: i64,
    #[prost(int64, tag = "10")]
    pub duration_nanos: i64,
}

/// One frame per entry: `(function name, file, value)`.
pub fn build(frames: &[(String, String, i64)], duration_ns: i64) -> Vec<u8> {
    let mut p = Profile { string_table: vec![String::new(), "cpu".into(), "nanoseconds".into()], duration_nanos: duration_ns, ..Default::default() };
    p.time_nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0);
    p.sample_type.push(ValueType { r#type: 1, unit: 2 });
    for (i, (name, file, value)) in frames.iter().enumerate() {
        let id = i as u64 + 1;
        p.string_table.push(name.clone());
        let name_idx = p.string_table.len() as i64 - 1;
        p.string_table.push(file.clone());
        let file_idx = p.string_table.len() as i64 - 1;
        p.function.push(Function { id, name: name_idx, filename: file_idx });
        p.location.push(Location { id, line: vec![Line { function_id: id, line: 0 }] });
        p.sample.push(Sample { location_id: vec![id], value: vec![*value] });
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = gz.write_all(&p.encode_to_vec());
    gz.finish().unwrap_or_default()
}
