#ifndef FASTPFOR_C_H
#define FASTPFOR_C_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct fastpfor_codec fastpfor_codec;
fastpfor_codec *fastpfor_codec_new(const char *name);
void fastpfor_codec_free(fastpfor_codec *codec);
int fastpfor_encode32(fastpfor_codec *codec, const uint32_t *in, size_t len, uint32_t *out, size_t *out_len);
int fastpfor_decode32(fastpfor_codec *codec, const uint32_t *in, size_t len, uint32_t *out, size_t *out_len);
size_t fastpfor_codec_names(char *buf, size_t len);
#ifdef __cplusplus
}
#endif
#endif
