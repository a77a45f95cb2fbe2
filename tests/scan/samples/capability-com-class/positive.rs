pub fn class_key(clsid: &str) -> String {
    format!("Software\\Classes\\CLSID\\{clsid}\\InprocServer32")
}
