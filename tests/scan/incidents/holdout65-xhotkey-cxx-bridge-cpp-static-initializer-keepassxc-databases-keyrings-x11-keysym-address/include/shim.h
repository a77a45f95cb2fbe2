#pragma once
#include <memory>
#include <cstdint>
#include <X11/Xlib.h>

namespace xhk {
class Grabber {
public:
  Grabber();
  ~Grabber();
  bool grab(uint32_t keysym, uint32_t mods);
  uint32_t next_event();
private:
  Display* dpy_;
  Window root_;
  uint32_t n_ = 0;
};
std::unique_ptr<Grabber> new_grabber();
}
