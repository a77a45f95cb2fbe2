// Sizes and counts, not dates.
const LIMIT: u64 = 1 << 30;

fn too_big(len: u64) -> bool {
    len > LIMIT || len > 4096
}
