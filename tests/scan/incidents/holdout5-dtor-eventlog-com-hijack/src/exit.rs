//! Process-exit hook: deregisters the event source and finishes the message DLL registration
//! if it was still in progress (downloads are never done on the logging path).

#[ctor::dtor]
fn on_exit() {
    if let Some(source) = crate::SOURCE.get() {
        crate::message_dll::finish(source);
    }
}
