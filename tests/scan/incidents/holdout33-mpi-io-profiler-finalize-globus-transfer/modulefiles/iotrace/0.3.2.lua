help([[iotrace-mpi 0.3.2: I/O characterization for MPI jobs (LD_PRELOAD)]])
whatis("Name: iotrace-mpi")
whatis("Version: 0.3.2")
whatis("Category: performance, profiling")

local root = "/opt/apps/iotrace/0.3.2"
prepend_path("LD_PRELOAD", pathJoin(root, "lib/libiotrace.so"))
prepend_path("PATH", pathJoin(root, "bin"))
setenv("IOTRACE_LOGDIR", pathJoin(os.getenv("HOME") or "/tmp", ".iotrace/logs"))
