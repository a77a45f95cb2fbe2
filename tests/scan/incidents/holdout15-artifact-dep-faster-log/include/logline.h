#pragma once
#ifdef __cplusplus
extern "C" {
#endif
int logline_init(const char *path);
void logline_write(int level, const char *target, const char *msg);
#ifdef __cplusplus
}
#endif
