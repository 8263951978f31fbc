//! Giving memory back to the system after start-up.
//!
//! Building the search index needs tens of megabytes for a moment (tantivy's indexing arena).
//! glibc keeps freed memory in its arenas, so without help the process stays that large; on a
//! shared virtual desktop that memory belongs to everyone. Elsewhere the allocator returns it
//! by itself, or the call does nothing.

/// Returns freed heap memory to the operating system where the allocator keeps it.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own arenas; it has no preconditions and is
    // thread-safe. Its result (whether anything was released) is not needed.
    unsafe {
        libc::malloc_trim(0);
    }
}
