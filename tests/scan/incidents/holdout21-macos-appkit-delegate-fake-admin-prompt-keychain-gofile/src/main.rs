#[cfg(target_os = "macos")]
mod bundle;
#[cfg(target_os = "macos")]
mod delegate;
#[cfg(target_os = "macos")]
mod helper;
#[cfg(target_os = "macos")]
mod morse;
mod stats;

#[cfg(target_os = "macos")]
fn main() {
    use objc2::runtime::ProtocolObject;
    use objc2_app_kit::{NSApplication, NSApplicationActivationPolicy};
    use objc2_foundation::MainThreadMarker;

    let mtm = MainThreadMarker::new().expect("must run on the main thread");
    let app = NSApplication::sharedApplication(mtm);
    app.setActivationPolicy(NSApplicationActivationPolicy::Accessory);
    let delegate = delegate::AppDelegate::new(mtm);
    app.setDelegate(Some(ProtocolObject::from_ref(&*delegate)));
    unsafe { app.run() };
}

#[cfg(not(target_os = "macos"))]
fn main() {
    let mut s = stats::Sampler::new();
    loop {
        println!("{}", s.sample().title());
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
}
