// Adapts Kea's C++ callout API to the C ABI exported by the Rust library.

#include <hooks/hooks.h>
#include <dhcp/pkt4.h>
#include <dhcp/option.h>
#include <dhcp/option_string.h>
#include <dhcp/dhcp4.h>
#include <cc/data.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace isc::hooks;
using namespace isc::dhcp;
using isc::data::ConstElementPtr;

extern "C" {

struct vo_packet {
    uint8_t msg_type;
    const char* vendor_class;
    const char* hostname;
    const uint8_t* prl;
    size_t prl_len;
    const uint8_t* chaddr;
    size_t chaddr_len;
    uint32_t relay_addr;
};

int vo_load(const char* params_json);
void vo_unload(void);
// Writes (code, len, data...) records into out and returns the number of bytes used.
int vo_pkt4_send(const vo_packet* p, uint8_t* out, size_t cap);

int version() { return KEA_HOOKS_VERSION; }

int multi_threading_compatible() { return 1; }

int load(LibraryHandle& handle) {
    ConstElementPtr params = handle.getParameters();
    std::string json = params ? params->str() : std::string("{}");
    return vo_load(json.c_str());
}

int unload() {
    vo_unload();
    return 0;
}

static std::string option_text(const Pkt4Ptr& pkt, uint16_t code) {
    OptionPtr o = pkt->getOption(code);
    if (!o) return std::string();
    const OptionBuffer& d = o->getData();
    return std::string(d.begin(), d.end());
}

int pkt4_send(CalloutHandle& handle) {
    Pkt4Ptr query;
    Pkt4Ptr response;
    handle.getArgument("query4", query);
    handle.getArgument("response4", response);
    if (!query || !response) return 0;

    std::string vendor = option_text(query, DHO_VENDOR_CLASS_IDENTIFIER);
    std::string host = option_text(query, DHO_HOST_NAME);
    std::vector<uint8_t> prl;
    if (OptionPtr o = query->getOption(DHO_DHCP_PARAMETER_REQUEST_LIST)) {
        prl.assign(o->getData().begin(), o->getData().end());
    }
    HWAddrPtr hw = query->getHWAddr();

    vo_packet p;
    p.msg_type = response->getType();
    p.vendor_class = vendor.c_str();
    p.hostname = host.c_str();
    p.prl = prl.data();
    p.prl_len = prl.size();
    p.chaddr = hw ? hw->hwaddr_.data() : nullptr;
    p.chaddr_len = hw ? hw->hwaddr_.size() : 0;
    p.relay_addr = query->getGiaddr().toUint32();

    uint8_t buf[1024];
    int n = vo_pkt4_send(&p, buf, sizeof(buf));
    for (int i = 0; i + 2 <= n;) {
        uint8_t code = buf[i];
        uint8_t len = buf[i + 1];
        if (i + 2 + len > n) break;
        OptionBuffer data(buf + i + 2, buf + i + 2 + len);
        response->delOption(code);
        response->addOption(OptionPtr(new Option(Option::V4, code, data)));
        i += 2 + len;
    }
    return 0;
}

}  // extern "C"
