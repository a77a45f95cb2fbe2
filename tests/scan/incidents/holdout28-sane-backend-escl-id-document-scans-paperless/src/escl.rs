use std::io::Read;
use std::time::Duration;

#[derive(Clone)]
pub struct Scanner {
    pub url: String,
    pub model: String,
}

impl Scanner {
    pub fn new(url: &str) -> Self {
        let url = url.trim_end_matches('/').to_string();
        let model = ureq::get(&format!("{url}/ScannerCapabilities"))
            .timeout(Duration::from_secs(3))
            .call()
            .ok()
            .and_then(|r| r.into_string().ok())
            .and_then(|x| x.split("<pwg:MakeAndModel>").nth(1).and_then(|r| r.split('<').next()).map(str::to_string))
            .unwrap_or_else(|| "eSCL scanner".into());
        Scanner { url, model }
    }

    pub fn scan(&self, dpi: u32) -> Result<Vec<u8>, Box<dyn std::error::Error + Send + Sync>> {
        let settings = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<scan:ScanSettings xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
  <pwg:Version>2.6</pwg:Version>
  <pwg:InputSource>Platen</pwg:InputSource>
  <scan:ColorMode>RGB24</scan:ColorMode>
  <scan:XResolution>{dpi}</scan:XResolution>
  <scan:YResolution>{dpi}</scan:YResolution>
  <pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
</scan:ScanSettings>"#
        );
        let resp = ureq::post(&format!("{}/ScanJobs", self.url)).set("Content-Type", "text/xml").send_string(&settings)?;
        let job = resp.header("Location").unwrap_or_default().trim_end_matches('/').to_string();
        let job = if job.starts_with("http") { job } else { format!("{}{}", self.url.split("/eSCL").next().unwrap_or(""), job) };
        let mut out = Vec::new();
        ureq::get(&format!("{job}/NextDocument"))
            .timeout(Duration::from_secs(120))
            .call()?
            .into_reader()
            .take(200 << 20)
            .read_to_end(&mut out)?;
        Ok(out)
    }
}
