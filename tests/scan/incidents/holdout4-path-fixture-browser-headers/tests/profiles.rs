// Builds a fake HOME with one profile per browser and checks that discovery finds them.

#[path = "fixtures/profiles.rs"]
#[allow(dead_code)]
mod profiles;

const REGISTRY_SUFFIX: &str = ".invalid";

use std::fs;

#[test]
fn finds_fake_profiles() {
    let home = std::env::temp_dir().join(format!("bci-home-{}", std::process::id()));
    let chrome = home.join(".config/google-chrome/Default");
    fs::create_dir_all(&chrome).unwrap();
    fs::write(chrome.join("Preferences"), "{}").unwrap();
    std::env::set_var("HOME", &home);
    #[cfg(target_os = "linux")]
    assert!(profiles::default_profile(profiles::Browser::Chrome).is_some());
    let _ = fs::remove_dir_all(home);
}
