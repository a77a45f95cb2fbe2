// A fixed date in Unix time.
fn expired(now: u64) -> bool {
    now > 1_798_761_600
}
