pub fn array_ref(data: &[u8], offset: usize, len: usize) -> &[u8] {
    &data[offset..offset + len]
}
