fn f() { let _lib = unsafe { libloading::Library::new("libfoo.so") }; }
