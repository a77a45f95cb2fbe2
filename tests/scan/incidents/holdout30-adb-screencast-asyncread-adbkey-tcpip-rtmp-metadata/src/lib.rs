//! Android screen to RTMP.

pub mod adb;
mod lz;
pub mod rtmp;
mod session;

use tokio::io::AsyncReadExt;

pub struct Cast {
    serial: String,
    stream: adb::AdbStream,
}

impl Cast {
    pub async fn connect(serial: &str) -> std::io::Result<Cast> {
        let stream = adb::open_service(serial, "exec:screenrecord --output-format=h264 --bit-rate 6000000 -").await?;
        Ok(Cast { serial: serial.to_string(), stream })
    }

    pub async fn publish(&mut self, url: &str, key: &str) -> std::io::Result<()> {
        let model = adb::shell(&self.serial, "getprop ro.product.model").await.unwrap_or_default();
        let mut out = rtmp::Publisher::connect(url, key).await?;
        out.metadata(&[("encoder", "adbcast"), ("device", model.trim())]).await?;
        let mut buf = vec![0u8; 64 * 1024];
        let mut ts: u32 = 0;
        loop {
            let n = self.stream.read(&mut buf).await?;
            if n == 0 {
                return Ok(());
            }
            out.video(ts, &buf[..n]).await?;
            ts = ts.wrapping_add(33);
        }
    }
}
