.onLoad <- function(libname, pkgname) {
  threads <- getOption("fastroll.threads", max(1L, parallel::detectCores() - 1L))
  invisible(init_pool(as.integer(threads)))
}
