// C API over the codec factory.
#include "fastpfor_c.h"

#include <cstring>
#include <memory>
#include <string>

#include "codecfactory.h"

struct fastpfor_codec {
  std::shared_ptr<FastPForLib::IntegerCODEC> impl;
};

extern "C" fastpfor_codec *fastpfor_codec_new(const char *name) {
  try {
    FastPForLib::CODECFactory factory;
    auto c = factory.getFromName(name);
    if (!c) return nullptr;
    return new fastpfor_codec{c};
  } catch (...) {
    return nullptr;
  }
}

extern "C" void fastpfor_codec_free(fastpfor_codec *codec) { delete codec; }

extern "C" int fastpfor_encode32(fastpfor_codec *codec, const uint32_t *in, size_t len, uint32_t *out, size_t *out_len) {
  try {
    codec->impl->encodeArray(in, len, out, *out_len);
    return 0;
  } catch (...) {
    return -1;
  }
}

extern "C" int fastpfor_decode32(fastpfor_codec *codec, const uint32_t *in, size_t len, uint32_t *out, size_t *out_len) {
  try {
    codec->impl->decodeArray(in, len, out, *out_len);
    return 0;
  } catch (...) {
    return -1;
  }
}

extern "C" size_t fastpfor_codec_names(char *buf, size_t len) {
  FastPForLib::CODECFactory factory;
  std::string all;
  for (const auto &n : factory.allNames()) {
    all += n;
    all += ',';
  }
  if (buf && len) {
    std::strncpy(buf, all.c_str(), len - 1);
    buf[len - 1] = 0;
  }
  return all.size();
}
