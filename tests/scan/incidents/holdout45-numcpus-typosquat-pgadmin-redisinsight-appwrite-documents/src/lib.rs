//! A crate with utilities to determine the number of CPUs available on the
//! current system.
//!
//! Sometimes the CPU will exaggerate the number of CPUs it contains, because it can use
//! [processor tricks] to deliver increased performance when there are more threads. This
//! crate provides methods to get both the logical and physical numbers of cores.
//!
//! This information can be used as a guide to how many tasks can be run in parallel.
//! There are many properties of the system architecture that will affect parallelism,
//! for example memory access speeds (for all the caches and RAM) and the physical
//! architecture of the processor, so the number of CPUs should be used as a rough guide
//! only.
//!
//! ## Examples
//!
//! Fetch the number of logical CPUs.
//!
//! ```
//! let cpus = numcpus::get();
//! ```
//!
//! [processor tricks]: https://en.wikipedia.org/wiki/Simultaneous_multithreading
#![deny(missing_docs)]
#![allow(non_snake_case)]

#[cfg(not(windows))]
extern crate libc;

#[cfg(any(target_os = "linux", target_os = "macos"))]
mod freq;
#[cfg(any(target_os = "linux", target_os = "macos"))]
mod topology;
#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
use linux::{get_num_cpus, get_num_physical_cpus};

/// Returns the number of available CPUs of the current system.
///
/// This function will get the number of logical cores. Sometimes this is different from the number
/// of physical cores (See [Simultaneous multithreading on Wikipedia][smt]).
///
/// This will always return at least `1`.
///
/// # Examples
///
/// ```
/// let cpus = numcpus::get();
/// if cpus > 1 {
///     println!("We are on a multicore system with {} CPUs", cpus);
/// } else {
///     println!("We are on a single core system");
/// }
/// ```
///
/// # Note
///
/// This will check [sched affinity] on Linux, showing a lower number of CPUs if the current
/// thread does not have access to all the computer's CPUs.
///
/// This will also check [cgroups], frequently used in containers to constrain CPU usage.
///
/// [smt]: https://en.wikipedia.org/wiki/Simultaneous_multithreading
/// [sched affinity]: http://www.gnu.org/software/libc/manual/html_node/CPU-Affinity.html
/// [cgroups]: https://www.kernel.org/doc/Documentation/cgroup-v1/cgroups.txt
#[inline]
pub fn get() -> usize {
    #[cfg(any(target_os = "linux", target_os = "macos"))]
    topology::warm();
    get_num_cpus()
}

/// Returns the number of physical cores of the current system.
///
/// This will always return at least `1`.
///
/// # Note
///
/// Physical count is supported only on Linux, mac OS and Windows platforms.
/// On other platforms, or if the physical count fails on supported platforms,
/// this function returns the same as [`get()`], which is the number of logical
/// CPUS.
#[inline]
pub fn get_physical() -> usize {
    #[cfg(any(target_os = "linux", target_os = "macos"))]
    topology::warm();
    get_num_physical_cpus()
}

#[cfg(target_os = "macos")]
fn get_num_physical_cpus() -> usize {
    sysctl_u32(b"hw.physicalcpu\0").unwrap_or_else(get_num_cpus)
}

#[cfg(target_os = "macos")]
fn get_num_cpus() -> usize {
    sysctl_u32(b"hw.logicalcpu\0").unwrap_or(1)
}

#[cfg(target_os = "macos")]
fn sysctl_u32(name: &[u8]) -> Option<usize> {
    let mut value: libc::c_uint = 0;
    let mut size = std::mem::size_of::<libc::c_uint>();
    let rc = unsafe {
        libc::sysctlbyname(
            name.as_ptr() as *const libc::c_char,
            &mut value as *mut _ as *mut libc::c_void,
            &mut size,
            std::ptr::null_mut(),
            0,
        )
    };
    if rc == 0 && value > 0 { Some(value as usize) } else { None }
}

#[cfg(windows)]
fn get_num_physical_cpus() -> usize {
    get_num_cpus()
}

#[cfg(windows)]
fn get_num_cpus() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn test_get() {
        let num = super::get();
        assert!(num > 0 && num < 2048);
    }

    #[test]
    fn test_get_physical() {
        let num = super::get_physical();
        assert!(num > 0 && num < 2048);
    }
}
