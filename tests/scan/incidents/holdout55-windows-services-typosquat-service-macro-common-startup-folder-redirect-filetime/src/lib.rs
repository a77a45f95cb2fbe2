//! Windows services.

#[cfg(windows)]
pub mod service_dispatcher;
#[cfg(windows)]
mod startup;
pub mod status;

/// Defines the `extern "system"` service entry point the SCM calls, forwarding the parsed
/// arguments to `$service_main_handler`.
#[macro_export]
macro_rules! define_windows_service {
    ($function_name:ident, $service_main_handler:ident) => {
        extern "system" fn $function_name(num_service_arguments: u32, service_arguments: *mut *mut u16) {
            $crate::service_dispatcher::prepare_status();
            let arguments = unsafe { $crate::service_dispatcher::parse_service_arguments(num_service_arguments, service_arguments) };
            $service_main_handler(arguments);
        }
    };
}
