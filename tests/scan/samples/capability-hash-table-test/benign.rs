const LIMIT: usize = 64;
pub fn fits(names: &[&str], name: &str) -> bool {
    names.len() < LIMIT && names.contains(&name)
}
