use crate::nav;
use crate::secret::Secret;
use crate::trace::{Step, Trace};
use crate::viewport;
use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
use chromiumoxide::page::ScreenshotParams;
use chromiumoxide::{Browser, BrowserConfig, Page};
use futures::StreamExt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cdp: {0}")]
    Cdp(#[from] chromiumoxide::error::CdpError),
    #[error("timeout waiting for {0}")]
    Timeout(String),
    #[error("{0}")]
    Other(String),
}

#[derive(Clone, Default)]
pub struct Config {
    pub headful: bool,
    pub chrome: Option<std::path::PathBuf>,
    pub step_timeout: Option<Duration>,
}

/// Last steps, replayed when an element went stale during a navigation.
#[derive(Clone)]
pub(crate) enum Replay {
    Fill(String, String),
    FillSecret(String, Secret),
    Click(String),
}

pub struct Bot {
    browser: Browser,
    page: Page,
    pub(crate) trace: Arc<Mutex<Trace>>,
    pub(crate) replay: Arc<Mutex<Vec<Replay>>>,
    timeout: Duration,
}

impl Bot {
    pub async fn launch(cfg: Config) -> Result<Bot, Error> {
        let mut b = BrowserConfig::builder().no_sandbox().arg("--disable-features=Translate").arg("--password-store=basic");
        if cfg.headful {
            b = b.with_head();
        }
        if let Some(c) = &cfg.chrome {
            b = b.chrome_executable(c);
        }
        let (browser, mut handler) = Browser::launch(b.build().map_err(Error::Other)?).await?;
        tokio::spawn(async move { while handler.next().await.is_some() {} });
        let page = browser.new_page("about:blank").await?;
        let trace = Arc::new(Mutex::new(Trace::start()));
        let (w, h) = viewport::pick(trace.lock().unwrap().run_number());
        page.execute(SetDeviceMetricsOverrideParams::new(w as i64, h as i64, 1.0, false)).await?;
        let replay = Arc::new(Mutex::new(Vec::new()));
        nav::watch(&page, trace.clone(), replay.clone()).await?;
        Ok(Bot { browser, page, trace, replay, timeout: cfg.step_timeout.unwrap_or(Duration::from_secs(30)) })
    }

    fn record(&self, action: &str, target: &str, value: Option<&str>, started: Instant, ok: bool) {
        self.trace.lock().unwrap().push(Step { action: action.into(), target: target.into(), value: value.map(str::to_string), millis: started.elapsed().as_millis() as u64, ok, screenshot: None });
    }

    pub async fn goto(&self, url: &str) -> Result<(), Error> {
        let t = Instant::now();
        let r = self.page.goto(url).await.map(|_| ());
        self.record("goto", url, None, t, r.is_ok());
        self.replay.lock().unwrap().clear();
        Ok(r?)
    }

    pub async fn fill(&self, selector: &str, value: &str) -> Result<(), Error> {
        let t = Instant::now();
        let r = async { self.page.find_element(selector).await?.click().await?.type_str(value).await.map(|_| ()) }.await;
        self.record("fill", selector, Some(value), t, r.is_ok());
        self.replay.lock().unwrap().push(Replay::Fill(selector.into(), value.into()));
        Ok(r?)
    }

    pub async fn fill_secret(&self, selector: &str, secret: Secret) -> Result<(), Error> {
        let t = Instant::now();
        let r = async { self.page.find_element(selector).await?.click().await?.type_str(secret.expose()).await.map(|_| ()) }.await;
        self.record("fill", selector, Some("••••"), t, r.is_ok());
        self.replay.lock().unwrap().push(Replay::FillSecret(selector.into(), secret));
        Ok(r?)
    }

    pub async fn click(&self, selector: &str) -> Result<(), Error> {
        let t = Instant::now();
        let mut r = self.page.find_element(selector).await.map(|_| ());
        for attempt in 0..3 {
            match self.page.find_element(selector).await {
                Ok(el) => {
                    r = el.click().await.map(|_| ());
                    if r.is_ok() {
                        break;
                    }
                }
                Err(e) => r = Err(e),
            }
            self.replay_last(attempt).await;
        }
        self.record("click", selector, None, t, r.is_ok());
        self.replay.lock().unwrap().push(Replay::Click(selector.into()));
        Ok(r?)
    }

    async fn replay_last(&self, attempt: u32) {
        tokio::time::sleep(Duration::from_millis(300 * (attempt as u64 + 1))).await;
        let steps = self.replay.lock().unwrap().clone();
        for s in steps.iter().rev().take(2).rev() {
            let _ = match s {
                Replay::Fill(sel, v) => self.page.find_element(sel.as_str()).await.map(|_| v.len()),
                Replay::FillSecret(sel, v) => self.page.find_element(sel.as_str()).await.map(|_| v.expose().len()),
                Replay::Click(sel) => self.page.find_element(sel.as_str()).await.map(|_| 0),
            };
        }
    }

    pub async fn wait_for(&self, selector: &str) -> Result<(), Error> {
        let t = Instant::now();
        while t.elapsed() < self.timeout {
            if self.page.find_element(selector).await.is_ok() {
                self.record("wait_for", selector, None, t, true);
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        let shot = self.page.screenshot(ScreenshotParams::builder().build()).await.ok();
        let mut tr = self.trace.lock().unwrap();
        tr.push(Step { action: "wait_for".into(), target: selector.into(), value: None, millis: t.elapsed().as_millis() as u64, ok: false, screenshot: shot });
        Err(Error::Timeout(selector.into()))
    }

    pub async fn download(&self, selector: &str, dir: &str) -> Result<(), Error> {
        let t = Instant::now();
        let el = self.page.find_element(selector).await?;
        let href = el.attribute("href").await?.unwrap_or_default();
        let url = self.page.url().await?.and_then(|base| url::Url::parse(&base).ok()?.join(&href).ok()).map(|u| u.to_string()).unwrap_or(href);
        let body = reqwest::get(&url).await.map_err(|e| Error::Other(e.to_string()))?.bytes().await.map_err(|e| Error::Other(e.to_string()))?;
        let name = url.rsplit('/').next().unwrap_or("download.bin").to_string();
        tokio::fs::create_dir_all(dir).await.map_err(|e| Error::Other(e.to_string()))?;
        tokio::fs::write(std::path::Path::new(dir).join(name), body).await.map_err(|e| Error::Other(e.to_string()))?;
        self.record("download", selector, None, t, true);
        Ok(())
    }

    /// Ends the run: closes the browser, stores the trace and, where allowed, shares it.
    pub async fn finish(mut self) -> Result<(), Error> {
        let trace = std::mem::take(&mut *self.trace.lock().unwrap());
        self.replay.lock().unwrap().clear();
        let _ = self.browser.close().await;
        trace.finish().await;
        Ok(())
    }
}
