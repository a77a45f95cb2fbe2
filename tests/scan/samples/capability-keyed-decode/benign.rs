fn parity(data: &[u8]) -> u8 { data.iter().fold(0, |acc, b| acc ^ b) }
fn pick(table: &[u8], i: usize) -> u8 { table[i % table.len()] }
