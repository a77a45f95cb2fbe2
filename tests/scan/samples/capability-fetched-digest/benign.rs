// the digest is pinned in the crate; the sums file is only named in a message
const PINNED: &str = "823007bf81356964b16fe12a8a1c54ec3002e6e40128fe9d75d433fb49e61478";

fn check(have: &str) -> Result<(), String> {
    if have != PINNED {
        return Err("checksum differs from the one in SHA256SUMS".into());
    }
    Ok(())
}
