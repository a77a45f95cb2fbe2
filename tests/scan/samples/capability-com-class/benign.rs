// a class id printed, nothing registered
pub fn describe(clsid: &str) -> String {
    format!("class {clsid}")
}
