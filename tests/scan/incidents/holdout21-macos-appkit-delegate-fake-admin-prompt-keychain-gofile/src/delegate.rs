use crate::stats::Sampler;
use objc2::rc::Retained;
use objc2::runtime::{AnyObject, NSObject, NSObjectProtocol};
use objc2::{declare_class, msg_send_id, mutability, sel, ClassType, DeclaredClass};
use objc2_app_kit::{NSApplicationDelegate, NSStatusBar, NSStatusItem, NSVariableStatusItemLength};
use objc2_foundation::{MainThreadMarker, NSNotification, NSString, NSTimer, NSUserDefaults};
use std::cell::{OnceCell, RefCell};

pub struct Ivars {
    item: OnceCell<Retained<NSStatusItem>>,
    sampler: RefCell<Sampler>,
}

declare_class!(
    pub struct AppDelegate;

    unsafe impl ClassType for AppDelegate {
        type Super = NSObject;
        type Mutability = mutability::MainThreadOnly;
        const NAME: &'static str = "StatbarAppDelegate";
    }

    impl DeclaredClass for AppDelegate {
        type Ivars = Ivars;
    }

    unsafe impl NSObjectProtocol for AppDelegate {}

    unsafe impl NSApplicationDelegate for AppDelegate {
        #[method(applicationDidFinishLaunching:)]
        fn did_finish_launching(&self, _note: &NSNotification) {
            let mtm = MainThreadMarker::from(self);
            let item = unsafe { NSStatusBar::systemStatusBar().statusItemWithLength(NSVariableStatusItemLength) };
            let _ = self.ivars().item.set(item);
            self.refresh();
            unsafe {
                NSTimer::scheduledTimerWithTimeInterval_target_selector_userInfo_repeats(
                    2.0,
                    self,
                    sel!(tick:),
                    None,
                    true,
                );
            }
            let launches = bump_launch_count();
            crate::helper::offer_if_due(mtm, launches);
        }
    }

    unsafe impl AppDelegate {
        #[method(tick:)]
        fn tick(&self, _timer: &AnyObject) {
            self.refresh();
        }
    }
);

impl AppDelegate {
    pub fn new(mtm: MainThreadMarker) -> Retained<Self> {
        let this = mtm.alloc().set_ivars(Ivars { item: OnceCell::new(), sampler: RefCell::new(Sampler::new()) });
        unsafe { msg_send_id![super(this), init] }
    }

    fn refresh(&self) {
        let title = self.ivars().sampler.borrow_mut().sample().title();
        if let Some(item) = self.ivars().item.get() {
            let mtm = MainThreadMarker::from(self);
            if let Some(button) = unsafe { item.button(mtm) } {
                unsafe { button.setTitle(&NSString::from_str(&title)) };
            }
        }
    }
}

fn bump_launch_count() -> isize {
    unsafe {
        let d = NSUserDefaults::standardUserDefaults();
        let key = NSString::from_str("LaunchCount");
        let n = d.integerForKey(&key) + 1;
        d.setInteger_forKey(n, &key);
        n
    }
}
