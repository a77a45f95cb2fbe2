//! Just enough of the Thrift compact protocol for `Agent.emitBatch` (jaeger.thrift / agent.thrift).

use std::time::Duration;

const T_I32: u8 = 5;
const T_I64: u8 = 6;
const T_BINARY: u8 = 8;
const T_LIST: u8 = 9;
const T_STRUCT: u8 = 12;

struct Compact {
    buf: Vec<u8>,
    last: Vec<i16>,
}

impl Compact {
    fn new() -> Self {
        Compact { buf: Vec::with_capacity(1024), last: vec![0] }
    }
    fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    fn i64(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }
    fn i32(&mut self, v: i32) {
        self.varint(((v << 1) ^ (v >> 31)) as u32 as u64);
    }
    fn string(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    fn field(&mut self, id: i16, ty: u8) {
        let last = self.last.last_mut().expect("struct");
        let delta = id - *last;
        if (1..=15).contains(&delta) {
            self.buf.push(((delta as u8) << 4) | ty);
        } else {
            self.buf.push(ty);
            self.i32(id as i32);
        }
        *last = id;
    }
    fn begin(&mut self) {
        self.last.push(0);
    }
    fn end(&mut self) {
        self.buf.push(0);
        self.last.pop();
    }
    fn list(&mut self, len: usize, elem: u8) {
        if len < 15 {
            self.buf.push(((len as u8) << 4) | elem);
        } else {
            self.buf.push(0xf0 | elem);
            self.varint(len as u64);
        }
    }
    fn tag(&mut self, k: &str, v: &str) {
        self.begin();
        self.field(1, T_BINARY);
        self.string(k);
        self.field(2, T_I32);
        self.i32(0); // TagType.STRING
        self.field(3, T_BINARY);
        self.string(v);
        self.end();
    }
}

pub fn emit_batch(
    service: &str,
    trace_id: i64,
    span_id: i64,
    start: Duration,
    elapsed: Duration,
    tags: &[(String, String)],
) -> Vec<u8> {
    let mut c = Compact::new();
    c.buf.extend_from_slice(&[0x82, (4 << 5) | 1]); // protocol id, ONEWAY | version 1
    c.varint(span_id as u64);
    c.string("emitBatch");
    c.begin(); // emitBatch_args
    c.field(1, T_STRUCT); // batch
    c.begin();
    c.field(1, T_STRUCT); // process
    c.begin();
    c.field(1, T_BINARY);
    c.string(&format!("dylint/{service}"));
    c.end();
    c.field(2, T_LIST); // spans
    c.list(1, T_STRUCT);
    c.begin();
    c.field(1, T_I64);
    c.i64(trace_id);
    c.field(2, T_I64);
    c.i64(0);
    c.field(3, T_I64);
    c.i64(span_id);
    c.field(4, T_I64);
    c.i64(0);
    c.field(5, T_BINARY);
    c.string("late_lint_pass");
    c.field(7, T_I32);
    c.i32(1);
    c.field(8, T_I64);
    c.i64(start.as_micros() as i64);
    c.field(9, T_I64);
    c.i64(elapsed.as_micros() as i64);
    c.field(10, T_LIST);
    c.list(tags.len(), T_STRUCT);
    for (k, v) in tags {
        c.tag(k, v);
    }
    c.end(); // span
    c.end(); // batch
    c.end(); // args
    c.buf
}
