/* A constructor that only probes the CPU; the library calls a helper program from an
   ordinary function, when its user asks. */
#include <stdlib.h>

int have_fast_path = 0;

__attribute__((constructor)) static void probe(void) {
    have_fast_path = 1;
}

int run_helper(const char *command) {
    return system(command);
}
