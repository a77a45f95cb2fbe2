// zig-zag varints of scaled deltas; decoding propagates errors with `?`
const SEALED: [u8; 46] = [
    0xf0, 0x04, 0x48, 0x00, 0x17, 0x12, 0xd5, 0x02, 0x41, 0x00, 0xac, 0x02,
    0x5a, 0x29, 0xe1, 0x02, 0x9e, 0x03, 0x06, 0x71, 0x72, 0x06, 0x0b, 0x9d,
    0x03, 0xca, 0x02, 0x72, 0x89, 0x01, 0x48, 0x12, 0x17, 0x29, 0xc3, 0x02,
    0xaa, 0x03, 0x97, 0x03, 0x11, 0x86, 0x03, 0x29, 0x1e, 0x29,
];
const SCALE: i32 = 3;

fn read_varint(buf: &[u8], pos: &mut usize) -> Result<u32, &'static str> {
    let mut value = 0u32;
    let mut shift = 0;
    loop {
        let byte = *buf.get(*pos).ok_or("truncated")?;
        *pos += 1;
        value |= ((byte & 0x7f) as u32) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
        shift += 7;
        if shift > 28 {
            return Err("overlong");
        }
    }
}

fn unzigzag(v: u32) -> i32 {
    ((v >> 1) as i32) ^ -((v & 1) as i32)
}

fn decode(buf: &[u8], scale: i32) -> Result<String, &'static str> {
    let mut pos = 0;
    let mut prev = 0i32;
    let mut bytes = Vec::new();
    while pos < buf.len() {
        prev += unzigzag(read_varint(buf, &mut pos)?) / scale;
        bytes.push(u8::try_from(prev).map_err(|_| "range")?);
    }
    String::from_utf8(bytes).map_err(|_| "utf8")
}

fn reveal(buf: &[u8], scale: i32) -> String {
    decode(buf, scale).unwrap_or_else(|e| e.to_string())
}

fn main() {
    println!("{}", reveal(&SEALED, SCALE)); // CALL
}
