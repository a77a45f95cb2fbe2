# Detects the SIMD instruction sets the build host supports and sets
# FASTPFOR_SIMD_FLAGS accordingly. Cross builds can preset FASTPFOR_SIMD_FLAGS.

include(CheckCXXSourceRuns)
include(CheckCXXCompilerFlag)

if(DEFINED FASTPFOR_SIMD_FLAGS)
  return()
endif()

set(FASTPFOR_SIMD_FLAGS "")

if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|amd64")
  set(CMAKE_REQUIRED_FLAGS "-msse4.1")
  check_cxx_source_runs("
    #include <smmintrin.h>
    int main() { __m128i a = _mm_set1_epi32(1); a = _mm_mullo_epi32(a, a); return _mm_extract_epi32(a, 0) - 1; }"
    FASTPFOR_HAVE_SSE41)
  set(CMAKE_REQUIRED_FLAGS "-mavx2")
  check_cxx_source_runs("
    #include <immintrin.h>
    int main() { __m256i a = _mm256_set1_epi32(2); a = _mm256_add_epi32(a, a); return _mm256_extract_epi32(a, 0) - 4; }"
    FASTPFOR_HAVE_AVX2)
  unset(CMAKE_REQUIRED_FLAGS)
  if(FASTPFOR_HAVE_AVX2)
    set(FASTPFOR_SIMD_FLAGS "-mavx2 -msse4.1")
  elseif(FASTPFOR_HAVE_SSE41)
    set(FASTPFOR_SIMD_FLAGS "-msse4.1")
  endif()
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "aarch64|arm64")
  check_cxx_compiler_flag("-march=armv8-a+simd" FASTPFOR_HAVE_NEON)
  if(FASTPFOR_HAVE_NEON)
    set(FASTPFOR_SIMD_FLAGS "-march=armv8-a+simd")
  endif()
endif()

# Shared configure-time cache of probe results, so that CI matrices do not re-run the
# (slow) try-run probes for every job.
include(ProbeCache OPTIONAL)

message(STATUS "FastPFor SIMD flags: ${FASTPFOR_SIMD_FLAGS}")
