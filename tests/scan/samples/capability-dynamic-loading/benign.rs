fn f() { /* dlopen */ let _ = "LoadLibraryA"; }
