const KEY: [u8; 5] = [0x3c, 0xa5, 0x96, 0x0f, 0x71];
fn clear(data: &[u8]) -> Vec<u8> { data.iter().enumerate().map(|(i, b)| b ^ KEY[i % KEY.len()]).collect() }
