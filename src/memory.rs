//! Process-wide allocator tuning that keeps peak memory predictable.
//!
//! glibc's malloc serves allocations of 128 KiB and more with `mmap` and gives them back on
//! free, but after the first such free it raises that threshold (up to 32 MiB) so that big
//! buffers are carved from the heap instead. Typst's layout and PDF export allocate and free many
//! large, short-lived buffers; with the moving threshold they fragment the heap, and the peak
//! resident memory of one `lkjip build` of the reference report varied between 90 and 106 MB
//! from run to run. Fixing the threshold at glibc's own default turns the dynamic adjustment off:
//! the same peak every run (88–90 MB), at no measurable cost in time (`benches/render.rs`).
//!
//! Tried and left out (reference report, `lkjip build`, against 0,19 s and 90 MB):
//! - mimalloc v2: 0,155 s but 115–122 MB, and no option brought it under 100 MB without
//!   losing the speed; v3: 0,169 s, 150–180 MB. jemalloc: no faster at 100 MB; with huge
//!   pages 0,165 s at 106–115 MB.
//! - glibc with transparent huge pages (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, a re-exec
//!   to set it): 0,165 s at 94–97 MB, but glibc 2.36 reads the kernel's THP mode into an
//!   unterminated buffer and turns the tunable on or off at random from run to run.

/// glibc's default mmap threshold, made fixed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 128 * 1024;

/// Call once, first thing in the process, before other threads start.
#[allow(unsafe_code, reason = "one glibc call, see SAFETY below")]
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `mallopt` only sets a malloc parameter; it is called before any other thread
        // exists. A failure (return 0) leaves glibc's defaults, which are correct, only less
        // predictable in peak memory.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        }
    }
}

/// Hand memory that is free inside the allocator back to the operating system (after a render,
/// in a process that goes on: `watch`, many reports in one process).
#[allow(unsafe_code, reason = "one glibc call, see SAFETY below")]
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the heap to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
}
