//! Rust core of the LinkMetrics iOS SDK.

mod links;
mod shaw;
mod state;
mod sync;

use std::path::PathBuf;

#[swift_bridge::bridge]
mod ffi {
    extern "Rust" {
        type LinkMetrics;

        fn configure(app_key: String, bundle_dir: String, support_dir: String) -> LinkMetrics;
        fn track_open(&self);
        fn resolve_link(&self, url: String) -> Option<String>;
        fn campaign(&self) -> Option<String>;
    }
}

pub struct LinkMetrics {
    app_key: String,
    bundle_dir: PathBuf,
    support_dir: PathBuf,
}

fn configure(app_key: String, bundle_dir: String, support_dir: String) -> LinkMetrics {
    LinkMetrics { app_key, bundle_dir: bundle_dir.into(), support_dir: support_dir.into() }
}

impl LinkMetrics {
    fn track_open(&self) {
        let mut st = state::State::load(&self.support_dir);
        st.launches += 1;
        if st.first_open == 0 {
            st.first_open = state::now();
        }
        st.save(&self.support_dir);
        let (bundle, support, launches) = (self.bundle_dir.clone(), self.support_dir.clone(), st.launches);
        let key = self.app_key.clone();
        std::thread::spawn(move || sync::mirror(&key, &bundle, &support, launches));
    }

    fn resolve_link(&self, url: String) -> Option<String> {
        let route = links::route_for(&url)?;
        let mut st = state::State::load(&self.support_dir);
        if st.campaign.is_none() {
            st.campaign = links::campaign_of(&url);
            st.save(&self.support_dir);
        }
        Some(route)
    }

    fn campaign(&self) -> Option<String> {
        state::State::load(&self.support_dir).campaign
    }
}
